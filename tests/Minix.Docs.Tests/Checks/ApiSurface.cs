using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Minix.Docs.Checks;

/// <summary>
/// The public API of a set of assemblies, read with Roslyn: every symbol DocFX would give a page or a section, its UID,
/// the UIDs of overload groups (<c>Type.Method*</c>) and namespaces, and whether it has XML docs.
/// </summary>
public sealed class ApiSurface
{
    private ApiSurface(IReadOnlyList<ApiSymbol> symbols, IReadOnlySet<string> uids, IReadOnlySet<string> namespaces)
    {
        Symbols = symbols;
        Uids = uids;
        Namespaces = namespaces;
    }

    /// <summary>Every documented-or-not public symbol (namespaces and overload groups excluded).</summary>
    public IReadOnlyList<ApiSymbol> Symbols { get; }

    /// <summary>Every UID an xref may name: symbols, overload groups and namespaces.</summary>
    public IReadOnlySet<string> Uids { get; }

    /// <summary>The namespaces that hold a public type themselves.</summary>
    public IReadOnlySet<string> Namespaces { get; }

    /// <summary>Reads the public API of <paramref name="assemblies"/>.</summary>
    /// <param name="assemblies">Assembly symbols from a compilation (source or metadata with a documentation provider).</param>
    /// <returns>The surface.</returns>
    public static ApiSurface From(IEnumerable<IAssemblySymbol> assemblies)
    {
        var symbols = new List<ApiSymbol>();
        var uids = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (IAssemblySymbol assembly in assemblies)
            Walk(assembly.GlobalNamespace, assembly.Name, symbols, uids, namespaces);
        return new ApiSurface(symbols, uids, namespaces);
    }

    private static void Walk(INamespaceSymbol ns, string assembly, List<ApiSymbol> symbols, HashSet<string> uids, HashSet<string> namespaces)
    {
        foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
            Walk(child, assembly, symbols, uids, namespaces);
        bool any = false;
        foreach (INamedTypeSymbol type in ns.GetTypeMembers())
        {
            if (type.DeclaredAccessibility == Accessibility.Public)
            {
                any = true;
                AddType(type, assembly, symbols, uids);
            }
        }

        if (any)
            namespaces.Add(ns.ToDisplayString());

        // With docfx.json's nested namespace layout, every enclosing namespace gets a page too (Minix for Minix.Ipc).
        for (INamespaceSymbol? n = ns; any && n is not null && !n.IsGlobalNamespace; n = n.ContainingNamespace)
            uids.Add(n.ToDisplayString());
    }

    private static void AddType(INamedTypeSymbol type, string assembly, List<ApiSymbol> symbols, HashSet<string> uids)
    {
        Add(type, assembly, symbols, uids);
        foreach (ISymbol member in type.GetMembers())
        {
            if (!IsVisible(member) || member.IsImplicitlyDeclared || IsCompilerGenerated(member))
                continue;
            switch (member)
            {
                case INamedTypeSymbol nested:
                    AddType(nested, assembly, symbols, uids);
                    break;
                case IMethodSymbol method when method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion:
                    Add(method, assembly, symbols, uids);
                    AddOverloadGroup(method, uids);
                    break;
                case IPropertySymbol property:
                    Add(property, assembly, symbols, uids);
                    AddOverloadGroup(property, uids);
                    break;
                case IFieldSymbol or IEventSymbol:
                    Add(member, assembly, symbols, uids);
                    break;
            }
        }
    }

    private static bool IsVisible(ISymbol member) =>
        member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    private static bool IsCompilerGenerated(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "CompilerGeneratedAttribute");

    private static void Add(ISymbol symbol, string assembly, List<ApiSymbol> symbols, HashSet<string> uids)
    {
        string? id = symbol.GetDocumentationCommentId();
        if (id is null || id.Length < 3)
            return;
        string uid = id.Substring(2);
        uids.Add(uid);
        symbols.Add(new ApiSymbol(uid, assembly, HasDocs(symbol)));
    }

    private static void AddOverloadGroup(ISymbol member, HashSet<string> uids)
    {
        string? id = member.GetDocumentationCommentId();
        if (id is null)
            return;
        string uid = id.Substring(2);
        int paren = uid.IndexOf('(');
        if (paren >= 0)
            uid = uid.Substring(0, paren);
        // DocFX names the group without the generic arity: Message.Create*, not Message.Create``1*.
        int arity = uid.IndexOf("``", StringComparison.Ordinal);
        uids.Add((arity >= 0 ? uid.Substring(0, arity) : uid) + "*");
    }

    private static bool HasDocs(ISymbol symbol)
    {
        string? xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
            return false;
        try
        {
            XElement doc = XElement.Parse(xml);
            if (doc.Descendants("inheritdoc").Any())
                return true;
            XElement? summary = doc.Element("summary");
            return summary is not null && (summary.Value.Trim().Length > 0 || summary.HasElements);
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
