using System.Buffers.Binary;
using System.Text;
using Minix.Build.Elf;
using Minix.Build.Linking;

namespace Minix.Build.Debugging;

/// <summary>
/// The source map a program carries so that its runtime can print an unhandled exception's stack as C# methods
/// with file:line, with no tool beside it: each function's readable name and the line table, from the linked
/// symbol map and ILC's DWARF. Minix.Runtime's <c>Minix.Runtime.Exceptions.SourceMap</c> reads the same layout.
/// </summary>
/// <remarks>
/// Little endian: a 32-byte header (magic "MXSM", method count, line count, type count, string bytes, padding,
/// the 64-bit base every offset is relative to); methods as (start offset, name offset) pairs of u32, sorted; lines
/// as (start offset, file-name offset, line) triples of u32, sorted, line 0 ending a run of code; types as
/// (MethodTable offset, name offset) pairs, sorted; then NUL-terminated UTF-8 strings.
/// </remarks>
public static class SourceMapWriter
{
    /// <summary>"MXSM" read as a little-endian u32.</summary>
    public const uint Magic = 0x4D53584D;

    private const int HeaderSize = 32;

    /// <summary>Writes the map of <paramref name="image"/>.</summary>
    /// <param name="image">The linked image.</param>
    /// <param name="objectFile">The ILC object it was linked from (read for its line table).</param>
    /// <param name="assemblyNames">The simple names of the image assemblies, which ILC puts in front of every symbol.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Write(LinkedImage image, string objectFile, IEnumerable<string> assemblyNames)
    {
        var names = new ManagedSymbolNames(assemblyNames);
        ulong baseAddress = image.Start;
        var strings = new StringTable();
        var methods = image.Symbols.Entries
            .Where(e => e.Kind == SymbolKind.Function && e.Address >= baseAddress)
            .GroupBy(e => e.Address)
            .Select(g => (Offset: (uint)(g.Key - baseAddress), Name: strings.Add(names.Method(g.First().Name))))
            .ToList();
        var types = image.Symbols.Entries
            .Where(e => e.Kind == SymbolKind.Data && e.Address >= baseAddress && names.Type(e.Name) is not null)
            .GroupBy(e => e.Address)
            .Select(g => (Offset: (uint)(g.Key - baseAddress), Name: strings.Add(names.Type(g.First().Name)!)))
            .ToList();
        var lines = new List<(uint Offset, uint File, uint Line)>();
        foreach (var row in SourceLineMap.Read(ElfObjectReader.Read(objectFile), image).Rows)
        {
            if (row.Address < baseAddress)
                continue;
            var entry = ((uint)(row.Address - baseAddress), row.EndOfSequence ? 0u : strings.Add(Path.GetFileName(row.File)), row.EndOfSequence ? 0u : (uint)row.Line);
            if (lines.Count > 0 && lines[^1].Offset == entry.Item1)
                lines[^1] = entry;
            else if (lines.Count == 0 || lines[^1].File != entry.Item2 || lines[^1].Line != entry.Item3)
                lines.Add(entry);
        }

        byte[] text = strings.ToArray();
        var bytes = new byte[HeaderSize + methods.Count * 8 + lines.Count * 12 + types.Count * 8 + text.Length];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)methods.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)lines.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)types.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], (uint)text.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(span[24..], baseAddress);
        int at = HeaderSize;
        foreach (var (offset, name) in methods)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], offset);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4)..], name);
            at += 8;
        }

        foreach (var (offset, file, line) in lines)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], offset);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4)..], file);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 8)..], line);
            at += 12;
        }

        foreach (var (offset, name) in types)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], offset);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4)..], name);
            at += 8;
        }

        text.CopyTo(span[at..]);
        return bytes;
    }

    /// <summary>A map with no methods, lines or types: the placeholder of the first of a program's two links.</summary>
    /// <returns>The bytes.</returns>
    public static byte[] Empty()
    {
        var bytes = new byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
        return bytes;
    }

    private sealed class StringTable
    {
        private readonly Dictionary<string, uint> _offsets = new(StringComparer.Ordinal);
        private readonly MemoryStream _bytes = new();

        public uint Add(string text)
        {
            if (_offsets.TryGetValue(text, out uint offset))
                return offset;
            offset = (uint)_bytes.Length;
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            _bytes.Write(utf8);
            _bytes.WriteByte(0);
            _offsets[text] = offset;
            return offset;
        }

        public byte[] ToArray() => _bytes.ToArray();
    }
}
