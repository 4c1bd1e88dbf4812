using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;

namespace Minix.Servers.Pm;

/// <summary>
/// What exec needs of a program file: its entry point and loadable segments, read from the ELF header and program
/// headers at the file's start, and checked before anything of the caller is touched. Anything this system cannot run
/// is <see cref="Status.NotExecutable"/> (ENOEXEC) with the reason, so the caller carries on: not ELF, not 64-bit
/// little-endian x86-64, not an executable, truncated, segments outside user memory, overlapping or oversized.
/// </summary>
internal struct ElfProgram
{
    /// <summary>How much of the file's start the headers must fit in.</summary>
    public const int HeaderBytes = 4096;

    /// <summary>The largest image exec loads (segments together): the process manager's memory limit for a program.</summary>
    public const ulong MaxImage = 256UL << 20;

    private const ushort ExecutableType = 2;
    private const ushort X86_64 = 62;
    private const uint Loadable = 1;
    private const uint SourceMapHeader = 0x6D696E78;
    private const int ProgramHeaderSize = 56;
    private const ulong Page = MemoryLayout.PageSize;

    /// <summary>Where it starts.</summary>
    public ulong Entry;

    /// <summary>Where the program says its source map is loaded (Minix.Build's ElfExecutableWriter.SourceMapHeaderType header), or 0.</summary>
    public ulong SourceMap;

    /// <summary>Its loadable segments, page-aligned, as the kernel lays them out.</summary>
    public ExecLayout Layout;

    /// <summary>Where each segment's bytes are in the file.</summary>
    public FileParts Parts;

    /// <summary>Reads and checks a program's headers.</summary>
    /// <param name="header">The file's first bytes (up to <see cref="HeaderBytes"/>).</param>
    /// <param name="fileSize">The file's size.</param>
    /// <param name="program">The program.</param>
    /// <returns>Null if the program can run, else why not (every such file is ENOEXEC).</returns>
    public static string? Read(ReadOnlySpan<byte> header, long fileSize, out ElfProgram program)
    {
        program = default;
        if (header.Length < 64 || header[0] != 0x7F || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F')
            return header.Length < 4 ? "shorter than an ELF header" : "not an ELF file";
        if (header[4] != 2 || header[5] != 1)
            return "not a 64-bit little-endian ELF file";
        if (U16(header.Slice(16)) != ExecutableType)
            return "not an executable (an object or a shared library)";
        if (U16(header.Slice(18)) != X86_64)
            return "built for another machine than x86-64";
        ulong table = U64(header.Slice(32));
        int entrySize = U16(header.Slice(54));
        int count = U16(header.Slice(56));
        program.Entry = U64(header.Slice(24));
        if (entrySize != ProgramHeaderSize || table > (ulong)header.Length || (ulong)count * ProgramHeaderSize > (ulong)header.Length - table)
            return "its program headers do not fit in the file's first page";

        bool entryFound = false;
        ulong total = 0;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> ph = header.Slice((int)table + i * ProgramHeaderSize, ProgramHeaderSize);
            if (U32(ph) == SourceMapHeader)
                program.SourceMap = U64(ph.Slice(16));
            if (U32(ph) != Loadable)
                continue;
            if (program.Layout.SegmentCount == ExecLayout.MaxSegments)
                return "more than 8 loadable segments";
            uint flags = U32(ph.Slice(4));
            ulong offset = U64(ph.Slice(8));
            ulong address = U64(ph.Slice(16));
            ulong fileBytes = U64(ph.Slice(32));
            ulong memoryBytes = U64(ph.Slice(40));
            if (fileBytes > memoryBytes || offset > (ulong)fileSize || fileBytes > (ulong)fileSize - offset)
                return "a segment's bytes lie beyond the end of the file";
            if (address % Page != offset % Page)
                return "a segment is not page-aligned in the file as in memory";
            ulong first = address & ~(Page - 1);
            ulong end = address + memoryBytes;
            if (first < MemoryLayout.UserBase || end < address || end > MemoryLayout.DataLimit)
                return "a segment lies outside user memory";
            ulong size = ((end + Page - 1) & ~(Page - 1)) - first;
            total += size;
            if (size > MaxImage || total > MaxImage)
                return "its segments need more memory than a program may have";
            for (int k = 0; k < program.Layout.SegmentCount; k++)
            {
                ExecSegment other = program.Layout.Segments[k];
                if (first < other.VirtualAddress + other.MemorySize && other.VirtualAddress < first + size)
                    return "two segments overlap";
            }

            var access = SegmentAccess.Read | ((flags & 1) != 0 ? SegmentAccess.Execute : 0) | ((flags & 2) != 0 ? SegmentAccess.Write : 0);
            int n = program.Layout.SegmentCount++;
            program.Layout.Segments[n] = new ExecSegment { VirtualAddress = first, MemorySize = size, Access = access };
            program.Parts[n] = new FilePart { Offset = offset, Length = fileBytes, Address = address };
            entryFound |= (access & SegmentAccess.Execute) != 0 && program.Entry >= address && program.Entry < end;
        }

        if (program.Layout.SegmentCount == 0)
            return "no loadable segments";
        return entryFound ? null : "its entry point is not in an executable segment";
    }

    // ELF is little-endian, as this machine is.
    private static ushort U16(ReadOnlySpan<byte> bytes) => MemoryMarshal.Read<ushort>(bytes);

    private static uint U32(ReadOnlySpan<byte> bytes) => MemoryMarshal.Read<uint>(bytes);

    private static ulong U64(ReadOnlySpan<byte> bytes) => MemoryMarshal.Read<ulong>(bytes);
}

/// <summary>Where one segment's initialised bytes are in the program file, and where they go.</summary>
internal struct FilePart
{
    /// <summary>Offset in the file.</summary>
    public ulong Offset;

    /// <summary>Bytes in the file (the rest of the segment is zero).</summary>
    public ulong Length;

    /// <summary>Where they go in the process.</summary>
    public ulong Address;
}

/// <summary>Inline storage for <see cref="ElfProgram.Parts"/>.</summary>
[System.Runtime.CompilerServices.InlineArray(ExecLayout.MaxSegments)]
internal struct FileParts
{
    private FilePart _element0;
}
