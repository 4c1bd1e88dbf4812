using Minix.Ipc;

namespace Minix.DriverKit;

public sealed partial class DeviceIoException
{
    /// <inheritdoc/>
    public override string Message => "device I/O on port 0x" + Port.ToString("x") + " refused: " + StatusInfo.Name(Status) + " (" + StatusInfo.Message(Status) + ")";
}
