using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// A system service's life, as MINIX's SEF runs it: start-up, initialization (fresh, or after a restart), then a
/// loop that receives one message at a time and hands it to the service. Drivers derive from
/// <see cref="CharacterDriver"/> or <see cref="BlockDriver"/>; servers derive from this class directly and override
/// <see cref="OnRequest"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Start-up.</b> <see cref="Run"/> asks the reincarnation server (RS) how to start, with a SENDREC of
/// <see cref="ServiceProtocol.Init"/>, and blocks until RS answers: a fresh start, or a restart with the previous
/// incarnation's endpoint and the restart count (<see cref="Incarnation"/>). It runs <see cref="OnInitFresh"/> or
/// <see cref="OnInitRestart"/>, reports the result to RS (<see cref="ServiceProtocol.InitDone"/>), and, if it
/// succeeded, calls <see cref="OnAnnounce"/> (drivers publish themselves in the data store there). A service whose
/// initialization fails exits with that status, and RS decides what comes next. A service that finds no RS (a
/// host test of one driver) starts fresh on its own.
/// </para>
/// <para>
/// <b>The loop.</b> Notifications are never answered and never call back into the kernel: a NOTIFY from RS is a
/// heartbeat ping, answered here with a NOTIFY back; from HARDWARE it becomes <see cref="OnInterrupt"/> with the
/// pending interrupt bits; from CLOCK, <see cref="OnAlarm"/>; anything else goes to
/// <see cref="OnOtherMessage"/>. A <see cref="ServiceProtocol.Misbehave"/> request is handled here too, from RS only
/// (anyone else is refused with <see cref="Status.PermissionDenied"/>). Every other request goes to
/// <see cref="OnRequest"/>.
/// </para>
/// <para>
/// <b>Replies.</b> <see cref="Reply"/> answers a client that used SENDREC with SENDNB, which the kernel always
/// delivers at once to a process waiting for that reply, so a service never blocks on a slow client.
/// </para>
/// <para>
/// <b>After a restart</b> nothing is left to clean up in the kernel: when the old incarnation died, the kernel
/// released every process blocked sending to or receiving from it with <see cref="Status.DeadEndpoint"/> (MINIX's
/// drivers ask for this with SYS_PRIVCTL; here only the privilege manager may, and it need not). Clients find the new
/// endpoint in the data store, where RS publishes the label and the driver <c>drv.&lt;label&gt;</c>.
/// </para>
/// <para>
/// The loop allocates nothing: allocate buffers in the init methods. A service is restarted as a new process, so
/// it keeps no state across restarts except what it stores elsewhere (the data store).
/// </para>
/// </remarks>
public abstract partial class Service
{
    private ProcessName _label;
    private Misbehaviour _armed;
    private int _countdown;

    /// <summary>Creates the service object; nothing happens until <see cref="Run"/>.</summary>
    protected Service()
    {
    }

    /// <summary>This incarnation's endpoint.</summary>
    public Endpoint Self { get; private set; }

    /// <summary>The service's label (its system.conf name).</summary>
    public ProcessName Label => _label;

    /// <summary>How this incarnation started.</summary>
    public InitInfo Incarnation { get; private set; }

    /// <summary>Whether this incarnation replaces one that died.</summary>
    public bool IsRestart => Incarnation.Type == InitType.Restart;

    /// <summary>Whether RS supervises this service (false when it started without one, in a host test).</summary>
    public bool IsSupervised { get; private set; }

    /// <summary>Whether misbehaviour requests RS passes on are honoured (default true: this is a teaching system; RS already checked the requester).</summary>
    protected virtual bool AcceptsMisbehaviour => true;

    /// <summary>Starts the service and runs its loop; returns only if initialization failed (the process then exits).</summary>
    public void Run()
    {
        Status status = StartUp();
        if (status != Status.Ok)
        {
            var line = new LogText(stackalloc byte[96]);
            line.Append("initialization failed: "u8).Append(status);
            Log.Write(line.Text);
            Sys.Exit((int)status);
            return;
        }

        var message = default(Message);
        while (true)
        {
            if (TakeDeferred(ref message, out IpcStatus how) || Messaging.Receive(Endpoint.Any, ref message, out how) == Status.Ok)
                Dispatch(ref message, how);
        }
    }

    /// <summary>Initializes a fresh start: find the device, allocate buffers, bind interrupts.</summary>
    /// <returns><see cref="Status.Ok"/>, or why the service cannot run.</returns>
    protected virtual Status OnInitFresh() => Status.Ok;

    /// <summary>Initializes after a restart; by default the same as a fresh start (state is lost with the old process).</summary>
    /// <returns><see cref="Status.Ok"/>, or why the service cannot run.</returns>
    protected virtual Status OnInitRestart() => OnInitFresh();

    /// <summary>Runs once initialization succeeded and RS was told: the place to make the service known to others.</summary>
    protected virtual void OnAnnounce()
    {
    }

    /// <summary>An interrupt notification: <paramref name="interrupts"/> has the notify-id bit of each line that fired (see <see cref="IrqLine"/>).</summary>
    /// <param name="interrupts">The pending interrupt bits.</param>
    protected virtual void OnInterrupt(ulong interrupts)
    {
    }

    /// <summary>The alarm (see <see cref="Alarm"/>) expired.</summary>
    /// <param name="timestamp">The uptime in ticks when the notification was made.</param>
    protected virtual void OnAlarm(ulong timestamp)
    {
    }

    /// <summary>A request (not a notification) the framework does not handle itself. By default: refused with <see cref="Status.BadRequest"/>.</summary>
    /// <param name="message">The request; reuse it for the reply.</param>
    /// <param name="how">How it was delivered.</param>
    protected virtual void OnRequest(ref Message message, IpcStatus how) => OnOtherMessage(ref message, how);

    /// <summary>
    /// Anything else: notifications from processes other than RS (the data store, a peer) or SYSTEM, and requests
    /// no handler took. By default notifications are ignored and requests refused with <see cref="Status.BadRequest"/>.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="how">How it was delivered.</param>
    protected virtual void OnOtherMessage(ref Message message, IpcStatus how)
    {
        if (how.IsNotify)
            return;
        Endpoint client = message.Source;
        message = new Message((int)Status.BadRequest);
        Reply(client, how.Call, ref message);
    }

    /// <summary>
    /// Sends <paramref name="reply"/> to <paramref name="client"/>: by SENDNB if the client used SENDREC (it is
    /// waiting, and the kernel always lets a reply through), else by SENDNB and, if the client is not receiving yet,
    /// by SEND.
    /// </summary>
    /// <param name="client">Who sent the request.</param>
    /// <param name="deliveredBy">The primitive the request came with (<see cref="IpcStatus.Call"/>).</param>
    /// <param name="reply">The reply.</param>
    /// <returns>The IPC status (<see cref="Status.DeadEndpoint"/> if the client died meanwhile).</returns>
    protected static Status Reply(Endpoint client, IpcCall deliveredBy, ref Message reply)
    {
        Status status = Messaging.SendNb(client, ref reply);
        if (status == Status.NotReady && deliveredBy != IpcCall.SendRec)
            status = Messaging.Send(client, ref reply);
        return status;
    }

    /// <summary>Answers a request with only a status (in <see cref="Message.Type"/>).</summary>
    /// <param name="client">Who sent the request.</param>
    /// <param name="deliveredBy">How it came.</param>
    /// <param name="status">The status.</param>
    /// <returns>The IPC status.</returns>
    protected static Status ReplyStatus(Endpoint client, IpcCall deliveredBy, Status status)
    {
        var reply = new Message((int)status);
        return Reply(client, deliveredBy, ref reply);
    }

    private Status StartUp()
    {
        if (Sys.WhoAmI(out GetInfoReply me) == Status.Ok)
        {
            Self = me.Endpoint;
            _label = me.Name;
        }

        DriverTrace.Configure(_label);

        var message = new Message(ServiceProtocol.Init);
        Status ipc = Messaging.SendRec(Endpoint.ReincarnationServer, ref message);
        IsSupervised = ipc == Status.Ok && message.Status == Status.Ok;
        if (IsSupervised)
        {
            Incarnation = message.Payload<InitInfo>();
            if (ProcessName.Bytes(Incarnation.Label).Length > 0)
                _label = Incarnation.Label;
        }
        else
        {
            // No RS (a host test of one driver), or RS does not know this service, or system.conf forgot `ipc rs`.
            var line = new LogText(stackalloc byte[96]);
            line.Append("not supervised by RS ("u8).Append(ipc != Status.Ok ? ipc : message.Status).Append("): starting on my own"u8);
            Log.Write(line.Text);
            Incarnation = new InitInfo { Type = InitType.Fresh, OldEndpoint = Endpoint.None, Label = _label };
        }

        Status result = IsRestart ? OnInitRestart() : OnInitFresh();
        if (IsSupervised)
        {
            message = Message.Create(ServiceProtocol.InitDone, new InitDoneRequest { Result = result });
            Messaging.SendRec(Endpoint.ReincarnationServer, ref message);
        }

        if (result == Status.Ok)
            OnAnnounce();
        return result;
    }

    private void Dispatch(ref Message message, IpcStatus how)
    {
        if (how.IsNotify)
        {
            Endpoint from = message.Source;
            if (from == Endpoint.ReincarnationServer)
                Messaging.Notify(from); // a heartbeat ping: prove the loop still runs
            else if (from == Endpoint.Hardware)
                Interrupted(message.Payload<NotifyPayload>().Interrupts);
            else if (from == Endpoint.Clock)
                Alarmed(message.Payload<NotifyPayload>().Timestamp);
            else
                OnOtherMessage(ref message, how);
            return;
        }

        if (message.Type == ServiceProtocol.Misbehave)
        {
            // Only RS passes fault requests on, after checking the requester against this service's control list.
            if (message.Source == Endpoint.ReincarnationServer)
                Arm(ref message, how);
            else
                ReplyStatus(message.Source, how.Call, Status.PermissionDenied);
            return;
        }

        if (_countdown > 0 && --_countdown == 0)
            Misbehave.Perform(_armed);
        OnRequest(ref message, how);
    }

    private void Interrupted(ulong interrupts)
    {
        DriverTrace.Notification("HARDWARE"u8, interrupts);
        OnInterrupt(interrupts);
    }

    private void Alarmed(ulong timestamp)
    {
        DriverTrace.Notification("CLOCK"u8, 0);
        OnAlarm(timestamp);
    }

    /// <summary>Answers RS's misbehaviour request first (so the client that asked is not left waiting), then misbehaves now or arms the countdown.</summary>
    private void Arm(ref Message message, IpcStatus how)
    {
        MisbehaveRequest request = message.Payload<MisbehaveRequest>();
        Status answer = !AcceptsMisbehaviour ? Status.PermissionDenied
            : request.Kind < Misbehaviour.None || request.Kind > Misbehaviour.Panic || request.AfterRequests < 0 ? Status.InvalidArgument
            : Status.Ok;
        var reply = Message.Create(ServiceProtocol.MisbehaveAnswer, new MisbehaveAnswerPayload { Result = answer });
        Reply(message.Source, how.Call, ref reply);
        if (answer != Status.Ok)
            return;
        var line = new LogText(stackalloc byte[96]);
        line.Append("misbehaviour requested: "u8).Append(Misbehave.Name(request.Kind));
        if (request.AfterRequests > 0)
            line.Append(" at request "u8).Append(request.AfterRequests).Append(" from now"u8);
        Log.Write(line.Text);
        _armed = request.Kind;
        _countdown = request.Kind == Misbehaviour.None ? 0 : request.AfterRequests;
        if (request.AfterRequests == 0)
            Misbehave.Perform(request.Kind);
    }
}
