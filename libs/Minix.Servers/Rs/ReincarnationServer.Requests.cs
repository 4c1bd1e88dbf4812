using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Servers;

// Requests (MINIX's rs/request.c): the start-up handshake, service control and the names RS keeps in the data store.
public sealed partial class ReincarnationServer
{
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
        // Only a retired slot is final; any other failure to start is tried again in a second.
        return Start(service, service.State == ServiceState.Down ? InitType.Fresh : InitType.Restart) == Status.SlotRetired ? Status.SlotRetired : Status.Ok;
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
            return Start(service, InitType.Restart) == Status.SlotRetired ? Status.SlotRetired : Status.Ok;
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
}
