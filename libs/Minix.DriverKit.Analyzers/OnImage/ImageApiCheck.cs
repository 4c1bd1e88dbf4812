using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// Decides, for a type or member from the framework, which image rule it breaks: a forbidden namespace, type or
/// member (<see cref="ImageRules"/>: threads, reflection), else absence from the image runtime's manifest
/// (MINIX101). Symbols outside the framework's assemblies (the project's own, the toolkit's) are never checked here.
/// One instance per compilation; answers are cached.
/// </summary>
public sealed class ImageApiCheck
{
    private readonly ImageApiManifest _manifest;
    private readonly ConcurrentDictionary<ISymbol, Verdict> _cache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _frameworkAssemblies = new(SymbolEqualityComparer.Default);

    private readonly IAssemblySymbol? _own;

    /// <summary>Creates a check against a manifest.</summary>
    /// <param name="manifest">The image runtime's API.</param>
    /// <param name="own">The compilation's own assembly, whose symbols are never checked.</param>
    public ImageApiCheck(ImageApiManifest manifest, IAssemblySymbol? own = null)
    {
        _manifest = manifest;
        _own = own;
    }

    /// <summary>Checks a type, its type arguments, element types and pointed-at types.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The broken rule and the offending symbol, or <see cref="Verdict.Fine"/>.</returns>
    public Verdict CheckType(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return Verdict.Fine;
            case IArrayTypeSymbol array:
                return CheckType(array.ElementType);
            case IPointerTypeSymbol pointer:
                return CheckType(pointer.PointedAtType);
            case INamedTypeSymbol named:
                Verdict own = IsFrameworkSymbol(named) ? _cache.GetOrAdd(named.OriginalDefinition, s => CheckNamedType((INamedTypeSymbol)s)) : Verdict.Fine;
                if (!own.IsFine)
                    return own;
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    Verdict inner = CheckType(argument);
                    if (!inner.IsFine)
                        return inner;
                }

                return Verdict.Fine;
            default:
                return Verdict.Fine;
        }
    }

    /// <summary>
    /// Checks a method, property, field or event, and the type arguments its use supplies (a generic method's own, and
    /// for a constructor or static member those of its type: <c>new Box&lt;List&lt;int&gt;&gt;()</c> names List even
    /// when Box is the project's own).
    /// </summary>
    /// <param name="member">The member.</param>
    /// <returns>The broken rule and the offending symbol, or <see cref="Verdict.Fine"/>.</returns>
    public Verdict CheckMember(ISymbol? member)
    {
        if (member == null)
            return Verdict.Fine;
        if (member is IMethodSymbol generic)
        {
            foreach (ITypeSymbol argument in generic.TypeArguments)
            {
                Verdict inner = CheckType(argument);
                if (!inner.IsFine)
                    return inner;
            }
        }

        Verdict own = Verdict.Fine;
        ISymbol definition = member is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : member;
        if (!ReferenceEquals(definition.ContainingAssembly, _own) && definition.ContainingType != null && IsFrameworkSymbol(definition.ContainingType))
            own = _cache.GetOrAdd(definition.OriginalDefinition, CheckFrameworkMember);
        if (!own.IsFine)
            return own;
        foreach (ITypeSymbol argument in TypeMentions.TypeArgumentsOf(member))
        {
            Verdict inner = CheckType(argument);
            if (!inner.IsFine)
                return inner;
        }

        return Verdict.Fine;
    }

    /// <summary>Whether a symbol comes from the framework (the base library and System.* assemblies).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>True for framework symbols.</returns>
    public static bool IsFramework(ISymbol symbol)
    {
        string? assembly = symbol.ContainingAssembly?.Name;
        if (assembly == null || symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource)
            return false;
        return IsFrameworkAssembly(assembly);
    }

    private bool IsFrameworkSymbol(ISymbol symbol) =>
        symbol.ContainingAssembly is { } assembly && !ReferenceEquals(assembly, _own) && _frameworkAssemblies.GetOrAdd(assembly, a => IsFrameworkAssembly(a.Name));

    private static bool IsFrameworkAssembly(string name) =>
        name == "mscorlib" || name == "netstandard" || name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal);

    private Verdict CheckNamedType(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Error)
            return Verdict.Fine;
        string? forbidden = ImageRules.FindForbidden(NamespaceOf(type), MetadataName(type), null);
        if (forbidden != null)
            return new Verdict(forbidden, type);
        string? id = type.GetDocumentationCommentId();
        return id == null || _manifest.Contains(id) ? Verdict.Fine : new Verdict(ImageRules.MissingApi, type);
    }

    private Verdict CheckFrameworkMember(ISymbol member)
    {
        INamedTypeSymbol type = member.ContainingType.OriginalDefinition;
        string? forbidden = ImageRules.FindForbidden(NamespaceOf(type), MetadataName(type), member.Name) ?? ImageRules.FindForbidden(NamespaceOf(type), MetadataName(type), null);
        if (forbidden != null)
            return new Verdict(forbidden, member);
        if (member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove } accessor && accessor.AssociatedSymbol != null)
            member = accessor.AssociatedSymbol;
        for (ISymbol? candidate = member; candidate != null; candidate = Overridden(candidate))
        {
            string? id = candidate.OriginalDefinition.GetDocumentationCommentId();
            string? typeId = candidate.ContainingType?.OriginalDefinition.GetDocumentationCommentId();
            if (id == null || typeId == null || _manifest.AdmitsMember(id, typeId))
                return Verdict.Fine;
        }

        return new Verdict(ImageRules.MissingApi, member);
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol e => e.OverriddenEvent,
        _ => null,
    };

    private static string NamespaceOf(INamedTypeSymbol type)
    {
        while (type.ContainingType != null)
            type = type.ContainingType;
        return type.ContainingNamespace?.ToDisplayString() ?? "";
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        if (type.ContainingType != null)
            return MetadataName(type.ContainingType) + "+" + type.MetadataName;
        string ns = NamespaceOf(type);
        return ns.Length == 0 ? type.MetadataName : ns + "." + type.MetadataName;
    }
}

/// <summary>The outcome of an image check: the rule broken and the symbol that breaks it.</summary>
public readonly struct Verdict
{
    /// <summary>Creates a verdict.</summary>
    /// <param name="ruleId">The rule broken.</param>
    /// <param name="symbol">The offending symbol.</param>
    public Verdict(string ruleId, ISymbol symbol)
    {
        RuleId = ruleId;
        Symbol = symbol;
    }

    /// <summary>Nothing is wrong.</summary>
    public static Verdict Fine => default;

    /// <summary>The rule broken, or null.</summary>
    public string? RuleId { get; }

    /// <summary>The offending symbol, or null.</summary>
    public ISymbol? Symbol { get; }

    /// <summary>True when nothing is wrong.</summary>
    public bool IsFine => RuleId == null;
}
