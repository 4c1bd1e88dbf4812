using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Minix.DriverKit.Inventory;

/// <summary>
/// Writes the image-API manifest (the analyzer's ImageApi.txt) from a built image runtime: every public type and
/// public or protected member of Minix.Runtime.dll, one documentation-comment id per line, sorted. This is how the
/// analyzer's manifest is written, and written again whenever the runtime's API changes.
/// </summary>
public static class ImageApiManifestWriter
{
    /// <summary>Lists an assembly's public API.</summary>
    /// <param name="assemblyPath">The runtime assembly (a core library: it references nothing).</param>
    /// <returns>The manifest text.</returns>
    public static string Write(string assemblyPath)
    {
        MetadataReference runtime = MetadataReference.CreateFromFile(assemblyPath);
        CSharpCompilation compilation = CSharpCompilation.Create("ImageApiProbe", references: new[] { runtime });
        if (compilation.GetAssemblyOrModuleSymbol(runtime) is not IAssemblySymbol assembly)
            throw new System.InvalidOperationException(assemblyPath + " is not an assembly");
        var ids = new SortedSet<string>(System.StringComparer.Ordinal);
        Collect(assembly.GlobalNamespace, ids);
        return "# The public API of the image runtime, generated from " + System.IO.Path.GetFileName(assemblyPath) + ".\n" + string.Join("\n", ids) + "\n";
    }

    private static void Collect(INamespaceOrTypeSymbol container, SortedSet<string> ids)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceSymbol ns:
                    Collect(ns, ids);
                    break;
                case INamedTypeSymbol type when IsVisible(type):
                    if (type.GetDocumentationCommentId() is { } typeId)
                        ids.Add(typeId);
                    foreach (ISymbol typeMember in type.GetMembers().Where(m => m is not INamedTypeSymbol && IsVisible(m) && !m.IsImplicitlyDeclared || m is IMethodSymbol { MethodKind: MethodKind.Constructor } && IsVisible(m)))
                    {
                        if (typeMember is IMethodSymbol { AssociatedSymbol: not null })
                            continue;
                        if (typeMember.GetDocumentationCommentId() is { } id)
                            ids.Add(id);
                    }

                    Collect(type, ids);
                    break;
            }
        }
    }

    private static bool IsVisible(ISymbol symbol)
    {
        for (ISymbol? s = symbol; s != null && s is not INamespaceSymbol; s = s.ContainingSymbol)
        {
            if (s.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
                return false;
        }

        return true;
    }
}
