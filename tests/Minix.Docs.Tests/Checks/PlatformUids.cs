using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Minix.Docs.Checks;

/// <summary>
/// Accepts xrefs to the .NET base library (<c>System.Span`1</c>, <c>System.String.Format*</c>), which DocFX resolves
/// through the xref map docfx.json lists, by looking them up in the running .NET's own assemblies.
/// </summary>
public sealed class PlatformUids
{
    private static readonly string[] Prefixes = ["T:", "M:", "P:", "F:", "E:", "N:"];
    private readonly CSharpCompilation _compilation;

    /// <summary>Creates the resolver.</summary>
    /// <param name="platform">The platform references.</param>
    public PlatformUids(IEnumerable<MetadataReference> platform)
    {
        _compilation = CSharpCompilation.Create("PlatformUids", references: platform);
    }

    /// <summary>Whether <paramref name="uid"/> names a public base-library symbol.</summary>
    /// <param name="uid">The UID.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(string uid)
    {
        if (!uid.StartsWith("System", StringComparison.Ordinal) && !uid.StartsWith("Microsoft.", StringComparison.Ordinal))
            return false;
        if (uid.EndsWith('*'))
        {
            string group = uid.Substring(0, uid.Length - 1);
            int dot = group.LastIndexOf('.');
            if (dot < 0)
                return false;
            INamedTypeSymbol? type = _compilation.GetTypeByMetadataName(group.Substring(0, dot));
            string member = group.Substring(dot + 1);
            return type is not null && type.GetMembers().Any(m => m.MetadataName == member || m.Name == member);
        }

        lock (_compilation)
        {
            return Prefixes.Any(p => DocumentationCommentId.GetFirstSymbolForDeclarationId(p + uid, _compilation) is { DeclaredAccessibility: Accessibility.Public or Accessibility.NotApplicable });
        }
    }
}
