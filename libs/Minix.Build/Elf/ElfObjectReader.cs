using System.Buffers.Binary;
using System.Text;

namespace Minix.Build.Elf;

/// <summary>Reads ELF64 little-endian x86-64 relocatable objects (ET_REL): section headers, the symbol table
/// and RELA relocation sections. Anything else is an <see cref="ElfFormatException"/> naming the file and offset.</summary>
public static class ElfObjectReader
{
    private const ushort RelocatableType = 1;
    private const ushort MachineX86_64 = 62;
    private const uint SymbolTableType = 2;
    private const uint RelaType = 4;
    private const uint RelType = 9;

    /// <summary>Reads an object file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ElfFormatException">The file is not a valid object.</exception>
    public static ElfObject Read(string path) => Read(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>Reads an object file from memory.</summary>
    /// <param name="image">The file contents.</param>
    /// <param name="name">The name used in errors.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ElfFormatException">The bytes are not a valid object.</exception>
    public static ElfObject Read(byte[] image, string name)
    {
        var file = new Cursor(image, name);
        if (image.Length < 64 || image[0] != 0x7F || image[1] != (byte)'E' || image[2] != (byte)'L' || image[3] != (byte)'F')
            throw new ElfFormatException(name, "not an ELF file (bad magic)");
        if (image[4] != 2 || image[5] != 1)
            throw new ElfFormatException(name, "not a 64-bit little-endian ELF file");
        if (file.U16(16) != RelocatableType)
            throw new ElfFormatException(name, $"not a relocatable object (e_type {file.U16(16)}, expected ET_REL)");
        if (file.U16(18) != MachineX86_64)
            throw new ElfFormatException(name, $"not an x86-64 object (e_machine {file.U16(18)})");

        ulong sectionTable = file.U64(40);
        int headerSize = file.U16(58);
        int count = file.U16(60);
        int namesIndex = file.U16(62);
        if (headerSize < 64 || count == 0 || namesIndex >= count)
            throw new ElfFormatException(name, "bad section header table");

        var headers = new RawSection[count];
        for (int i = 0; i < count; i++)
            headers[i] = RawSection.Read(file, checked((int)sectionTable + i * headerSize));
        byte[] names = file.Slice(headers[namesIndex].Offset, headers[namesIndex].Size, "section name table");

        var sections = new ElfSection?[count];
        for (int i = 1; i < count; i++)
        {
            var raw = headers[i];
            string sectionName = CString(names, raw.NameOffset);
            byte[] data = raw.Type == ElfSection.NoBits ? Array.Empty<byte>() : file.Slice(raw.Offset, raw.Size, $"section {sectionName}");
            sections[i] = new ElfSection(i, sectionName, raw.Type, (ElfSectionFlags)raw.Flags, raw.Alignment, raw.Size, data);
        }

        var symbols = new List<ElfSymbol>();
        int symbolTable = Array.FindIndex(headers, h => h.Type == SymbolTableType);
        if (symbolTable > 0)
        {
            var raw = headers[symbolTable];
            byte[] strings = file.Slice(headers[raw.Link].Offset, headers[raw.Link].Size, "symbol name table");
            int entries = checked((int)(raw.Size / 24));
            for (int i = 0; i < entries; i++)
            {
                int at = checked((int)raw.Offset + i * 24);
                byte info = file.U8(at + 4);
                int sectionIndex = file.U16(at + 6);
                var type = (ElfSymbolType)(info & 0xF);
                string symbolName = CString(strings, file.U32(at));
                if (type == ElfSymbolType.Section && sectionIndex > 0 && sectionIndex < count)
                    symbolName = sections[sectionIndex]!.Name;
                if (sectionIndex >= count && sectionIndex < 0xFF00)
                    throw new ElfFormatException(name, $"symbol {i} '{symbolName}' names section {sectionIndex}, beyond the {count} sections");
                if (sectionIndex == 0xFFFF)
                    throw new ElfFormatException(name, $"symbol {i} '{symbolName}' uses extended section indices (SHN_XINDEX), which are not supported");
                symbols.Add(new ElfSymbol(i, symbolName, file.U64(at + 8), file.U64(at + 16), sectionIndex, (ElfSymbolBinding)(info >> 4), type));
            }
        }

        for (int i = 1; i < count; i++)
        {
            var raw = headers[i];
            if (raw.Type == RelType)
                throw new ElfFormatException(name, $"section {sections[i]!.Name} uses REL relocations; only RELA is supported");
            if (raw.Type != RelaType)
                continue;
            if (raw.Info == 0 || raw.Info >= count)
                throw new ElfFormatException(name, $"relocation section {sections[i]!.Name} targets no valid section");
            var target = sections[raw.Info]!;
            int entries = checked((int)(raw.Size / 24));
            for (int r = 0; r < entries; r++)
            {
                int at = checked((int)raw.Offset + r * 24);
                ulong info = file.U64(at + 8);
                int symbol = (int)(info >> 32);
                if (symbol >= symbols.Count)
                    throw new ElfFormatException(name, $"relocation {r} of {sections[i]!.Name} names symbol {symbol}, beyond the symbol table");
                target.Relocations.Add(new ElfRelocation(file.U64(at), (RelocationKind)(uint)info, symbol, (long)file.U64(at + 16)));
            }
        }

        return new ElfObject(name, sections, symbols);
    }

    private static string CString(byte[] table, uint offset)
    {
        if (offset >= table.Length)
            return "";
        int end = Array.IndexOf(table, (byte)0, (int)offset);
        return Encoding.UTF8.GetString(table, (int)offset, (end < 0 ? table.Length : end) - (int)offset);
    }

    private readonly record struct RawSection(uint NameOffset, uint Type, ulong Flags, ulong Offset, ulong Size, int Link, int Info, ulong Alignment)
    {
        public static RawSection Read(Cursor file, int at) => new(
            file.U32(at), file.U32(at + 4), file.U64(at + 8), file.U64(at + 24), file.U64(at + 32),
            (int)file.U32(at + 40), (int)file.U32(at + 44), file.U64(at + 48));
    }

    private readonly struct Cursor(byte[] image, string name)
    {
        public byte U8(int at) => Span(at, 1)[0];

        public ushort U16(int at) => BinaryPrimitives.ReadUInt16LittleEndian(Span(at, 2));

        public uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(Span(at, 4));

        public ulong U64(int at) => BinaryPrimitives.ReadUInt64LittleEndian(Span(at, 8));

        public byte[] Slice(ulong offset, ulong size, string what)
        {
            if (offset > (ulong)image.Length || size > (ulong)image.Length - offset)
                throw new ElfFormatException(name, $"{what} at offset 0x{offset:x} (size 0x{size:x}) runs past the end of the file");
            return image.AsSpan((int)offset, (int)size).ToArray();
        }

        private ReadOnlySpan<byte> Span(int at, int length)
        {
            if (at < 0 || at + length > image.Length)
                throw new ElfFormatException(name, $"read of {length} bytes at offset 0x{at:x} runs past the end of the file");
            return image.AsSpan(at, length);
        }
    }
}
