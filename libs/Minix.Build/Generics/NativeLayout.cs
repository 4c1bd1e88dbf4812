using Minix.Build.Elf;

namespace Minix.Build.Generics;

/// <summary>
/// Reads the part of ILC's native layout (NativeFormat) the generic-virtual-method table needs: the generic methods
/// template map (which shared generic method has a template, and whether its template has a dictionary layout with
/// cells, which only a run-time type loader could fill). The encoding is ILC's: variable-length unsigned integers,
/// hashtables of relative offsets, bags of (kind, value) pairs; see NativeFormat in the .NET runtime.
/// </summary>
public static class NativeLayout
{
    private const string LayoutSymbol = "__nativelayoutinfo";
    private const string TemplateMapSymbol = "__GenericMethodsTemplateMap";
    private const string NativeReferencesSymbol = "__external_NativeReferences_references";
    private const uint DictionaryLayoutKind = 64;

    /// <summary>
    /// The shared generic methods that have a template, by their code symbol, with the number of cells their
    /// dictionary needs (0: the code uses no dictionary).
    /// </summary>
    /// <param name="obj">The ILC object.</param>
    /// <returns>Cells per code symbol.</returns>
    public static Dictionary<string, int> TemplateDictionaryCells(ElfObject obj)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var layout = Blob(obj, LayoutSymbol);
        var map = Blob(obj, TemplateMapSymbol);
        var references = Blob(obj, NativeReferencesSymbol);
        if (layout is null || map is null || references is null)
            return result;
        foreach (var entry in HashtableEntries(map.Value))
        {
            var parser = entry;
            uint methodOffset = parser.Unsigned();
            uint template = parser.Unsigned();
            var method = new Parser(layout.Value, methodOffset);
            uint flags = method.Unsigned();
            if ((flags & 4) == 0)
                continue;
            uint pointerIndex = method.Unsigned();
            string? code = ReferenceAt(obj, references.Value, pointerIndex);
            if (code is null || template == uint.MaxValue)
                continue;
            result[code] = DictionaryCells(layout.Value, template);
        }

        return result;
    }

    // The cell count of a method template's dictionary layout (its bag's DictionaryLayout element), 0 if it has none.
    private static int DictionaryCells(Region layout, uint template)
    {
        var bag = new Parser(layout, template);
        while (true)
        {
            uint kind = bag.Unsigned();
            if (kind == 0)
                return 0;
            if (kind == DictionaryLayoutKind)
            {
                var cells = bag.RelativeParser();
                return (int)cells.Unsigned();
            }

            bag.Unsigned();
        }
    }

    // The symbol the index-th 32-bit entry of an external references table refers to.
    private static string? ReferenceAt(ElfObject obj, Region table, uint index)
    {
        ulong offset = table.Offset + index * 4;
        foreach (var relocation in table.Section.Relocations)
        {
            if (relocation.Offset == offset)
                return obj.Symbols[relocation.SymbolIndex].Name;
        }

        return null;
    }

    // Every entry of a NativeFormat hashtable, as a parser at the entry.
    private static IEnumerable<Parser> HashtableEntries(Region table)
    {
        var header = new Parser(table, 0);
        byte first = header.Byte();
        int bucketBits = first >> 2;
        int indexSize = first & 3;
        uint baseOffset = header.Position;
        uint buckets = 1u << bucketBits;
        for (uint bucket = 0; bucket < buckets; bucket++)
        {
            (uint start, uint end) = indexSize switch
            {
                0 => (table.Byte(baseOffset + bucket), table.Byte(baseOffset + bucket + 1)),
                1 => (table.UInt16(baseOffset + 2 * bucket), table.UInt16(baseOffset + 2 * bucket + 2)),
                _ => (table.UInt32(baseOffset + 4 * bucket), table.UInt32(baseOffset + 4 * bucket + 4)),
            };
            var parser = new Parser(table, baseOffset + start);
            while (parser.Position < baseOffset + end)
            {
                parser.Byte();
                yield return parser.RelativeParser();
            }
        }
    }

    private static Region? Blob(ElfObject obj, string symbol)
    {
        var s = obj.Symbols.FirstOrDefault(x => x.Name == symbol && !x.IsUndefined);
        if (s is null || s.SectionIndex >= obj.Sections.Count || obj.Sections[s.SectionIndex] is not { } section)
            return null;
        return new Region(section, s.Value);
    }

    // Bytes of a section from a blob's start (the blob's offsets are relative to it).
    private readonly record struct Region(ElfSection Section, ulong Offset)
    {
        public byte Byte(uint at) => Section.Data[(int)(Offset + at)];

        public uint UInt16(uint at) => (uint)(Byte(at) | (Byte(at + 1) << 8));

        public uint UInt32(uint at) => UInt16(at) | (UInt16(at + 2) << 16);
    }

    private struct Parser
    {
        private readonly Region _region;

        public Parser(Region region, uint position)
        {
            _region = region;
            Position = position;
        }

        public uint Position { get; private set; }

        public byte Byte() => _region.Byte(Position++);

        // NativeFormat's unsigned: the low bits of the first byte say how many bytes follow.
        public uint Unsigned()
        {
            uint b = Byte();
            if ((b & 1) == 0)
                return b >> 1;
            if ((b & 2) == 0)
                return (b >> 2) | ((uint)Byte() << 6);
            if ((b & 4) == 0)
                return (b >> 3) | ((uint)Byte() << 5) | ((uint)Byte() << 13);
            if ((b & 8) == 0)
                return (b >> 4) | ((uint)Byte() << 4) | ((uint)Byte() << 12) | ((uint)Byte() << 20);
            if ((b & 16) == 0)
                return (uint)Byte() | ((uint)Byte() << 8) | ((uint)Byte() << 16) | ((uint)Byte() << 24);
            throw new InvalidDataException("native layout: unsigned integer too long");
        }

        public int Signed()
        {
            uint b = Byte();
            if ((b & 1) == 0)
                return (sbyte)b >> 1;
            if ((b & 2) == 0)
                return (int)(b >> 2) | ((sbyte)Byte() << 6);
            if ((b & 4) == 0)
                return (int)(b >> 3) | (Byte() << 5) | ((sbyte)Byte() << 13);
            if ((b & 8) == 0)
                return (int)(b >> 4) | (Byte() << 4) | (Byte() << 12) | ((sbyte)Byte() << 20);
            if ((b & 16) == 0)
                return Byte() | (Byte() << 8) | (Byte() << 16) | (Byte() << 24);
            throw new InvalidDataException("native layout: signed integer too long");
        }

        // A parser at the offset this one reads, relative to where the offset starts.
        public Parser RelativeParser()
        {
            uint at = Position;
            int delta = Signed();
            return new Parser(_region, (uint)(at + delta));
        }
    }
}
