using System.Runtime.InteropServices;

namespace Minix.Samples.RamDisk;

/// <summary>
/// What <see cref="RamDiskDriver.IoctlGetInfo"/> copies into the caller's grant: more than the one integer an ioctl's
/// reply can carry, so it travels the way all bulk data does, through memory the caller granted.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct RamDiskInfo
{
    /// <summary>The minor's size in bytes.</summary>
    public long Size;

    /// <summary>Bytes read from the disk by this incarnation of the driver.</summary>
    public long BytesRead;

    /// <summary>Bytes written to the disk by this incarnation of the driver.</summary>
    public long BytesWritten;
}
