using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>The kernel refused a device I/O request (a port outside the driver's privileges, or misaligned).</summary>
public sealed partial class DeviceIoException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="port">The port that was refused.</param>
    /// <param name="status">The kernel's answer.</param>
    public DeviceIoException(int port, Status status)
        : base("device I/O refused")
    {
        Port = port;
        Status = status;
    }

    /// <summary>The port that was refused.</summary>
    public int Port { get; }

    /// <summary>The kernel's answer.</summary>
    public Status Status { get; }
}
