using System.Buffers.Binary;
using Minix.Build.Linking;

namespace Minix.Build.Elf;

/// <summary>Writes a linked image as a static ELF64 executable (ET_EXEC): one PT_LOAD per segment, a
/// non-executable stack, and where the image has a source map, a header that says where it is loaded. This is the
/// <c>minix run</c> target's output and the image's /bin programs; boot images use the segments directly.</summary>
public static class ElfExecutableWriter
{
    /// <summary>
    /// The program header type (in the OS-specific range) whose address and memory size are the loaded source map's
    /// (<see cref="Debugging.SourceMapWriter"/>): the process manager reads it to name the C# method and line of a
    /// fault that ends a program. Other loaders ignore it.
    /// </summary>
    public const uint SourceMapHeaderType = 0x6D696E78;

    private const int HeaderSize = 64;
    private const int ProgramHeaderSize = 56;

    /// <summary>Encodes the image.</summary>
    /// <param name="image">The linked image.</param>
    /// <param name="pageSize">The page size segments are aligned to.</param>
    /// <returns>The file bytes.</returns>
    public static byte[] Write(LinkedImage image, ulong pageSize = 4096)
    {
        MapEntry? map = image.Symbols.Find(Stubs.RuntimeConfigurationStubs.SourceMapSymbol);
        int headers = image.Segments.Count + (map is null ? 1 : 2);
        ulong offset = pageSize;
        var fileOffsets = new List<ulong>();
        foreach (var segment in image.Segments)
        {
            // p_offset must equal p_vaddr modulo the page size.
            offset = (offset + pageSize - 1) & ~(pageSize - 1);
            offset += segment.VirtualAddress & (pageSize - 1);
            fileOffsets.Add(offset);
            offset += (ulong)segment.Data.Length;
        }

        var file = new byte[offset];
        var span = file.AsSpan();
        span[0] = 0x7F;
        span[1] = (byte)'E';
        span[2] = (byte)'L';
        span[3] = (byte)'F';
        span[4] = 2;
        span[5] = 1;
        span[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(span[16..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(span[18..], 62);
        BinaryPrimitives.WriteUInt32LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(span[24..], image.EntryPoint);
        BinaryPrimitives.WriteUInt64LittleEndian(span[32..], HeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[52..], HeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[54..], ProgramHeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[56..], (ushort)headers);
        BinaryPrimitives.WriteUInt16LittleEndian(span[58..], 64);

        for (int i = 0; i < image.Segments.Count; i++)
        {
            var segment = image.Segments[i];
            var header = span.Slice(HeaderSize + i * ProgramHeaderSize, ProgramHeaderSize);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 1);
            BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)segment.Permissions);
            BinaryPrimitives.WriteUInt64LittleEndian(header[8..], fileOffsets[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(header[16..], segment.VirtualAddress);
            BinaryPrimitives.WriteUInt64LittleEndian(header[24..], segment.VirtualAddress);
            BinaryPrimitives.WriteUInt64LittleEndian(header[32..], (ulong)segment.Data.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(header[40..], segment.MemorySize);
            BinaryPrimitives.WriteUInt64LittleEndian(header[48..], pageSize);
            segment.Data.CopyTo(span[(int)fileOffsets[i]..]);
        }

        var stack = span.Slice(HeaderSize + image.Segments.Count * ProgramHeaderSize, ProgramHeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(stack, 0x6474E551);
        BinaryPrimitives.WriteUInt32LittleEndian(stack[4..], (uint)(SegmentPermissions.Read | SegmentPermissions.Write));
        BinaryPrimitives.WriteUInt64LittleEndian(stack[48..], 16);
        if (map is not null)
        {
            var where = span.Slice(HeaderSize + (image.Segments.Count + 1) * ProgramHeaderSize, ProgramHeaderSize);
            BinaryPrimitives.WriteUInt32LittleEndian(where, SourceMapHeaderType);
            BinaryPrimitives.WriteUInt32LittleEndian(where[4..], (uint)SegmentPermissions.Read);
            BinaryPrimitives.WriteUInt64LittleEndian(where[16..], map.Address);
            BinaryPrimitives.WriteUInt64LittleEndian(where[24..], map.Address);
            BinaryPrimitives.WriteUInt64LittleEndian(where[40..], map.Size);
            BinaryPrimitives.WriteUInt64LittleEndian(where[48..], 8);
        }

        return file;
    }
}
