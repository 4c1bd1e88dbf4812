using System.Text.RegularExpressions;

namespace Minix.Build.Debugging;

/// <summary>
/// Turns ILC's symbols back into C# names for people: <c>Minix_Build_Corpus_Minix_Build_Corpus_Faults__Throw</c>
/// (assembly, namespace and type, two underscores, method) becomes <c>Minix.Build.Corpus.Faults.Throw</c>, and a
/// MethodTable's <c>_ZTV46Minix_Runtime_System_InvalidOperationException</c> becomes
/// <c>System.InvalidOperationException</c>. ILC joins names with underscores, so the result is a reading, not an
/// inverse: an underscore in an identifier turns into a dot.
/// </summary>
public sealed partial class ManagedSymbolNames
{
    private readonly List<string> _assemblyPrefixes;

    /// <summary>Creates the reader for images built from <paramref name="assemblyNames"/>.</summary>
    /// <param name="assemblyNames">Simple assembly names (Minix.Runtime, the project's, its references').</param>
    public ManagedSymbolNames(IEnumerable<string> assemblyNames) =>
        _assemblyPrefixes = assemblyNames.Select(a => a.Replace('.', '_') + "_").Distinct().OrderByDescending(p => p.Length).ToList();

    /// <summary>The readable name of a method symbol.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns><c>Namespace.Type.Method</c>, or the symbol itself if it is not a managed method.</returns>
    public string Method(string symbol)
    {
        int split = Separator(symbol);
        if (split <= 0)
            return symbol;
        string method = symbol[(split + 2)..];
        if (method is "_ctor" or "_cctor")
            method = "." + method[1..];
        return TypePart(symbol[..split]) + "." + Generics(method);
    }

    // The first "__" outside angle brackets: generic arguments may contain their own (System___Canon).
    private static int Separator(string symbol)
    {
        int depth = 0;
        for (int i = 0; i + 1 < symbol.Length; i++)
        {
            char c = symbol[i];
            if (c == '<')
                depth++;
            else if (c == '>')
                depth--;
            else if (depth == 0 && c == '_' && symbol[i + 1] == '_' && i > 0)
                return i;
        }

        return -1;
    }

    /// <summary>The readable name of a MethodTable symbol, or null if <paramref name="symbol"/> is not one.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns><c>Namespace.Type</c> or null.</returns>
    public string? Type(string symbol)
    {
        var match = MethodTableSymbol().Match(symbol);
        return match.Success ? TypePart(match.Groups[1].Value) : null;
    }

    private string TypePart(string mangled)
    {
        if (mangled.StartsWith("__Array<", StringComparison.Ordinal) && mangled.EndsWith('>'))
            return TypePart(mangled[8..^1]) + "[]";
        foreach (string prefix in _assemblyPrefixes)
        {
            if (mangled.StartsWith(prefix, StringComparison.Ordinal))
            {
                mangled = mangled[prefix.Length..];
                break;
            }
        }

        return Generics(mangled.Replace('_', '.'));
    }

    // `List_1<Int32>` and `List.1<Int32>` read as `List<Int32>`; shared code's `System___Canon` as `__Canon`.
    private static string Generics(string name) => ArityMarker().Replace(name.Replace("System___Canon", "__Canon"), "<");

    [GeneratedRegex(@"^_ZTV\d+(.+)$")]
    private static partial Regex MethodTableSymbol();

    [GeneratedRegex(@"[._]\d+<")]
    private static partial Regex ArityMarker();
}
