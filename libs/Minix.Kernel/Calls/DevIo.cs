using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>Direction and width of a port access, OR-ed together in a device I/O request.</summary>
[Flags]
public enum PortAccess
{
    /// <summary>Read the port.</summary>
    Input = 0x1,

    /// <summary>Write the port.</summary>
    Output = 0x2,

    /// <summary>8 bits.</summary>
    Byte = 0x10,

    /// <summary>16 bits.</summary>
    Word = 0x20,

    /// <summary>32 bits.</summary>
    Long = 0x30,

    /// <summary>
    /// SYS_VDEVIO input only: each pair's value on entry is a condition on the value its read returns, and a read that
    /// lacks any bit of its condition skips the next pair (0: no condition). A driver puts a status register before
    /// each data read, so a data register is read only when the status said there is data, and drains a device's
    /// FIFO in one call (a UART: line status, data, line status, data...). A skipped pair is neither read nor changed.
    /// </summary>
    Guarded = 0x100,

    /// <summary>
    /// SYS_VDEVIO only: string I/O on one port (<see cref="VDevIoRequest.Port"/>). The vector holds no pairs but the
    /// values themselves, packed at the access's width, so a 512-byte sector is one call and no copy of port numbers;
    /// the port is checked once. Not combined with <see cref="Guarded"/>.
    /// </summary>
    String = 0x200,
}

/// <summary>Decodes <see cref="PortAccess"/> values.</summary>
public static class PortAccessInfo
{
    private const int DirectionMask = 0x3;
    private const int WidthMask = 0x30;

    /// <summary>The access width in bytes (1, 2 or 4), or 0 if the width bits are not one of the three.</summary>
    /// <param name="access">The access.</param>
    /// <returns>The width in bytes, or 0.</returns>
    public static int Width(PortAccess access) => ((int)access & WidthMask) switch
    {
        0x10 => 1,
        0x20 => 2,
        0x30 => 4,
        _ => 0,
    };

    /// <summary>True if <paramref name="access"/> names exactly one direction, one width and nothing else.</summary>
    /// <param name="access">The access.</param>
    /// <returns>Whether the value is well formed.</returns>
    public static bool IsValid(PortAccess access)
    {
        int direction = (int)access & DirectionMask;
        return (direction == 1 || direction == 2) && Width(access) != 0 && ((int)access & ~(DirectionMask | WidthMask)) == 0;
    }

    /// <summary>True if <paramref name="access"/> is well formed for SYS_VDEVIO: as <see cref="IsValid"/>, or a guarded input (<see cref="PortAccess.Guarded"/>), or a string (<see cref="PortAccess.String"/>).</summary>
    /// <param name="access">The access.</param>
    /// <returns>Whether a vector may use it.</returns>
    public static bool IsValidVector(PortAccess access) =>
        IsValid(access & ~(PortAccess.Guarded | PortAccess.String))
        && ((access & PortAccess.Guarded) == 0 || (IsInput(access) && !IsString(access)));

    /// <summary>True if a SYS_VDEVIO with <paramref name="access"/> skips the pair after a failed condition (<see cref="PortAccess.Guarded"/>).</summary>
    /// <param name="access">The access.</param>
    /// <returns>Whether the vector is guarded.</returns>
    public static bool IsGuarded(PortAccess access) => (access & PortAccess.Guarded) != 0;

    /// <summary>True if a SYS_VDEVIO with <paramref name="access"/> moves packed values to or from one port (<see cref="PortAccess.String"/>).</summary>
    /// <param name="access">The access.</param>
    /// <returns>Whether the vector is a string.</returns>
    public static bool IsString(PortAccess access) => (access & PortAccess.String) != 0;

    /// <summary>True for a read.</summary>
    /// <param name="access">The access.</param>
    /// <returns>Whether it reads.</returns>
    public static bool IsInput(PortAccess access) => ((int)access & DirectionMask) == (int)PortAccess.Input;
}

/// <summary>SYS_DEVIO request: one port access.</summary>
[StructLayout(LayoutKind.Explicit, Size = 12)]
public struct DevIoRequest : IMessagePayload
{
    /// <summary>Direction and width.</summary>
    [FieldOffset(0)] public PortAccess Access;

    /// <summary>The port (0..0xFFFF).</summary>
    [FieldOffset(4)] public int Port;

    /// <summary>The value to write (output only).</summary>
    [FieldOffset(8)] public uint Value;
}

/// <summary>SYS_DEVIO reply.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct DevIoReply : IMessagePayload
{
    /// <summary>The value read (input only).</summary>
    [FieldOffset(0)] public uint Value;
}
