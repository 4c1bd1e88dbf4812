namespace Minix.Kernel.Boot;

/// <summary>
/// Reads the boot archive the loader left in memory. Every offset and count is checked against the archive's
/// size first, so a damaged image stops the boot with a clear reason instead of a wild read.
/// </summary>
public readonly ref struct BootArchiveReader
{
    private readonly ReadOnlySpan<byte> _archive;

    private BootArchiveReader(ReadOnlySpan<byte> archive, BootArchiveHeader header)
    {
        _archive = archive;
        Header = header;
    }

    /// <summary>The archive header.</summary>
    public BootArchiveHeader Header { get; }

    /// <summary>Opens an archive.</summary>
    /// <param name="archive">Its bytes (at least its header; the header's size bounds the rest).</param>
    /// <param name="reader">The reader.</param>
    /// <returns>Null if the archive is good, else what is wrong with it.</returns>
    public static string? Open(ReadOnlySpan<byte> archive, out BootArchiveReader reader)
    {
        reader = default;
        if (archive.Length < Unsafe.SizeOf<BootArchiveHeader>())
            return "boot archive shorter than its header";
        BootArchiveHeader header = MemoryMarshal.Read<BootArchiveHeader>(archive);
        if (header.Magic != BootArchiveHeader.ExpectedMagic)
            return "boot archive has the wrong magic number";
        if (header.Version != BootArchiveHeader.CurrentVersion)
            return "boot archive has an unknown version";
        if (header.Size > (ulong)archive.Length || header.ProcessCount < 0 || header.ModuleCount < 0)
            return "boot archive header is inconsistent";
        archive = archive.Slice(0, (int)header.Size);
        if (!Fits(archive, header.TableOffset, (ulong)header.ProcessCount * (ulong)Unsafe.SizeOf<BootImageEntry>())
            || !Fits(archive, header.ModulesOffset, (ulong)header.ModuleCount * (ulong)Unsafe.SizeOf<BootModule>())
            || !Fits(archive, header.CommandLineOffset, (ulong)header.CommandLineLength))
            return "boot archive tables lie outside it";
        reader = new BootArchiveReader(archive, header);
        for (int m = 0; m < header.ModuleCount; m++)
        {
            BootModule module = reader.Module(m);
            if (!Fits(archive, module.SegmentsOffset, (ulong)(uint)module.SegmentCount * (ulong)Unsafe.SizeOf<BootSegment>()))
                return "a module's segment table lies outside the boot archive";
            for (int s = 0; s < module.SegmentCount; s++)
            {
                BootSegment segment = reader.Segment(module, s);
                if (!Fits(archive, segment.FileOffset, segment.FileSize) || segment.MemorySize < segment.FileSize
                    || segment.VirtualAddress < MemoryLayout.UserBase || segment.VirtualAddress % MemoryLayout.PageSize != 0)
                    return "a module segment is malformed";
            }
        }

        for (int p = 0; p < header.ProcessCount; p++)
        {
            if ((uint)reader.Process(p).Module >= (uint)header.ModuleCount)
                return "a boot process names a module that does not exist";
        }

        return null;
    }

    /// <summary>The boot-image table entry <paramref name="index"/>.</summary>
    /// <param name="index">0 .. ProcessCount - 1.</param>
    /// <returns>The entry.</returns>
    public BootImageEntry Process(int index) =>
        MemoryMarshal.Read<BootImageEntry>(_archive.Slice((int)Header.TableOffset + index * Unsafe.SizeOf<BootImageEntry>()));

    /// <summary>The module directory entry <paramref name="index"/>.</summary>
    /// <param name="index">0 .. ModuleCount - 1.</param>
    /// <returns>The module.</returns>
    public BootModule Module(int index) =>
        MemoryMarshal.Read<BootModule>(_archive.Slice((int)Header.ModulesOffset + index * Unsafe.SizeOf<BootModule>()));

    /// <summary>Segment <paramref name="index"/> of <paramref name="module"/>.</summary>
    /// <param name="module">The module.</param>
    /// <param name="index">0 .. SegmentCount - 1.</param>
    /// <returns>The segment.</returns>
    public BootSegment Segment(in BootModule module, int index) =>
        MemoryMarshal.Read<BootSegment>(_archive.Slice((int)module.SegmentsOffset + index * Unsafe.SizeOf<BootSegment>()));

    /// <summary>The bytes of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>Its initialised bytes.</returns>
    public ReadOnlySpan<byte> Bytes(in BootSegment segment) => _archive.Slice((int)segment.FileOffset, (int)segment.FileSize);

    /// <summary>
    /// Where <paramref name="address"/> is in <paramref name="module"/>'s code (-1: the kernel): the C# method and
    /// line, from the symbols the image writer put in the archive, as an offset and length in the archive.
    /// </summary>
    /// <param name="module">The module, or -1 for the kernel.</param>
    /// <param name="address">A code address.</param>
    /// <param name="length">The text's length (0 if unknown).</param>
    /// <returns>The text's offset in the archive.</returns>
    public int SymbolAt(int module, ulong address, out int length)
    {
        length = 0;
        if (Header.SymbolsOffset == 0 || !Fits(_archive, Header.SymbolsOffset, 4))
            return 0;
        int tables = MemoryMarshal.Read<int>(_archive.Slice((int)Header.SymbolsOffset));
        for (int t = 0; t < tables; t++)
        {
            ulong at = Header.SymbolsOffset + 8 + (ulong)t * (ulong)Unsafe.SizeOf<SymbolTable>();
            if (!Fits(_archive, at, (ulong)Unsafe.SizeOf<SymbolTable>()))
                return 0;
            SymbolTable table = MemoryMarshal.Read<SymbolTable>(_archive.Slice((int)at));
            if (table.Module != module || table.Count <= 0 || !Fits(_archive, table.EntriesOffset, (ulong)table.Count * 16))
                continue;
            int low = 0, high = table.Count - 1, found = -1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                if (MemoryMarshal.Read<SymbolEntry>(_archive.Slice((int)table.EntriesOffset + middle * 16)).Address <= address)
                    (found, low) = (middle, middle + 1);
                else
                    high = middle - 1;
            }

            SymbolEntry entry = found < 0 ? default : MemoryMarshal.Read<SymbolEntry>(_archive.Slice((int)table.EntriesOffset + found * 16));
            if (found < 0 || !Fits(_archive, table.TextOffset + entry.Text, entry.Length))
                return 0;
            length = (int)entry.Length;
            return (int)(table.TextOffset + entry.Text);
        }

        return 0;
    }

    /// <summary>The command line.</summary>
    public ReadOnlySpan<byte> CommandLine => _archive.Slice((int)Header.CommandLineOffset, Header.CommandLineLength);

    private static bool Fits(ReadOnlySpan<byte> archive, ulong offset, ulong length) =>
        offset <= (ulong)archive.Length && length <= (ulong)archive.Length - offset;
}
