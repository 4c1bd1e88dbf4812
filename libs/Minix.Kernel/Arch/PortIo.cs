namespace Minix.Kernel.Arch;

/// <summary>
/// Direct port I/O: the x86 <c>in</c> and <c>out</c> instructions. Only code in ring 0 (the kernel, or a driver
/// placed in the kernel) may use them; in a user-mode process they fault. User-mode drivers use the SYS_DEVIO kernel
/// call instead (Minix.DriverKit's <c>DevIo</c>, with the same method names), which the kernel checks against the
/// driver's port ranges: the paper's category E dependency, removed.
/// </summary>
[KernelInternal]
public static class PortIo
{
    /// <summary>Reads a byte.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The value.</returns>
    public static byte InByte(ushort port) => (byte)PortInstructions.In(port, 1);

    /// <summary>Reads a 16-bit word.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The value.</returns>
    public static ushort InWord(ushort port) => (ushort)PortInstructions.In(port, 2);

    /// <summary>Reads a 32-bit value.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The value.</returns>
    public static uint InLong(ushort port) => PortInstructions.In(port, 4);

    /// <summary>Writes a byte.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    public static void OutByte(ushort port, byte value) => PortInstructions.Out(port, value, 1);

    /// <summary>Writes a 16-bit word.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    public static void OutWord(ushort port, ushort value) => PortInstructions.Out(port, value, 2);

    /// <summary>Writes a 32-bit value.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    public static void OutLong(ushort port, uint value) => PortInstructions.Out(port, value, 4);
}
