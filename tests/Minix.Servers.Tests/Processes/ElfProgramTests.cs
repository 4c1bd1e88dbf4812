using System.Buffers.Binary;
using Minix.Kernel.Boot;
using Minix.Servers.Pm;

namespace Minix.Servers.Tests.Processes;

/// <summary>
/// exec's check of a program file: every file this system cannot run is refused with the reason (ENOEXEC) before
/// anything of the caller is touched, and a well-formed program is laid out as the kernel will map it.
/// </summary>
public class ElfProgramTests
{
    private const ulong Text = MemoryLayout.UserBase;
    private const ulong Data = MemoryLayout.UserBase + 0x10000;

    [Fact]
    public void A_well_formed_program_gives_its_entry_and_page_aligned_segments()
    {
        byte[] file = new ElfFile().Build();

        Assert.Null(ElfProgram.Read(file, file.Length, out ElfProgram program));
        Assert.Equal(Text + 0x100, program.Entry);
        Assert.Equal(2, program.Layout.SegmentCount);
        Assert.Equal(Text, program.Layout.Segments[0].VirtualAddress);
        Assert.Equal(0x1000UL, program.Layout.Segments[0].MemorySize);
        Assert.Equal(Data, program.Layout.Segments[1].VirtualAddress);
        Assert.Equal(0x2000UL, program.Layout.Segments[1].MemorySize);
        Assert.Equal(0x1000UL, program.Parts[1].Offset);
    }

    [Fact]
    public void A_source_map_header_gives_where_the_map_is_loaded_and_is_no_segment()
    {
        byte[] file = new ElfFile().Build();
        Span<byte> header = file.AsSpan(64 + 2 * 56, 56);
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x6D696E78); // Minix.Build's ElfExecutableWriter.SourceMapHeaderType
        BinaryPrimitives.WriteUInt64LittleEndian(header[16..], Data + 0x400);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(56), 3);

        Assert.Null(ElfProgram.Read(file, file.Length, out ElfProgram program));
        Assert.Equal(Data + 0x400, program.SourceMap);
        Assert.Equal(2, program.Layout.SegmentCount);
        Assert.Null(ElfProgram.Read(new ElfFile().Build(), 0x2000, out program));
        Assert.Equal(0UL, program.SourceMap);
    }

    [Theory]
    [InlineData("empty", "shorter than an ELF header")]
    [InlineData("text", "not an ELF file")]
    [InlineData("truncated header", "not an ELF file")]
    [InlineData("32-bit", "not a 64-bit little-endian ELF file")]
    [InlineData("big-endian", "not a 64-bit little-endian ELF file")]
    [InlineData("object file", "not an executable (an object or a shared library)")]
    [InlineData("ARM64", "built for another machine than x86-64")]
    [InlineData("headers past the first page", "its program headers do not fit in the file's first page")]
    [InlineData("truncated segment", "a segment's bytes lie beyond the end of the file")]
    [InlineData("misaligned segment", "a segment is not page-aligned in the file as in memory")]
    [InlineData("segment in the kernel's half", "a segment lies outside user memory")]
    [InlineData("segment below user memory", "a segment lies outside user memory")]
    [InlineData("oversized segment", "its segments need more memory than a program may have")]
    [InlineData("overlapping segments", "two segments overlap")]
    [InlineData("no loadable segment", "no loadable segments")]
    [InlineData("entry in the data", "its entry point is not in an executable segment")]
    public void A_file_this_system_cannot_run_is_refused_with_the_reason(string fault, string reason)
    {
        byte[] file = Faulty(fault);

        Assert.Equal(reason, ElfProgram.Read(file.AsSpan(0, Math.Min(file.Length, ElfProgram.HeaderBytes)), file.Length, out _));
    }

    private static byte[] Faulty(string fault)
    {
        var elf = new ElfFile();
        switch (fault)
        {
            case "empty": return [];
            case "text": return "#!/bin/sh\necho this is a script, not a program\n"u8.ToArray();
            case "truncated header": return elf.Build()[..40];
            case "32-bit": elf.Class = 1; break;
            case "big-endian": elf.Endianness = 2; break;
            case "object file": elf.Type = 1; break;
            case "ARM64": elf.Machine = 183; break;
            case "headers past the first page": elf.ProgramHeaderOffset = 4090; break;
            case "truncated segment": return elf.Build()[..0x1400];
            case "misaligned segment": elf.Segments[1] = elf.Segments[1] with { Address = Data + 8 }; break;
            case "segment in the kernel's half": elf.Segments[1] = elf.Segments[1] with { Address = MemoryLayout.DataLimit }; break;
            case "segment below user memory": elf.Segments[0] = elf.Segments[0] with { Address = 0 }; elf.Entry = 0x100; break;
            case "oversized segment": elf.Segments[1] = elf.Segments[1] with { MemoryBytes = ElfProgram.MaxImage + 1 }; break;
            case "overlapping segments": elf.Segments[1] = elf.Segments[1] with { Address = Text, Offset = 0 }; break;
            case "no loadable segment": elf.Segments.Clear(); break;
            case "entry in the data": elf.Entry = Data + 0x10; break;
            default: throw new ArgumentException("no such fault: " + fault, nameof(fault));
        }

        return elf.Build();
    }

    /// <summary>A minimal x86-64 executable: a text page at the user base and a data segment with bss after it.</summary>
    private sealed class ElfFile
    {
        public byte Class { get; set; } = 2;
        public byte Endianness { get; set; } = 1;
        public ushort Type { get; set; } = 2;
        public ushort Machine { get; set; } = 62;
        public ulong Entry { get; set; } = Text + 0x100;
        public ulong ProgramHeaderOffset { get; set; } = 64;

        public List<Segment> Segments { get; } =
        [
            new(Flags: 5, Offset: 0, Address: Text, FileBytes: 0x1000, MemoryBytes: 0x1000),
            new(Flags: 6, Offset: 0x1000, Address: Data, FileBytes: 0x800, MemoryBytes: 0x2000),
        ];

        public byte[] Build()
        {
            var file = new byte[0x2000];
            "\x7F"u8.CopyTo(file);
            "ELF"u8.CopyTo(file.AsSpan(1));
            file[4] = Class;
            file[5] = Endianness;
            file[6] = 1;
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(16), Type);
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(18), Machine);
            BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(24), Entry);
            BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(32), ProgramHeaderOffset);
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(52), 64);
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(54), 56);
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(56), (ushort)Segments.Count);
            for (int i = 0; i < Segments.Count && ProgramHeaderOffset + (ulong)(i + 1) * 56 <= (ulong)file.Length; i++)
            {
                Span<byte> header = file.AsSpan((int)ProgramHeaderOffset + i * 56, 56);
                Segment s = Segments[i];
                BinaryPrimitives.WriteUInt32LittleEndian(header, 1);
                BinaryPrimitives.WriteUInt32LittleEndian(header[4..], s.Flags);
                BinaryPrimitives.WriteUInt64LittleEndian(header[8..], s.Offset);
                BinaryPrimitives.WriteUInt64LittleEndian(header[16..], s.Address);
                BinaryPrimitives.WriteUInt64LittleEndian(header[32..], s.FileBytes);
                BinaryPrimitives.WriteUInt64LittleEndian(header[40..], s.MemoryBytes);
            }

            return file;
        }
    }

    private sealed record Segment(uint Flags, ulong Offset, ulong Address, ulong FileBytes, ulong MemoryBytes);
}
