namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// A simulated ATA hard disk, to attach to an <see cref="AtaChannel"/> as master or slave. Its sectors are kept
/// sparsely (a sector never written reads as zeroes), so a test can use a disk too big for LBA28 (more than
/// 2^28 sectors, 128 GiB) without the memory. It answers IDENTIFY DEVICE with its size, its legacy
/// cylinder/head/sector shape and whether it supports 48-bit addressing.
/// </summary>
public sealed class AtaDrive
{
    /// <summary>Bytes per sector.</summary>
    public const int SectorSize = 512;

    /// <summary>The most sectors LBA28 can address (2^28).</summary>
    public const long Lba28Limit = 1L << 28;

    private readonly Dictionary<long, byte[]> _sectors = new();

    /// <summary>Creates a disk of <paramref name="sectors"/> sectors.</summary>
    /// <param name="sectors">Its size in sectors (at least 1).</param>
    /// <param name="supportsLba48">Whether IDENTIFY says it supports 48-bit addressing (false: an old disk, LBA28 only).</param>
    /// <param name="model">The model name IDENTIFY reports (40 characters at most).</param>
    public AtaDrive(long sectors, bool supportsLba48 = true, string model = "MINIX SIMULATED DISK")
    {
        if (sectors < 1)
            throw new ArgumentOutOfRangeException(nameof(sectors), "a disk has at least one sector");
        if (!supportsLba48 && sectors > Lba28Limit)
            throw new ArgumentOutOfRangeException(nameof(sectors), "a disk without LBA48 has at most 2^28 sectors");
        if (model.Length > 40)
            throw new ArgumentException("an ATA model name has at most 40 characters", nameof(model));
        Sectors = sectors;
        SupportsLba48 = supportsLba48;
        Model = model;
    }

    /// <summary>The size in sectors.</summary>
    public long Sectors { get; }

    /// <summary>Whether it supports 48-bit addressing.</summary>
    public bool SupportsLba48 { get; }

    /// <summary>The model name.</summary>
    public string Model { get; }

    /// <summary>Every command the disk accepted, in order (what the driver asked of the hardware).</summary>
    public List<AtaCommandRecord> Commands { get; } = new();

    /// <summary>Sectors that fail with an uncorrectable-data error when read or written.</summary>
    public HashSet<long> BadSectors { get; } = new();

    /// <summary>Reads bytes of the disk (for a test's checks).</summary>
    /// <param name="position">Byte offset.</param>
    /// <param name="length">Bytes.</param>
    /// <returns>A copy.</returns>
    public byte[] Read(long position, int length)
    {
        var result = new byte[length];
        for (int done = 0; done < length;)
        {
            long sector = (position + done) / SectorSize;
            int offset = (int)((position + done) % SectorSize);
            int part = Math.Min(SectorSize - offset, length - done);
            if (_sectors.TryGetValue(sector, out byte[]? data))
                data.AsSpan(offset, part).CopyTo(result.AsSpan(done));
            done += part;
        }

        return result;
    }

    /// <summary>Writes bytes onto the disk (a test's set-up, like a prepared disk image).</summary>
    /// <param name="position">Byte offset.</param>
    /// <param name="data">The bytes.</param>
    public void Write(long position, ReadOnlySpan<byte> data)
    {
        for (int done = 0; done < data.Length;)
        {
            long sector = (position + done) / SectorSize;
            int offset = (int)((position + done) % SectorSize);
            int part = Math.Min(SectorSize - offset, data.Length - done);
            if (!_sectors.TryGetValue(sector, out byte[]? stored))
                _sectors[sector] = stored = new byte[SectorSize];
            data.Slice(done, part).CopyTo(stored.AsSpan(offset));
            done += part;
        }
    }

    /// <summary>The 256 words of IDENTIFY DEVICE.</summary>
    internal ushort[] Identify()
    {
        var words = new ushort[256];
        words[0] = 0x0040; // fixed disk
        const int heads = 16, perTrack = 63;
        words[1] = (ushort)Math.Min(Sectors / (heads * perTrack), 16383);
        words[3] = heads;
        words[6] = perTrack;
        PutString(words, 10, 10, "SIM0001");
        PutString(words, 23, 4, "1.0");
        PutString(words, 27, 20, Model);
        words[49] = 1 << 9; // LBA supported
        long lba28 = Math.Min(Sectors, Lba28Limit - 1);
        words[60] = (ushort)lba28;
        words[61] = (ushort)(lba28 >> 16);
        if (SupportsLba48)
        {
            words[83] = 1 << 10;
            words[86] = 1 << 10;
            for (int i = 0; i < 4; i++)
                words[100 + i] = (ushort)(Sectors >> (16 * i));
        }

        return words;
    }

    // ATA strings hold two characters a word, the first in the high byte, padded with spaces.
    private static void PutString(ushort[] words, int first, int count, string text)
    {
        string padded = text.PadRight(count * 2);
        for (int i = 0; i < count; i++)
            words[first + i] = (ushort)((padded[2 * i] << 8) | padded[2 * i + 1]);
    }
}

/// <summary>A command an <see cref="AtaDrive"/> accepted.</summary>
/// <param name="Command">The command byte (0x20 READ SECTORS, 0x24 READ SECTORS EXT, 0x30 WRITE SECTORS, 0x34 WRITE SECTORS EXT, 0xEC IDENTIFY, ...).</param>
/// <param name="Lba">The first sector.</param>
/// <param name="Count">Sectors.</param>
public readonly record struct AtaCommandRecord(byte Command, long Lba, int Count);
