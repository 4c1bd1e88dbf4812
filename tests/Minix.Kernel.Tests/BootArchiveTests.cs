using Minix.Build.Boot;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests;

/// <summary>The kernel's archive reader against the image writer's output.</summary>
public class BootArchiveTests
{
    private static byte[] Write(IReadOnlyList<BootImageEntry> processes, IReadOnlyList<BootModuleImage> modules, string commandLine) =>
        BootArchiveWriter.Write(processes, modules, commandLine);

    private static BootModuleImage Module(string name, ulong entry, params (ulong At, byte[] Bytes, ulong Size)[] segments) =>
        new(name, entry, segments.Select(s => new ImageSegment(s.At, s.Bytes, s.Size, SegmentAccess.Read)).ToList(), 65536);

    [Fact]
    public void Boot_data_modules_sit_page_aligned_where_DataModuleOffsets_says_ahead_of_everything_else()
    {
        byte[] root = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        byte[] other = [1, 2, 3];
        IReadOnlyList<ulong> offsets = BootArchiveWriter.DataModuleOffsets([(ulong)root.Length, (ulong)other.Length]);
        byte[] archive = BootArchiveWriter.Write([], [Module("init", 0x400000, (0x400000, [9], 4096))], "", null, [("rootfs", root), ("other", other)]);

        Assert.Null(BootArchiveReader.Open(archive, out BootArchiveReader reader));
        Assert.Equal([4096UL, 12288UL], offsets);
        Assert.Equal(2, reader.Header.DataModuleCount);
        Assert.Equal(root, archive.AsSpan((int)offsets[0], root.Length).ToArray());
        Assert.Equal(other, archive.AsSpan((int)offsets[1], other.Length).ToArray());
        var second = System.Runtime.InteropServices.MemoryMarshal.Read<BootDataModule>(archive.AsSpan((int)reader.Header.DataModulesOffset + 32));
        Assert.Equal(("other", 12288UL, 3UL), (ProcessNameText.ToText(second.Name), second.Offset, second.Length));
        Assert.True(reader.Header.TableOffset >= 16384 && reader.Header.TableOffset % 4096 == 0);
        Assert.Equal([9], reader.Bytes(reader.Segment(reader.Module(0), 0)).ToArray());
    }

    [Fact]
    public void The_kernel_reads_back_what_the_image_writer_wrote()
    {
        var rs = new BootImageEntry { Endpoint = Endpoint.ReincarnationServer, Module = 1, Priority = 3, Quantum = 5, Name = ProcessNameText.From("rs"), Privilege = new Privilege { SendMask = 42 } };
        byte[] archive = Write([rs], [Module("init", 0x401000, (0x400000, [1, 2, 3], 4096)), Module("rs", 0x400010, (0x400000, [9], 8192), (0x402000, [], 4096))], "console=com1");

        Assert.Null(BootArchiveReader.Open(archive, out BootArchiveReader reader));
        Assert.Equal(1, reader.Header.ProcessCount);
        Assert.Equal(2, reader.Header.ModuleCount);
        BootImageEntry entry = reader.Process(0);
        Assert.Equal(Endpoint.ReincarnationServer, entry.Endpoint);
        Assert.Equal(42UL, entry.Privilege.SendMask);
        Assert.Equal("rs", ProcessNameText.ToText(entry.Name));
        BootModule module = reader.Module(1);
        Assert.Equal("rs", ProcessNameText.ToText(module.Name));
        Assert.Equal(2, module.SegmentCount);
        Assert.Equal(0x400010UL, module.Entry);
        BootSegment second = reader.Segment(module, 1);
        Assert.Equal(0x402000UL, second.VirtualAddress);
        Assert.Equal(4096UL, second.MemorySize);
        Assert.Equal([1, 2, 3], reader.Bytes(reader.Segment(reader.Module(0), 0)).ToArray());
        Assert.Equal("console=com1"u8.ToArray(), reader.CommandLine.ToArray());
    }

    [Fact]
    public void A_damaged_archive_is_refused_with_its_reason()
    {
        byte[] archive = Write([], [Module("init", 0x401000, (0x400000, [1], 4096))], "");
        Assert.Equal("boot archive shorter than its header", BootArchiveReader.Open(archive.AsSpan(0, 10), out _));
        byte[] badMagic = (byte[])archive.Clone();
        badMagic[0] ^= 1;
        Assert.Equal("boot archive has the wrong magic number", BootArchiveReader.Open(badMagic, out _));
        byte[] truncated = archive.AsSpan(0, archive.Length - 4096).ToArray();
        Assert.Equal("boot archive header is inconsistent", BootArchiveReader.Open(truncated, out _));
        byte[] badSegment = (byte[])archive.Clone();
        // The module's one segment header: make its file range run past the end.
        int segmentTable = (int)BitConverter.ToUInt64(badSegment, 24) + 48;
        BitConverter.TryWriteBytes(badSegment.AsSpan(segmentTable + 16), ulong.MaxValue);
        Assert.Equal("a module segment is malformed", BootArchiveReader.Open(badSegment, out _));
    }
}
