using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Servers;

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
/// RS allocates its table at start and nothing afterwards; it never blocks on a service (it only receives, and
/// answers with SENDNB), only on DS, which never calls RS.
/// </remarks>
public sealed class ReincarnationServer
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
            default:
                Answer(from, how.Call, Status.BadRequest);
                return;
        }
    }

    private void AnswerInit(Endpoint from, IpcCall how)
    {
        ServiceRecord? service = Find(from);
        if (service is null)
        {
            Answer(from, how, Status.NotFound);
            return;
        }

        var reply = Message.Create((int)Status.Ok, new InitInfo
        {
            Type = service.NextInit,
            OldEndpoint = service.NextInit == InitType.Restart ? service.Previous : Endpoint.None,
            Restarts = service.Restarts,
            Label = service.Boot.Name,
        });
        Messaging.SendNb(from, ref reply);
    }

    private void InitDone(Endpoint from, IpcCall how, Status result)
    {
        ServiceRecord? service = Find(from);
        Answer(from, how, service is null ? Status.NotFound : Status.Ok);
        if (service is null || service.State != ServiceState.Starting)
            return;
        if (result != Status.Ok)
        {
            var failed = new LogText(stackalloc byte[96]);
            failed.Append(service.Boot.Name).Append(" failed to initialize: "u8).Append(result);
            Log.Write(failed.Text);
            Sys.Kill(from, ExitReason.Killed); // its death report brings it back, with back-off
            return;
        }

        service.State = ServiceState.Active;
        service.LastPing = Alarm.Uptime();
        service.PingOutstanding = false;
        service.PublishPending = true;
        if (service.Core)
            _dataStoreUp = true;
        if (service.NextInit == InitType.Restart)
        {
            var line = new LogText(stackalloc byte[96]);
            line.Append(service.Boot.Name).Append(" is back as endpoint "u8).Append(from).Append(" (restart "u8).Append(service.Restarts).Append(")"u8);
            Log.Write(line.Text);
        }

        Publish();
    }

    /// <summary>Publishes the labels of services that came up, once DS is up (before that DS cannot answer, and may itself be waiting for RS).</summary>
    private void Publish()
    {
        if (!_dataStoreUp)
            return;
        for (int slot = 0; slot < _services.Length; slot++)
        {
            ServiceRecord? service = _services[slot];
            if (service is null || !service.PublishPending || service.State != ServiceState.Active)
                continue;
            Status status = DataStore.Publish(ProcessName.Bytes(service.Boot.Name), service.Endpoint);
            if (status != Status.Ok)
                Complain(service, " could not be published in the data store"u8);

            service.PublishPending = false;
        }
    }

    /// <summary>Once a second: restarts whose back-off has passed, init time-outs, heartbeats.</summary>
    private void Round()
    {
        ulong now = Alarm.Uptime();
        for (int slot = 0; slot < _services.Length; slot++)
        {
            ServiceRecord? service = _services[slot];
            if (service is null)
                continue;
            if (service.State == ServiceState.WaitingRestart && now >= service.RestartAt)
            {
                Start(service, InitType.Restart);
            }
            else if (service.State == ServiceState.Starting && service.Period > 0 && now - service.StartedAt > (ulong)(InitTimeoutSeconds * _hz))
            {
                Complain(service, " did not finish initializing; killing it"u8);
                Sys.Kill(service.Endpoint, ExitReason.Killed);
            }
            else if (service.State == ServiceState.Active && service.Period > 0)
            {
                Heartbeat(service, now);
            }
        }

        Publish();
        Alarm.Set((ulong)_hz);
    }

    private void Heartbeat(ServiceRecord service, ulong now)
    {
        ulong period = (ulong)service.Period;
        if (!service.PingOutstanding)
        {
            if (now - service.LastPing >= period)
            {
                service.LastPing = now;
                service.PingOutstanding = Messaging.Notify(service.Endpoint) == Status.Ok;
            }
        }
        else if (now - service.LastPing > 2 * period)
        {
            Complain(service, " missed its heartbeat for two periods; killing it"u8);
            Sys.Kill(service.Endpoint, ExitReason.Killed);
        }
    }

    private void TakeDeaths()
    {
        while (Sys.TakeExitReport(out ExitReport report) == Status.Ok)
        {
            ServiceRecord? service = Find(report.Endpoint);
            if (service is not null)
                Died(service, report);
            else if (HaltsAfter(ProcessName.Bytes(report.Name)) && ++_haltAfterEnded == HaltAfterCount())
                HaltAfter(report);
        }
    }

    // halt.after names programs separated by commas.
    private bool HaltsAfter(ReadOnlySpan<byte> name)
    {
        ReadOnlySpan<byte> rest = _haltAfter.AsSpan(0, _haltAfterLength);
        while (rest.Length > 0)
        {
            int comma = rest.IndexOf((byte)',');
            if ((comma < 0 ? rest : rest.Slice(0, comma)).SequenceEqual(name))
                return true;
            rest = comma < 0 ? default : rest.Slice(comma + 1);
        }

        return false;
    }

    private int HaltAfterCount()
    {
        int count = _haltAfterLength > 0 ? 1 : 0;
        for (int i = 0; i < _haltAfterLength; i++)
            count += _haltAfter[i] == (byte)',' ? 1 : 0;
        return count;
    }

    /// <summary>
    /// The boot parameter <c>halt.after=name[,name...]</c> asked to stop the machine when those programs have ended
    /// (demos, tests and benchmarks): the last one's exit status becomes the machine's.
    /// </summary>
    private static void HaltAfter(in ExitReport report)
    {
        var line = new LogText(stackalloc byte[96]);
        line.Append(report.Name).Append(" ended with status "u8).Append(report.Detail).Append("; halting as the boot parameters ask"u8);
        Log.Write(line.Text);
        Sys.Abort(report.Reason == ExitReason.Exited ? report.Detail : 1);
    }

    private void Died(ServiceRecord service, in ExitReport report)
    {
        service.Previous = report.Endpoint;
        service.Endpoint = Endpoint.None;
        service.PingOutstanding = false;
        service.PublishPending = false;
        var line = new LogText(stackalloc byte[128]);
        line.Append(service.Boot.Name).Append(" (endpoint "u8).Append(report.Endpoint).Append(") "u8).Append(ReasonText(report.Reason));
        if (report.Reason == ExitReason.Panic)
            line.Append(": "u8).Append(FaultKindText.Describe(report.Detail));
        Log.Write(line.Text);

        if (service.Core)
        {
            var fatal = new LogText(stackalloc byte[128]);
            fatal.Append("core service "u8).Append(service.Boot.Name).Append(" died; the system cannot go on without it: shutting down"u8);
            Log.Write(fatal.Text);
            Sys.Abort(CoreServiceDiedStatus);
            return;
        }

        switch (service.State)
        {
            case ServiceState.Stopping:
                service.State = ServiceState.Down;
                Complain(service, " is down"u8);
                return;
            case ServiceState.Restarting:
                Start(service, InitType.Restart);
                return;
        }

        // The first failure restarts at once; each later one waits twice as long (capped).
        if (Alarm.Uptime() - service.StartedAt >= (ulong)(StableSeconds * _hz))
            service.Failures = 0;
        int failures = service.Failures++;
        if (failures == 0)
        {
            Start(service, InitType.Restart);
            return;
        }

        int shift = failures < 5 ? failures : 5;
        int backoff = Math.Min(1 << shift, MaxBackoffSeconds);
        service.BackoffSeconds = backoff;
        service.RestartAt = Alarm.Uptime() + (ulong)(backoff * _hz);
        service.State = ServiceState.WaitingRestart;
        var wait = new LogText(stackalloc byte[96]);
        wait.Append("restarting "u8).Append(service.Boot.Name).Append(" in "u8).Append(backoff).Append(" s"u8);
        Log.Write(wait.Text);
    }

    /// <summary>SYS_SPAWN the service's module in its slot, give it its privileges, let it run; it then asks how to initialize.</summary>
    private void Start(ServiceRecord service, InitType type)
    {
        ref BootImageEntry boot = ref service.Boot;
        Status status = Sys.Spawn(boot.Module, boot.Priority, boot.Quantum, service.Slot, out Endpoint child);
        if (status == Status.Ok)
        {
            Privilege rights = boot.Privilege;
            if (type == InitType.Restart)
                rights.Flags |= PrivilegeFlags.Restarted;
            status = Sys.SetPrivileges(child, rights);
            if (status == Status.Ok)
                status = Sys.PrivCtl(PrivRequest.Allow, child);
            if (status != Status.Ok)
                Sys.Kill(child, ExitReason.Killed);
        }

        if (status != Status.Ok)
        {
            var failed = new LogText(stackalloc byte[96]);
            failed.Append("cannot start "u8).Append(boot.Name).Append(": "u8).Append(status).Append("; trying again in 1 s"u8);
            Log.Write(failed.Text);
            service.State = ServiceState.WaitingRestart;
            service.RestartAt = Alarm.Uptime() + (ulong)_hz;
            return;
        }

        if (type == InitType.Restart)
            service.Restarts++;
        service.Endpoint = child;
        service.State = ServiceState.Starting;
        service.NextInit = type;
        service.StartedAt = Alarm.Uptime();
        service.BackoffSeconds = 0;
    }

    /// <summary>Up, down, restart and query, with the control-list check.</summary>
    private void Control(ref Message message, IpcCall how)
    {
        Endpoint client = message.Source;
        int type = message.Type;
        ReadOnlySpan<byte> label = ProcessName.Bytes(message.Payload<ServiceLabelRequest>().Label);
        ServiceRecord? service = Find(label);
        if (service is null)
        {
            Answer(client, how, label.SequenceEqual(ProcessName.Bytes(_name)) && type != ReincarnationProtocol.Query ? Status.Busy : Status.NotFound);
            return;
        }

        if (type == ReincarnationProtocol.Query)
        {
            var reply = Message.Create((int)Status.Ok, new ServiceStatusReply
            {
                Endpoint = service.Endpoint,
                State = service.State,
                Restarts = service.Restarts,
                HeartbeatPeriod = service.Period,
                BackoffSeconds = service.State == ServiceState.WaitingRestart ? service.BackoffSeconds : 0,
                RestartAt = service.State == ServiceState.WaitingRestart ? service.RestartAt : 0,
            });
            Messaging.SendNb(client, ref reply);
            return;
        }

        if (!MayControl(client, service))
        {
            Answer(client, how, Status.PermissionDenied);
            return;
        }

        if (service.Core)
        {
            Answer(client, how, Status.Busy);
            return;
        }

        Answer(client, how, type == ReincarnationProtocol.Up ? Up(service) : type == ReincarnationProtocol.Down ? Down(service) : Restart(service));
    }

    private Status Up(ServiceRecord service)
    {
        if (service.IsRunning)
            return Status.AlreadyExists;
        if (service.State != ServiceState.Down && service.State != ServiceState.WaitingRestart)
            return Status.Busy;
        Start(service, service.State == ServiceState.Down ? InitType.Fresh : InitType.Restart);
        return Status.Ok;
    }

    private Status Down(ServiceRecord service)
    {
        if (service.IsRunning)
        {
            service.State = ServiceState.Stopping;
            Sys.Kill(service.Endpoint, ExitReason.Killed);
            Unpublish(service);
            return Status.Ok;
        }

        if (service.State == ServiceState.WaitingRestart || service.State == ServiceState.Down)
        {
            service.State = ServiceState.Down;
            Unpublish(service);
            return Status.Ok;
        }

        return Status.Busy;
    }

    /// <summary>
    /// A service taken down leaves the data store (as MINIX's RS unpublishes it), its label and a driver's
    /// <c>drv.&lt;label&gt;</c>, before RS answers the request: a
    /// client that looks the label up afterwards learns it is gone instead of finding a dead endpoint, and one
    /// waiting for a change is answered when <c>up</c> publishes the label again.
    /// </summary>
    private void Unpublish(ServiceRecord service)
    {
        service.PublishPending = false;
        if (!_dataStoreUp)
            return;
        ReadOnlySpan<byte> label = ProcessName.Bytes(service.Boot.Name);
        Status status = DataStore.Delete(label);
        // A driver's own announcement (drv.<label>) goes too: it names the same dead endpoint.
        Span<byte> announced = stackalloc byte[DeviceDriver.AnnouncementKeyCapacity];
        Status driver = DataStore.Delete(announced.Slice(0, DeviceDriver.AnnouncementKey(label, announced)));
        if ((status != Status.Ok && status != Status.NotFound) || (driver != Status.Ok && driver != Status.NotFound))
            Complain(service, " could not be removed from the data store"u8);
    }

    private Status Restart(ServiceRecord service)
    {
        if (service.IsRunning)
        {
            service.State = ServiceState.Restarting;
            Sys.Kill(service.Endpoint, ExitReason.Killed);
            return Status.Ok;
        }

        if (service.State == ServiceState.WaitingRestart || service.State == ServiceState.Down)
        {
            Start(service, InitType.Restart);
            return Status.Ok;
        }

        return Status.Busy;
    }

    /// <summary>Whether <paramref name="client"/>'s privilege id is in the service's control mask.</summary>
    private static bool MayControl(Endpoint client, ServiceRecord service)
    {
        if (Sys.GetProcessInfo(client, out ProcessInfo info) != Status.Ok)
            return false;
        int id = info.PrivilegeId;
        return (uint)id < Privilege.MaxIds && (service.Boot.ControlMask & (1UL << id)) != 0;
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

    private static ReadOnlySpan<byte> ReasonText(ExitReason reason) => reason switch
    {
        ExitReason.Exited => "exited"u8,
        ExitReason.Killed => "was killed"u8,
        ExitReason.Fault => "died of a CPU exception"u8,
        ExitReason.Panic => "panicked"u8,
        _ => "ended"u8,
    };
}
