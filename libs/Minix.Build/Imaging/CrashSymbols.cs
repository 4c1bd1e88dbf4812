using Minix.Build.Debugging;
using Minix.Build.Elf;
using Minix.Build.Linking;

namespace Minix.Build.Imaging;

/// <summary>
/// What the kernel prints when code crashes: for each address where the C# method or the source line changes, the
/// text "Method (File.cs:line)", from the linked symbol map and ILC's DWARF line table.
/// </summary>
public static class CrashSymbols
{
    /// <summary>The entries for one linked image.</summary>
    /// <param name="image">The linked image.</param>
    /// <param name="objectFile">The ILC object it was linked from (for line numbers).</param>
    /// <returns>Address and text pairs, sorted by address.</returns>
    public static IReadOnlyList<(ulong Address, string Text)> Of(LinkedImage image, string objectFile)
    {
        var entries = new List<(ulong, string)>();
        foreach (MapEntry function in image.Symbols.Entries.Where(e => e.Kind == SymbolKind.Function))
            entries.Add((function.Address, Readable(function.Name)));
        SourceLineMap lines = SourceLineMap.Read(ElfObjectReader.Read(objectFile), image);
        foreach (SourceLine row in lines.Rows.Where(r => !r.EndOfSequence))
        {
            string method = Readable(image.Symbols.FunctionAt(row.Address)?.Name ?? "?");
            entries.Add((row.Address, method + " (" + Path.GetFileName(row.File) + ":" + row.Line + ")"));
        }

        // One entry per address: a line row beats the bare function start at the same address.
        return entries.GroupBy(e => e.Item1).Select(g => g.Last()).OrderBy(e => e.Item1).ToList();
    }

    /// <summary>
    /// ILC's symbol for a method, readable: <c>Minix_DriverKit_Minix_DriverKit_Misbehave__Perform</c> (assembly,
    /// then namespace and type, then method) becomes <c>Minix.DriverKit.Misbehave.Perform</c>.
    /// </summary>
    /// <param name="symbol">The linker symbol.</param>
    /// <returns>The readable name, or the symbol itself if it has no method part.</returns>
    public static string Readable(string symbol)
    {
        int split = symbol.LastIndexOf("__", StringComparison.Ordinal);
        if (split <= 0)
            return symbol;
        string[] parts = symbol[..split].Split('_', StringSplitOptions.RemoveEmptyEntries);
        // The assembly name comes first and usually repeats as the namespace: drop the first copy.
        for (int k = 1; 2 * k < parts.Length; k++)
        {
            if (parts.Take(k).SequenceEqual(parts.Skip(k).Take(k)))
            {
                parts = parts[k..];
                break;
            }
        }

        return string.Join(".", parts) + "." + symbol[(split + 2)..];
    }
}
