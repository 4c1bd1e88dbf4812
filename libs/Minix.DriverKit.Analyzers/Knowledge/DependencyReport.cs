using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// Builds the diagnostics of the dependency rules (A-E): the placement picks the severity, and the properties carry
/// the finding in machine-readable form for the code fixes and the <c>minix deps</c> inventory.
/// </summary>
public static class DependencyReport
{
    /// <summary>Property: the category letter, A to E.</summary>
    public const string CategoryKey = "MinixCategory";

    /// <summary>Property: the functional class number, 0 to 9.</summary>
    public const string ClassKey = "MinixClass";

    /// <summary>Property: the symbol the dependency is on, as displayed.</summary>
    public const string SymbolKey = "MinixSymbol";

    /// <summary>Property: what a user-mode driver uses instead.</summary>
    public const string ReplacementKey = "MinixReplacement";

    /// <summary>
    /// Property: the metadata name of the user-mode twin class the code fix switches to, when there is one. Set on calls
    /// only: a method group (<c>Each(PortIo.OutByte)</c>) is not rewritten, since the twin's optional parameters would not
    /// convert to the same delegate.
    /// </summary>
    public const string TwinTypeKey = "MinixTwinType";

    /// <summary>Creates a dependency diagnostic.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">Where.</param>
    /// <param name="settings">The project's settings (placement).</param>
    /// <param name="category">The category.</param>
    /// <param name="functionalClass">The functional class.</param>
    /// <param name="symbol">The symbol, as displayed.</param>
    /// <param name="replacement">The replacement, as displayed.</param>
    /// <param name="twinType">The fix's target class, or null.</param>
    /// <param name="additionalLocations">Other places the finding involves.</param>
    /// <param name="messageArgs">The message arguments.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        AnalyzerSettings settings,
        DependencyCategory category,
        FunctionalClass functionalClass,
        string symbol,
        string replacement,
        string? twinType,
        IEnumerable<Location>? additionalLocations,
        params object[] messageArgs)
    {
        ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(CategoryKey, category.ToString());
        properties.Add(ClassKey, ((int)functionalClass).ToString(System.Globalization.CultureInfo.InvariantCulture));
        properties.Add(SymbolKey, symbol);
        properties.Add(ReplacementKey, replacement);
        if (twinType != null)
            properties.Add(TwinTypeKey, twinType);
        return Diagnostic.Create(descriptor, location, settings.DependencySeverity, additionalLocations, properties.ToImmutable(), messageArgs);
    }

    /// <summary>The display form of a symbol in messages: <c>KernelLog.Write(ReadOnlySpan&lt;byte&gt;)</c>.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The text.</returns>
    public static string Display(ISymbol symbol) => symbol.ToDisplayString(Format);

    /// <summary>The full form of a symbol for the inventory: <c>Minix.Kernel.Core.KernelLog.Write(ReadOnlySpan&lt;byte&gt;)</c>.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The text.</returns>
    public static string FullName(ISymbol symbol) => symbol.ToDisplayString(FullFormat);

    /// <summary>The twin class the code fix may switch a use of <paramref name="symbol"/> to, if the compilation has a matching method.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbol">The kernel member used.</param>
    /// <param name="twinType">The catalog's twin class for it, or null.</param>
    /// <returns><paramref name="twinType"/> when the twin has the same method, else null.</returns>
    public static string? TwinFor(Compilation compilation, ISymbol symbol, string? twinType) =>
        twinType != null && symbol is IMethodSymbol method && TwinHas(compilation.GetTypeByMetadataName(twinType), method) ? twinType : null;

    /// <summary>Whether a twin class has a method with the same name and parameter types as <paramref name="method"/> (and optional ones after them).</summary>
    /// <param name="twin">The twin class, possibly unresolved.</param>
    /// <param name="method">The kernel method.</param>
    /// <returns>True if the fix can switch the call to the twin.</returns>
    public static bool TwinHas(INamedTypeSymbol? twin, IMethodSymbol method)
    {
        if (twin == null)
            return false;
        foreach (ISymbol member in twin.GetMembers(method.Name))
        {
            if (member is IMethodSymbol candidate && candidate.IsStatic == method.IsStatic && candidate.DeclaredAccessibility == Accessibility.Public && SameParameters(candidate, method))
                return true;
        }

        return false;
    }

    // The twin may add optional parameters after the kernel method's (DevIo's caller file and line, which the
    // compiler fills in): a call written for the kernel method still binds to it unchanged.
    private static bool SameParameters(IMethodSymbol twin, IMethodSymbol kernel)
    {
        if (twin.Parameters.Length < kernel.Parameters.Length)
            return false;
        for (int i = 0; i < kernel.Parameters.Length; i++)
        {
            if (twin.Parameters[i].RefKind != kernel.Parameters[i].RefKind || !SymbolEqualityComparer.Default.Equals(twin.Parameters[i].Type, kernel.Parameters[i].Type))
                return false;
        }

        for (int i = kernel.Parameters.Length; i < twin.Parameters.Length; i++)
        {
            if (!twin.Parameters[i].IsOptional)
                return false;
        }

        return true;
    }

    private static readonly SymbolDisplayFormat FullFormat = MemberFormat(SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    private static readonly SymbolDisplayFormat Format = MemberFormat(SymbolDisplayTypeQualificationStyle.NameAndContainingTypes);

    /// <summary>A member with its containing type and parameter types, its type names qualified as <paramref name="qualification"/> says.</summary>
    private static SymbolDisplayFormat MemberFormat(SymbolDisplayTypeQualificationStyle qualification) => new(
        typeQualificationStyle: qualification,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);
}
