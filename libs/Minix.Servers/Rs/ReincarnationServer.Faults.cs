using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.Servers;

// Fault injection (MINIX's RS_FI): the only way a service is told to fail on purpose. RS checks the asker against
// the target's control list, refuses core services unless the image allows it, and passes the request on by SENDNB,
// so RS never waits for the service; the service's answer comes back as a message RS hands on to the asker.
public sealed partial class ReincarnationServer
{
    private bool _coreFaults;

    // rs.backoff=N (a fault-injection campaign's setting): every restart after the first waits N seconds (0: none)
    // instead of doubling up to the cap, so a campaign's rounds never wait 30 s; -1 when not set.
    private int _fixedBackoff = -1;

    /// <summary>Reads <c>rs.corefaults=allow</c> (<see cref="ReincarnationProtocol.CoreFaultsParameter"/>) and <c>rs.backoff=N</c>.</summary>
    private void ReadFaultPolicy()
    {
        Span<byte> value = stackalloc byte[8];
        _coreFaults = BootParameters.TryGet("rs.corefaults"u8, value, out int length) && value.Slice(0, length).SequenceEqual("allow"u8);
        if (BootParameters.TryGet("rs.backoff"u8, value, out length) && length is > 0 and <= 2 && value[0] is >= (byte)'0' and <= (byte)'9')
            _fixedBackoff = length == 1 ? value[0] - '0' : (value[0] - '0') * 10 + value[1] - '0';
    }

    private void InjectFault(ref Message message, IpcCall how)
    {
        Endpoint client = message.Source;
        FaultRequest request = message.Payload<FaultRequest>();
        ServiceRecord? service = Find(ProcessName.Bytes(request.Label));
        Status refusal = service is null ? (ProcessName.Bytes(request.Label).SequenceEqual(ProcessName.Bytes(_name)) ? Status.PermissionDenied : Status.NotFound)
            : !MayControl(client, service) || (service.Core && !_coreFaults) ? Status.PermissionDenied
            : request.Method != FaultMethod.Misbehave ? Status.NotImplemented
            : service.State != ServiceState.Active ? Status.NotReady
            : service.FaultClient != Endpoint.None ? Status.Busy
            : Status.Ok;
        if (refusal == Status.PermissionDenied)
        {
            var line = new LogText(stackalloc byte[128]);
            line.Append("refused a fault for "u8).Append(ProcessName.Bytes(request.Label)).Append(" from endpoint "u8).Append(client).Append(": not in its control list"u8);
            if (service is not null && service.Core)
                line.Append(" or a core service"u8);
            Log.Write(line.Text);
        }

        if (refusal != Status.Ok)
        {
            Answer(client, how, refusal);
            return;
        }

        // A service waiting for its own request's reply (a SENDREC to DS, say) is not receiving from RS: try again later.
        var order = Message.Create(ServiceProtocol.Misbehave, new MisbehaveRequest { Kind = request.Kind, AfterRequests = request.AfterRequests });
        Status sent = Messaging.SendNb(service!.Endpoint, ref order);
        if (sent != Status.Ok)
        {
            Answer(client, how, sent == Status.NotReady ? Status.TryAgain : sent);
            return;
        }

        service.FaultClient = client;
    }

    /// <summary>The service answered a fault RS passed on: the asker learns the answer.</summary>
    private void FaultAnswered(Endpoint from, Status result)
    {
        ServiceRecord? service = Find(from);
        if (service is null || service.FaultClient == Endpoint.None)
            return;
        Answer(service.FaultClient, IpcCall.SendRec, result);
        service.FaultClient = Endpoint.None;
    }

    /// <summary>A service died with a fault request unanswered: the asker is not left waiting.</summary>
    private static void FaultUnanswered(ServiceRecord service)
    {
        if (service.FaultClient == Endpoint.None)
            return;
        Answer(service.FaultClient, IpcCall.SendRec, Status.DeadEndpoint);
        service.FaultClient = Endpoint.None;
    }
}
