using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// The kernel refused a device I/O request (a port outside the driver's privileges, a call missing from its call
/// mask, or a misaligned port). Its <see cref="Exception.Message"/> is the refusal report: the C# file and line that
/// asked, the call with its arguments, the status by name, and the system.conf line that would allow it. On the image
/// the fault hook prints that report on the console when the exception ends the driver.
/// </summary>
public sealed class DeviceIoException : Exception
{
    /// <summary>Creates the exception for a refused port, with no more detail.</summary>
    /// <param name="port">The port that was refused.</param>
    /// <param name="status">The kernel's answer.</param>
    public DeviceIoException(int port, Status status)
        : this(PortAccess.Output | PortAccess.Byte, port, 0, status, RefusalReport.DevIo(PortAccess.Output | PortAccess.Byte, (ushort)port, 0, status, "", 0))
    {
    }

    /// <summary>Creates the exception with the refusal report (what DriverKit's calls throw).</summary>
    /// <param name="access">Direction and width of the refused access.</param>
    /// <param name="port">The port (the first of a batch).</param>
    /// <param name="value">The value written (0 for input).</param>
    /// <param name="status">The kernel's answer.</param>
    /// <param name="report">The refusal report.</param>
    internal DeviceIoException(PortAccess access, int port, uint value, Status status, string report)
        : base(report)
    {
        Access = access;
        Port = port;
        Value = value;
        Status = status;
    }

    /// <summary>Direction and width of the refused access.</summary>
    public PortAccess Access { get; }

    /// <summary>The port that was refused (for a batch, its first port).</summary>
    public int Port { get; }

    /// <summary>The value the driver wrote (0 for input).</summary>
    public uint Value { get; }

    /// <summary>The kernel's answer.</summary>
    public Status Status { get; }
}
