using Minix.DriverKit;
using Minix.Ipc;
using Minix.Posix;

namespace Minix.Commands.Service;

// The image's side: one SENDREC to RS or DS each.
public static partial class ServiceCalls
{
    public static partial Status Query(string label, out ServiceStatusReply reply) => ServiceControl.Query(Utf8Text.Encode(label), out reply);

    public static partial Status Change(string request, string label) => request switch
    {
        "up" => ServiceControl.Up(Utf8Text.Encode(label)),
        "down" => ServiceControl.Down(Utf8Text.Encode(label)),
        _ => ServiceControl.Restart(Utf8Text.Encode(label)),
    };

    public static partial Status WaitForAnnouncement(string label, Endpoint old, out Endpoint now)
    {
        byte[] name = Utf8Text.Encode(label);
        Status status = DataStore.WaitForChange(name, old, out now);
        if (status != Status.Ok)
            return status;
        // RS names the service once its initialization is done; a driver announces its device then too, but check:
        // VFS finds the driver by that announcement alone.
        Span<byte> key = stackalloc byte[DeviceDriver.AnnouncementKeyCapacity];
        key = key.Slice(0, DeviceDriver.AnnouncementKey(name, key));
        if (DataStore.Lookup(key, out Endpoint driver) == Status.Ok && driver != now)
            return DataStore.WaitForChange(key, driver, out _);
        return Status.Ok;
    }
}
