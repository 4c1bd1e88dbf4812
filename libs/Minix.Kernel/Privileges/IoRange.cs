namespace Minix.Kernel.Privileges;

/// <summary>An inclusive range of I/O ports a process may access.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct IoRange
{
    /// <summary>First port.</summary>
    public ushort Base;

    /// <summary>Last port (inclusive).</summary>
    public ushort Limit;

    /// <summary>Creates a range.</summary>
    /// <param name="first">First port.</param>
    /// <param name="last">Last port, inclusive.</param>
    public IoRange(ushort first, ushort last) => (Base, Limit) = (first, last);

    /// <summary>Whether every byte of an access of <paramref name="width"/> bytes at <paramref name="port"/> lies inside.</summary>
    /// <param name="port">The first port of the access.</param>
    /// <param name="width">1, 2 or 4.</param>
    /// <returns>True if contained.</returns>
    public readonly bool Contains(int port, int width) => port >= Base && port + width - 1 <= Limit;

    /// <summary>Whether two ranges share a port.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True if they overlap.</returns>
    public readonly bool Overlaps(IoRange other) => Base <= other.Limit && other.Base <= Limit;
}

/// <summary>An inclusive range of physical memory a process may map or copy.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct MemoryRange
{
    /// <summary>First byte.</summary>
    public ulong Base;

    /// <summary>Last byte (inclusive).</summary>
    public ulong Limit;
}
