namespace Minix.Samples.AtaDisk;

/// <summary>What IDENTIFY DEVICE told the driver about one disk.</summary>
internal struct AtaDiskInfo
{
    /// <summary>Whether an ATA disk answered at this position.</summary>
    public bool Present;

    /// <summary>Whether it supports 48-bit addressing (word 83, bit 10).</summary>
    public bool Lba48;

    /// <summary>Its size in sectors (words 100-103 with LBA48, else 60-61).</summary>
    public long Sectors;

    /// <summary>Legacy shape: cylinders, heads, sectors per track (words 1, 3, 6).</summary>
    public int Cylinders;

    /// <summary>Heads.</summary>
    public int Heads;

    /// <summary>Sectors per track.</summary>
    public int SectorsPerTrack;

    /// <summary>Reads the answer to IDENTIFY DEVICE.</summary>
    /// <param name="words">Its 256 words.</param>
    /// <returns>The disk's description, not present if it cannot be addressed by LBA.</returns>
    public static AtaDiskInfo FromIdentify(ReadOnlySpan<ushort> words)
    {
        var info = new AtaDiskInfo
        {
            Present = (words[49] & (1 << 9)) != 0, // without LBA the driver cannot address it
            Lba48 = (words[83] & (1 << 10)) != 0,
            Cylinders = words[1],
            Heads = words[3],
            SectorsPerTrack = words[6],
        };
        long lba28 = words[60] | ((long)words[61] << 16);
        long lba48 = words[100] | ((long)words[101] << 16) | ((long)words[102] << 32) | ((long)words[103] << 48);
        info.Sectors = info.Lba48 && lba48 > 0 ? lba48 : lba28;
        return info;
    }
}
