using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Servers;

// RS is split as MINIX splits rs: this file is the main loop (rs/main.c) and the table look-ups,
// ReincarnationServer.Requests.cs the requests (rs/request.c), ReincarnationServer.Policy.cs what to do when a
// service starts, dies or misses a heartbeat (rs/manager.c), ReincarnationServer.Faults.cs fault injection (RS_FI).
/// <summary>
/// The reincarnation server (RS, boot slot 2, the kernel's privilege manager): it knows every system service of the
/// boot image, answers their start-up handshake, watches them, and restarts the ones that die or stop answering.
/// </summary>
/// <remarks>
/// <para>
/// <b>Services.</b> At start RS reads the boot-image table (SYS_GETINFO BootImage, entry 0, 1, 2, ... until
/// <see cref="Status.NotFound"/>): for each system service its module, slot, scheduling, privileges, heartbeat
/// period and control list. The boot services are already running; each asks RS how to initialize
/// (<see cref="ServiceProtocol"/>) and reports when it is done. RS then publishes the service's label with its
/// endpoint in the data store (DS), once DS itself is up.
/// </para>
/// <para>
/// <b>Deaths.</b> The kernel notifies RS (a SYSTEM notification) whenever a process ends; RS takes the exit
/// reports (SYS_GETINFO ExitReport until none is left). A service that died unexpectedly is restarted at once the
/// first time, afterwards after 2, 4, 8, 16 and then 30 seconds, as in MINIX. A restart is SYS_SPAWN of the same
/// module in the same slot (so a new endpoint: same slot, next generation), SYS_PRIVCTL SetSystem with the privileges
/// from the boot image, SYS_PRIVCTL Allow, and the start-up handshake with <see cref="InitType.Restart"/>. If DS
/// dies the system cannot go on: RS logs why and shuts down (SYS_ABORT with <see cref="CoreServiceDiedStatus"/>);
/// if RS itself dies the kernel panics.
/// </para>
/// <para>
/// <b>Heartbeats.</b> Every second (an alarm of <c>Hz</c> ticks) RS pings each running service whose
/// heartbeat period is not 0 with a NOTIFY, at most once a period; the DriverKit answers it with a NOTIFY back.
/// A service that leaves a ping unanswered for more than two periods is killed (SYS_KILL) and then restarted like a
/// crashed one. A service that has not finished initializing after <see cref="InitTimeoutSeconds"/> is killed too.
/// </para>
/// <para>
/// <b>Requests</b> (<see cref="ReincarnationProtocol"/>): up, down, restart and query a service by label. Up,
/// down and restart are allowed only to processes in the target's control list; DS and RS refuse them. Down also
/// removes the service's label from DS; up publishes it again once the service has initialized.
/// </para>
/// <para>
/// <b>Faults on request</b> (<see cref="ReincarnationProtocol.InjectFault"/>): the only way to make a service fail
/// on purpose. The asker must be in the target's control list, as for a restart; the core service DS refuses unless
/// the image's boot parameters say <c>rs.corefaults=allow</c> (a teaching image that shows what its death does), and
/// RS itself always refuses. RS passes an allowed request on to the service by SENDNB and hands the service's
/// answer on to the asker.
/// </para>
/// RS allocates its table at start and nothing afterwards; it never blocks on a service (it only receives, and
/// answers with SENDNB), only on DS, which never calls RS.
/// </remarks>
public sealed partial class ReincarnationServer
{
    /// <summary>The status RS shuts the system down with when a core service (DS) dies.</summary>
    public const int CoreServiceDiedStatus = 2;

    /// <summary>The longest back-off between restarts, in seconds.</summary>
    public const int MaxBackoffSeconds = 30;

    /// <summary>
    /// How long a service must have run before it fails for its failures so far to be forgotten: a driver that
    /// crashes once a day is restarted at once each time, one that keeps crashing waits longer and longer.
    /// </summary>
    public const int StableSeconds = 2 * MaxBackoffSeconds;

    /// <summary>How long a service with a heartbeat may take to initialize.</summary>
    public const int InitTimeoutSeconds = 10;

    private readonly ServiceRecord?[] _services = new ServiceRecord?[PrivilegeId.MaxBootSlot + 1];
    private ProcessName _name;
    private int _hz = 100;
    private bool _dataStoreUp;
    private readonly byte[] _haltAfter = new byte[4 * (ProcessName.Capacity + 1)];
    private int _haltAfterLength;
    private int _haltAfterEnded;

    /// <summary>Creates the server; it reads the boot image when it runs.</summary>
    public ReincarnationServer()
    {
    }

    /// <summary>Runs RS: reads the boot image, arms the periodic alarm, then serves forever.</summary>
    public void Run()
    {
        StartUp();
        var message = default(Message);
        while (true)
        {
            if (Messaging.Receive(Endpoint.Any, ref message, out IpcStatus how) == Status.Ok)
                Handle(ref message, how);
        }
    }

    private void StartUp()
    {
        if (Sys.WhoAmI(out GetInfoReply me) == Status.Ok)
            _name = me.Name;
        BootParameters.TryGet("halt.after"u8, _haltAfter, out _haltAfterLength);
        ReadFaultPolicy();
        int hz = Alarm.Hz();
        if (hz > 0)
            _hz = hz;
        int count = 0;
        for (int index = 0; Sys.GetBootImageEntry(index, out BootImageEntry entry) == Status.Ok; index++)
        {
            int slot = entry.Endpoint.Slot;
            if ((entry.Privilege.Flags & PrivilegeFlags.SystemProcess) == 0 || entry.Endpoint == Endpoint.ReincarnationServer || (uint)slot >= (uint)_services.Length)
                continue;
            _services[slot] = new ServiceRecord
            {
                Boot = entry,
                Endpoint = entry.Endpoint,
                State = ServiceState.Starting,
                NextInit = InitType.Fresh,
                Core = entry.Endpoint == Endpoint.DataStore,
            };
            count++;
        }

        var line = new LogText(stackalloc byte[64]);
        line.Append("supervising "u8).Append(count).Append(" services"u8);
        Log.Write(line.Text);
        Alarm.Set((ulong)_hz);
    }

    private void Handle(ref Message message, IpcStatus how)
    {
        Endpoint from = message.Source;
        if (how.IsNotify)
        {
            if (from == Endpoint.Clock)
                Round();
            else if (from == Endpoint.System)
                TakeDeaths();
            else if (Find(from) is ServiceRecord alive)
                alive.PingOutstanding = false; // any notification from a service proves it is alive
            return;
        }

        switch (message.Type)
        {
            case ServiceProtocol.Init:
                AnswerInit(from, how.Call);
                return;
            case ServiceProtocol.InitDone:
                InitDone(from, how.Call, message.Payload<InitDoneRequest>().Result);
                return;
            case ReincarnationProtocol.Up:
            case ReincarnationProtocol.Down:
            case ReincarnationProtocol.Restart:
            case ReincarnationProtocol.Query:
                Control(ref message, how.Call);
                return;
            case ReincarnationProtocol.InjectFault:
                InjectFault(ref message, how.Call);
                return;
            case ServiceProtocol.MisbehaveAnswer:
                FaultAnswered(from, message.Payload<MisbehaveAnswerPayload>().Result);
                return;
            default:
                Answer(from, how.Call, Status.BadRequest);
                return;
        }
    }

    private ServiceRecord? Find(Endpoint endpoint)
    {
        int slot = endpoint.Slot;
        if (endpoint.IsSpecial || (uint)slot >= (uint)_services.Length)
            return null;
        ServiceRecord? service = _services[slot];
        return service is not null && service.Endpoint == endpoint ? service : null;
    }

    private ServiceRecord? Find(ReadOnlySpan<byte> label)
    {
        for (int slot = 0; slot < _services.Length; slot++)
        {
            ServiceRecord? service = _services[slot];
            if (service is not null && ProcessName.Bytes(service.Boot.Name).SequenceEqual(label))
                return service;
        }

        return null;
    }

    private static void Answer(Endpoint client, IpcCall how, Status status)
    {
        var reply = new Message((int)status);
        Status sent = Messaging.SendNb(client, ref reply);
        if (sent == Status.NotReady && how != IpcCall.SendRec)
            Messaging.Send(client, ref reply);
    }

    private static void Complain(ServiceRecord service, ReadOnlySpan<byte> what)
    {
        var line = new LogText(stackalloc byte[128]);
        line.Append(service.Boot.Name).Append(what);
        Log.Write(line.Text);
    }
}
