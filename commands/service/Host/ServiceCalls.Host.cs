using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Commands.Service;

// The host has no reincarnation server.
public static partial class ServiceCalls
{
    public static partial Status Query(string label, out ServiceStatusReply reply)
    {
        reply = default;
        return Status.NotImplemented;
    }

    public static partial Status Change(string request, string label) => Status.NotImplemented;

    public static partial Status WaitForAnnouncement(string label, Endpoint old, out Endpoint now)
    {
        now = Endpoint.None;
        return Status.NotImplemented;
    }
}
