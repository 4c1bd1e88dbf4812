using System.Text.RegularExpressions;

namespace Minix.Build.Debugging;

/// <summary>
/// Turns ILC's symbols back into C# names for people: <c>Minix_Build_Corpus_Minix_Build_Corpus_Faults__Throw</c>
/// (assembly, namespace and type, two underscores, method) becomes <c>Minix.Build.Corpus.Faults.Throw</c>, and a
/// MethodTable's <c>_ZTV46Minix_Runtime_System_InvalidOperationException</c> becomes
/// <c>System.InvalidOperationException</c>. ILC joins names with underscores, so the result is a reading, not an
/// inverse: an underscore in an identifier turns into a dot, and the number ILC appends to an overload is dropped.
/// </summary>
public sealed partial class ManagedSymbolNames
{
    private readonly List<string> _assemblyPrefixes;
    private readonly IlcMangling? _mangling;

    /// <summary>Creates the reader for images built from <paramref name="assemblyNames"/>.</summary>
    /// <param name="assemblyNames">Simple assembly names (Minix.Runtime, the project's, its references').</param>
    /// <param name="mangling">ILC's names computed from the assemblies' metadata, which tell nested types and
    /// underscores in names apart (null: read the symbols alone).</param>
    public ManagedSymbolNames(IEnumerable<string> assemblyNames, IlcMangling? mangling = null)
    {
        _assemblyPrefixes = assemblyNames.Select(a => a.Replace('.', '_') + "_").Distinct().OrderByDescending(p => p.Length).ToList();
        _mangling = mangling;
    }

    /// <summary>The readable name of a method symbol.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns><c>Namespace.Type.Method</c>, or the symbol itself if it is not a managed method.</returns>
    public string Method(string symbol)
    {
        int split = Separator(symbol);
        if (split <= 0)
            return symbol;
        string method = OverloadSuffix().Replace(symbol[(split + 2)..], "");
        if (method is "_ctor" or "_cctor")
            method = "." + method[1..];
        return TypePart(symbol[..split]).Replace('+', '.') + "." + Generics(method);
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
        // ILC names the core types briefly (String, Int32) and a primitive's boxed form Boxed_Int32.
        if (mangled.StartsWith("Boxed_", StringComparison.Ordinal))
            mangled = mangled["Boxed_".Length..];
        if (CoreTypes.Contains(mangled))
            return "System." + mangled;
        int open = mangled.IndexOf('<', StringComparison.Ordinal);
        if (_mangling?.Find(open < 0 ? mangled : mangled[..open]) is { } type)
        {
            if (open < 0)
                return type.FullName;
            int arity = type.FullName.IndexOf('`', StringComparison.Ordinal);
            return (arity < 0 ? type.FullName : type.FullName[..arity]) + Generics(mangled[open..].Replace('_', '.'));
        }

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

    private static readonly HashSet<string> CoreTypes = new(StringComparer.Ordinal)
    {
        "Object", "String", "Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64",
        "IntPtr", "UIntPtr", "Single", "Double", "Void",
    };

    // `List_1<Int32>` and `List.1<Int32>` read as `List<Int32>`; shared code's `System___Canon` as `__Canon`.
    private static string Generics(string name) => ArityMarker().Replace(name.Replace("System___Canon", "__Canon"), "<");

    [GeneratedRegex(@"^_ZTV\d+(.+)$")]
    private static partial Regex MethodTableSymbol();

    [GeneratedRegex(@"[._]\d+<")]
    private static partial Regex ArityMarker();

    // ILC numbers a type's same-named methods (Concat, Concat_0, Concat_1...): the C# name has no number.
    [GeneratedRegex(@"_\d+(?=<|$)")]
    private static partial Regex OverloadSuffix();
}
