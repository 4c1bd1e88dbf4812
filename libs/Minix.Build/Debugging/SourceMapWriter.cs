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
/// Little endian: a 32-byte header (magic "MXSM", method count, line count, type count, string bytes, generic
/// virtual method count, the 64-bit base every offset is relative to); methods as (start offset, name offset) pairs
/// of u32, sorted; lines as (start offset, file-name offset, line) triples of u32, sorted, line 0 ending a run of
/// code; types as (MethodTable offset, name offset) pairs, sorted; generic virtual methods as (method handle offset,
/// receiver MethodTable offset, code offset, dictionary offset, flags, message offset) rows of u32 sorted by handle
/// then type (flags: 1 shared code, called with the dictionary; 2 no call possible, the message says why); then
/// NUL-terminated UTF-8 strings.
/// </remarks>
public static class SourceMapWriter
{
    /// <summary>"MXSM" read as a little-endian u32.</summary>
    public const uint Magic = 0x4D53584D;

    private const int HeaderSize = 32;

    // Start-up code a stack trace leaves out, as .NET's does (named with an empty name in the map).
    private static readonly HashSet<string> HiddenFrames = new(StringComparer.Ordinal) { Stubs.ProgramStubs.ManagedMainSymbol };

    /// <summary>Writes the map of <paramref name="image"/>.</summary>
    /// <param name="image">The linked image.</param>
    /// <param name="objectFile">The ILC object it was linked from (read for its line table).</param>
    /// <param name="assemblies">The image assemblies, as paths (read for their metadata) or simple names (which ILC
    /// puts in front of every symbol).</param>
    /// <returns>The bytes.</returns>
    public static byte[] Write(LinkedImage image, string objectFile, IEnumerable<string> assemblies)
    {
        var list = assemblies.ToList();
        using var mangling = new IlcMangling(list.Where(File.Exists));
        var names = new ManagedSymbolNames(list.Select(a => File.Exists(a) ? Path.GetFileNameWithoutExtension(a) : a), mangling);
        ulong baseAddress = image.Start;
        var strings = new StringTable();
        var methods = image.Symbols.Entries
            .Where(e => e.Kind == SymbolKind.Function && e.Address >= baseAddress)
            .GroupBy(e => e.Address)
            .Select(g => (Offset: (uint)(g.Key - baseAddress), Name: strings.Add(HiddenFrames.Contains(g.First().Name) ? "" : names.Method(g.First().Name))))
            .ToList();
        var types = image.Symbols.Entries
            .Where(e => e.Kind == SymbolKind.Data && e.Address >= baseAddress && names.Type(e.Name) is not null)
            .GroupBy(e => e.Address)
            .Select(g => (Offset: (uint)(g.Key - baseAddress), Name: strings.Add(names.Type(g.First().Name)!)))
            .ToList();
        var virtuals = GenericVirtualRows(image, objectFile, mangling, names, strings, baseAddress);
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
        var bytes = new byte[HeaderSize + methods.Count * 8 + lines.Count * 12 + types.Count * 8 + virtuals.Count * 24 + text.Length];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)methods.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)lines.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)types.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], (uint)text.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[20..], (uint)virtuals.Count);
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

        foreach (var row in virtuals)
        {
            for (int k = 0; k < 6; k++)
                BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4 * k)..], row[k]);
            at += 24;
        }

        text.CopyTo(span[at..]);
        return bytes;
    }

    // The generic-virtual-method table's rows, sorted by handle then receiver type.
    private static List<uint[]> GenericVirtualRows(LinkedImage image, string objectFile, IlcMangling mangling, ManagedSymbolNames names, StringTable strings, ulong baseAddress)
    {
        var rows = new List<uint[]>();
        uint Offset(string? symbol) => symbol is not null && image.Symbols.Find(symbol) is { } entry && entry.Address >= baseAddress ? (uint)(entry.Address - baseAddress) : 0;
        foreach (var e in Generics.GenericVirtualMethods.Resolve(ElfObjectReader.Read(objectFile), mangling))
        {
            uint handle = Offset(e.Handle), type = Offset(e.Type);
            if (handle == 0 || type == 0)
                continue;
            uint code = Offset(e.Code);
            uint flags = (e.Shared ? 1u : 0u) | (code == 0 ? 2u : 0u);
            uint message = 0;
            if (code == 0)
            {
                string method = names.Method(e.Handle["__RuntimeMethodHandle_".Length..]);
                message = strings.Add($"the generic virtual method {method} cannot be called on {names.Type(e.Type) ?? e.Type}: {e.Problem ?? "its code is missing"}");
            }

            rows.Add(new[] { handle, type, code, Offset(e.Dictionary), flags, message });
        }

        rows.Sort((a, b) => a[0] != b[0] ? a[0].CompareTo(b[0]) : a[1].CompareTo(b[1]));
        return rows;
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
