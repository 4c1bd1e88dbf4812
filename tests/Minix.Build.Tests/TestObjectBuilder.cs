using System.Buffers.Binary;
using System.Text;
using Minix.Build.Elf;

namespace Minix.Build.Tests;

/// <summary>Writes small ELF64 relocatable objects for linker tests: one .text, one .data, symbols and RELA entries.</summary>
internal sealed class TestObjectBuilder
{
    private readonly List<(string Name, int Section, ulong Value, ulong Size, bool Global, bool Function)> _symbols = new();
    private readonly List<(int Section, ulong Offset, uint Type, string Symbol, long Addend)> _relocations = new();

    public byte[] Text { get; set; } = Array.Empty<byte>();

    public byte[] Data { get; set; } = Array.Empty<byte>();

    public byte[] ThreadData { get; set; } = Array.Empty<byte>();

    public const int TextSection = 1;
    public const int DataSection = 2;
    public const int ThreadDataSection = 3;

    public TestObjectBuilder Define(string name, int section, ulong value, ulong size = 0, bool global = true, bool function = true)
    {
        _symbols.Add((name, section, value, size, global, function));
        return this;
    }

    public TestObjectBuilder Undefined(string name)
    {
        _symbols.Add((name, 0, 0, 0, true, false));
        return this;
    }

    public TestObjectBuilder Relocate(int section, ulong offset, RelocationKind kind, string symbol, long addend = 0)
    {
        _relocations.Add((section, offset, (uint)kind, symbol, addend));
        return this;
    }

    public ElfObject Build(string name) => ElfObjectReader.Read(Bytes(), name);

    public byte[] Bytes()
    {
        // Sections: 0 null, 1 .text, 2 .data, 3 .tdata, 4 .rela.text, 5 .rela.data, 6 .symtab, 7 .strtab, 8 .shstrtab
        var shstr = new StringTable();
        var str = new StringTable();
        string[] names = { "", ".text", ".data", ".tdata", ".rela.text", ".rela.data", ".symtab", ".strtab", ".shstrtab" };
        var nameOffsets = names.Select(shstr.Add).ToArray();

        var ordered = _symbols.Where(s => !s.Global).Concat(_symbols.Where(s => s.Global)).ToList();
        int firstGlobal = 1 + _symbols.Count(s => !s.Global);
        var symtab = new byte[24 * (ordered.Count + 1)];
        for (int i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            var e = symtab.AsSpan(24 * (i + 1), 24);
            BinaryPrimitives.WriteUInt32LittleEndian(e, str.Add(s.Name));
            e[4] = (byte)(((s.Global ? 1 : 0) << 4) | (s.Section == 0 ? 0 : s.Function ? 2 : 1));
            BinaryPrimitives.WriteUInt16LittleEndian(e[6..], (ushort)s.Section);
            BinaryPrimitives.WriteUInt64LittleEndian(e[8..], s.Value);
            BinaryPrimitives.WriteUInt64LittleEndian(e[16..], s.Size);
        }

        byte[] Rela(int section)
        {
            var list = _relocations.Where(r => r.Section == section).ToList();
            var bytes = new byte[24 * list.Count];
            for (int i = 0; i < list.Count; i++)
            {
                var r = list[i];
                int symbol = 1 + ordered.FindIndex(s => s.Name == r.Symbol);
                var e = bytes.AsSpan(24 * i, 24);
                BinaryPrimitives.WriteUInt64LittleEndian(e, r.Offset);
                BinaryPrimitives.WriteUInt64LittleEndian(e[8..], ((ulong)symbol << 32) | r.Type);
                BinaryPrimitives.WriteInt64LittleEndian(e[16..], r.Addend);
            }

            return bytes;
        }

        var contents = new[] { Array.Empty<byte>(), Text, Data, ThreadData, Rela(TextSection), Rela(DataSection), symtab, str.Bytes(), shstr.Bytes() };
        var output = new MemoryStream();
        output.Write(new byte[64]);
        var offsets = new long[contents.Length];
        for (int i = 1; i < contents.Length; i++)
        {
            while (output.Length % 8 != 0)
                output.WriteByte(0);
            offsets[i] = output.Length;
            output.Write(contents[i]);
        }

        while (output.Length % 8 != 0)
            output.WriteByte(0);
        long sectionTable = output.Length;
        uint[] types = { 0, 1, 1, 1, 4, 4, 2, 3, 3 };
        ulong[] flags = { 0, 0x6, 0x3, 0x403, 0x40, 0x40, 0, 0, 0 };
        for (int i = 0; i < contents.Length; i++)
        {
            var h = new byte[64];
            BinaryPrimitives.WriteUInt32LittleEndian(h, nameOffsets[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(4), types[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(h.AsSpan(8), flags[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(h.AsSpan(24), (ulong)offsets[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(h.AsSpan(32), (ulong)contents[i].Length);
            uint link = i is 4 or 5 ? 6u : i == 6 ? 7u : 0u;
            uint info = i == 4 ? 1u : i == 5 ? 2u : i == 6 ? (uint)firstGlobal : 0u;
            BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(40), link);
            BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(44), info);
            BinaryPrimitives.WriteUInt64LittleEndian(h.AsSpan(48), i is 1 ? 16u : 8u);
            BinaryPrimitives.WriteUInt64LittleEndian(h.AsSpan(56), i is 4 or 5 or 6 ? 24u : 0u);
            output.Write(h);
        }

        var file = output.ToArray();
        var header = file.AsSpan(0, 64);
        header[0] = 0x7F;
        header[1] = (byte)'E';
        header[2] = (byte)'L';
        header[3] = (byte)'F';
        header[4] = 2;
        header[5] = 1;
        header[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(header[16..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header[18..], 62);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(header[40..], (ulong)sectionTable);
        BinaryPrimitives.WriteUInt16LittleEndian(header[52..], 64);
        BinaryPrimitives.WriteUInt16LittleEndian(header[58..], 64);
        BinaryPrimitives.WriteUInt16LittleEndian(header[60..], (ushort)contents.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[62..], 8);
        return file;
    }

    private sealed class StringTable
    {
        private readonly MemoryStream _bytes = new();

        public StringTable() => _bytes.WriteByte(0);

        public uint Add(string s)
        {
            if (s.Length == 0)
                return 0;
            uint at = (uint)_bytes.Length;
            _bytes.Write(Encoding.UTF8.GetBytes(s));
            _bytes.WriteByte(0);
            return at;
        }

        public byte[] Bytes() => _bytes.ToArray();
    }
}
