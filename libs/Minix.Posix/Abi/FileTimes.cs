using System.Runtime.InteropServices;

namespace Minix.Posix.Abi;

/// <summary>
/// What utime(2) sets: the program ABI's <c>struct utimbuf</c>, 16 bytes, times in seconds since 1970-01-01 UTC.
/// A utime call without one sets both times to the file system's "now".
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct FileTimes
{
    /// <summary>The size of the structure in bytes.</summary>
    public const int Size = 16;

    /// <summary>actime: the last access.</summary>
    [FieldOffset(0)] public long AccessTime;

    /// <summary>modtime: the last modification.</summary>
    [FieldOffset(8)] public long ModifyTime;
}
