using System.Runtime.InteropServices;

namespace Minix.DriverKit;

/// <summary>
/// What <see cref="BlockDeviceProtocol.GetGeometry"/> copies into the client's grant (MINIX's <c>part_geom</c>): the
/// minor's size and where it starts on the disk, and the disk's sector size and legacy cylinder/head/sector shape
/// (which partitioning tools still want).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct BlockGeometry
{
    /// <summary>Bytes of the structure.</summary>
    public const int Size = 32;

    /// <summary>Where the minor starts on its disk, in bytes (0 for a whole disk).</summary>
    [FieldOffset(0)] public long Base;

    /// <summary>The minor's size in bytes.</summary>
    [FieldOffset(8)] public long Length;

    /// <summary>Bytes per sector: positions and lengths of a request should be multiples of it.</summary>
    [FieldOffset(16)] public int SectorSize;

    /// <summary>Cylinders (legacy shape; the product of the three is at most the disk's sectors).</summary>
    [FieldOffset(20)] public int Cylinders;

    /// <summary>Heads (legacy shape).</summary>
    [FieldOffset(24)] public int Heads;

    /// <summary>Sectors per track (legacy shape).</summary>
    [FieldOffset(28)] public int SectorsPerTrack;

    /// <summary>The geometry of a device of <paramref name="length"/> bytes with no shape of its own: MINIX's 64 heads and 32 sectors per track.</summary>
    /// <param name="length">Bytes.</param>
    /// <param name="sectorSize">Bytes per sector.</param>
    /// <returns>The geometry.</returns>
    public static BlockGeometry Flat(long length, int sectorSize = 512) => new()
    {
        Length = length,
        SectorSize = sectorSize,
        Heads = 64,
        SectorsPerTrack = 32,
        Cylinders = (int)Math.Min(length / sectorSize / (64 * 32), int.MaxValue),
    };
}
