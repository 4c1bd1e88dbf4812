using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Minix.Docs.Checks;

/// <summary>
/// The references Roslyn needs to read the libraries and compile snippets: the running .NET's own assemblies, the
/// libraries (with their XML docs), and whatever the libraries reference that sits beside them (e.g. Iced).
/// </summary>
public static class CompilationReferences
{
    /// <summary>The assemblies of the running .NET (the test host's trusted platform assemblies).</summary>
    /// <returns>One reference per assembly.</returns>
    public static IReadOnlyList<MetadataReference> Platform()
    {
        string list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) ||
                        Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }

    /// <summary>References to the libraries, with their XML docs attached, plus their non-platform dependencies found beside them.</summary>
    /// <param name="libraries">The libraries (those without a built assembly are skipped).</param>
    /// <returns>Library references first, then dependencies.</returns>
    public static IReadOnlyList<MetadataReference> Libraries(IEnumerable<LibraryAssembly> libraries)
    {
        var references = new List<MetadataReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>();
        foreach (LibraryAssembly library in libraries.Where(l => l.AssemblyPath is not null))
        {
            if (!seen.Add(library.Name))
                continue;
            DocumentationProvider? docs = library.XmlDocPath is null ? null : new XmlDocFile(library.XmlDocPath);
            references.Add(MetadataReference.CreateFromFile(library.AssemblyPath!, documentation: docs));
            pending.Enqueue(library.AssemblyPath!);
        }

        while (pending.Count > 0)
        {
            string path = pending.Dequeue();
            foreach (string dependency in ReferencedNames(path))
            {
                string candidate = Path.Combine(Path.GetDirectoryName(path)!, dependency + ".dll");
                if (seen.Add(dependency) && File.Exists(candidate))
                {
                    references.Add(MetadataReference.CreateFromFile(candidate));
                    pending.Enqueue(candidate);
                }
            }
        }

        return references;
    }

    /// <summary>The assembly symbols of <paramref name="references"/>, resolved in one compilation.</summary>
    /// <param name="references">The references whose assemblies are wanted.</param>
    /// <param name="context">Further references needed to resolve them (the platform).</param>
    /// <returns>One symbol per reference that is an assembly.</returns>
    public static IReadOnlyList<IAssemblySymbol> Symbols(IReadOnlyList<MetadataReference> references, IEnumerable<MetadataReference> context)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("ApiReader", references: references.Concat(context));
        return references
            .Select(r => compilation.GetAssemblyOrModuleSymbol(r))
            .OfType<IAssemblySymbol>()
            .ToList();
    }

    private static IEnumerable<string> ReferencedNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (AssemblyReferenceHandle handle in reader.AssemblyReferences)
            names.Add(reader.GetString(reader.GetAssemblyReference(handle).Name));
        return names;
    }
}
