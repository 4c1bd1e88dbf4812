using System.Buffers.Binary;
using System.Text;
using Minix.Build.Elf;
using Minix.Build.Linking;

namespace Minix.Build.Debugging;

/// <summary>
/// C# file:line for addresses of a linked image, from the DWARF 4 <c>.debug_line</c> ILC writes with <c>-g</c>.
/// The object's section-relative addresses are rebased onto where the linker placed those sections.
/// </summary>
public sealed class SourceLineMap
{
    private readonly List<SourceLine> _rows;

    private SourceLineMap(List<SourceLine> rows) => _rows = rows;

    /// <summary>Every row, by address.</summary>
    public IReadOnlyList<SourceLine> Rows => _rows;

    /// <summary>Reads the line table of <paramref name="obj"/> as placed in <paramref name="image"/>.</summary>
    /// <param name="obj">The object ILC wrote (with -g).</param>
    /// <param name="image">The image it was linked into.</param>
    /// <returns>The map (empty if the object has no line table).</returns>
    /// <exception cref="ElfFormatException">The line table is not DWARF 2-4, or is malformed.</exception>
    public static SourceLineMap Read(ElfObject obj, LinkedImage image)
    {
        var section = obj.FindSection(".debug_line");
        if (section is null)
            return new SourceLineMap(new List<SourceLine>());
        byte[] data = (byte[])section.Data.Clone();
        foreach (var relocation in section.Relocations.Where(r => r.Kind == RelocationKind.Absolute64))
        {
            var symbol = obj.Symbols[relocation.SymbolIndex];
            var placed = image.Sections.FirstOrDefault(p => p.Object == obj.Name && p.SectionIndex == symbol.SectionIndex);
            if (placed is null)
                continue;
            ulong value = placed.Address + (symbol.Type == ElfSymbolType.Section ? 0 : symbol.Value) + (ulong)relocation.Addend;
            BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan((int)relocation.Offset), value);
        }

        var rows = new List<SourceLine>();
        int offset = 0;
        while (offset + 4 <= data.Length)
            offset = ReadUnit(data, offset, rows, obj.Name);
        rows.Sort((a, b) => a.Address.CompareTo(b.Address));
        return new SourceLineMap(rows);
    }

    /// <summary>The source line of the code at <paramref name="address"/>, or null.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The row or null.</returns>
    public SourceLine? Find(ulong address)
    {
        int lo = 0, hi = _rows.Count - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_rows[mid].Address <= address)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best < 0 || _rows[best].EndOfSequence ? null : _rows[best];
    }

    private static int ReadUnit(byte[] data, int start, List<SourceLine> rows, string file)
    {
        var r = new Reader(data, start, file);
        uint length = r.U32();
        if (length == 0xFFFFFFFF)
            throw new ElfFormatException(file, ".debug_line uses 64-bit DWARF, which is not supported");
        int end = r.Position + (int)length;
        ushort version = r.U16();
        if (version < 2 || version > 4)
            throw new ElfFormatException(file, $".debug_line version {version} at offset 0x{start:x} (DWARF 2-4 supported)");
        uint headerLength = r.U32();
        int program = r.Position + (int)headerLength;
        byte minInstruction = r.U8();
        if (version >= 4)
            r.U8();
        r.U8();
        sbyte lineBase = (sbyte)r.U8();
        byte lineRange = r.U8();
        byte opcodeBase = r.U8();
        var standardLengths = new byte[opcodeBase];
        for (int i = 1; i < opcodeBase; i++)
            standardLengths[i] = r.U8();
        var directories = new List<string> { "" };
        for (string d = r.CString(); d.Length > 0; d = r.CString())
            directories.Add(d);
        var files = new List<string> { "" };
        for (string f = r.CString(); f.Length > 0; f = r.CString())
        {
            int dir = (int)r.Uleb();
            r.Uleb();
            r.Uleb();
            files.Add(dir > 0 && dir < directories.Count ? directories[dir] + "/" + f : f);
        }

        r.Position = program;
        ulong address = 0;
        int fileIndex = 1, line = 1;
        void Emit(bool endOfSequence) => rows.Add(new SourceLine(address, fileIndex < files.Count ? files[fileIndex] : "?", line, endOfSequence));

        while (r.Position < end)
        {
            byte op = r.U8();
            if (op >= opcodeBase)
            {
                int adjusted = op - opcodeBase;
                address += (ulong)(adjusted / lineRange * minInstruction);
                line += lineBase + adjusted % lineRange;
                Emit(false);
                continue;
            }

            switch (op)
            {
                case 0:
                    int size = (int)r.Uleb();
                    int next = r.Position + size;
                    byte sub = r.U8();
                    if (sub == 1)
                    {
                        Emit(true);
                        address = 0;
                        fileIndex = 1;
                        line = 1;
                    }
                    else if (sub == 2)
                    {
                        address = r.U64();
                    }

                    r.Position = next;
                    break;
                case 1: Emit(false); break;
                case 2: address += r.Uleb() * minInstruction; break;
                case 3: line += (int)r.Sleb(); break;
                case 4: fileIndex = (int)r.Uleb(); break;
                case 8: address += (ulong)((255 - opcodeBase) / lineRange * minInstruction); break;
                case 9: address += r.U16(); break;
                default:
                    for (int i = 0; i < standardLengths[op]; i++)
                        r.Uleb();
                    break;
            }
        }

        return end;
    }

    private sealed class Reader(byte[] data, int position, string file)
    {
        public int Position { get; set; } = position;

        public byte U8() => Bytes(1)[0];

        public ushort U16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));

        public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

        public ulong U64() => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8));

        public ulong Uleb()
        {
            ulong result = 0;
            for (int shift = 0; ; shift += 7)
            {
                byte b = U8();
                result |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                    return result;
            }
        }

        public long Sleb()
        {
            long result = 0;
            int shift = 0;
            byte b;
            do
            {
                b = U8();
                result |= (long)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return shift < 64 && (b & 0x40) != 0 ? result | (-1L << shift) : result;
        }

        public string CString()
        {
            int end = Array.IndexOf(data, (byte)0, Position);
            if (end < 0)
                throw new ElfFormatException(file, $".debug_line string at offset 0x{Position:x} is not terminated");
            string s = Encoding.UTF8.GetString(data, Position, end - Position);
            Position = end + 1;
            return s;
        }

        private ReadOnlySpan<byte> Bytes(int count)
        {
            if (Position + count > data.Length)
                throw new ElfFormatException(file, $".debug_line read past its end at offset 0x{Position:x}");
            var span = data.AsSpan(Position, count);
            Position += count;
            return span;
        }
    }
}
