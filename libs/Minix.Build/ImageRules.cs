using System.Text.Json;

namespace Minix.Build;

/// <summary>
/// The image rules as data (the embedded <c>ImageRules.json</c>): which C# feature each runtime helper symbol
/// serves, and which runtime types ILC needs for which feature. The linker and the ILC step quote it in errors.
/// What image code may not use at all is the analyzer's rule list, compiled in as source (see ImageRuleNote).
/// </summary>
public static class ImageRules
{
    private static readonly Lazy<Document> Rules = new(Load);

    /// <summary>Every known runtime helper symbol and the feature it serves.</summary>
    public static IReadOnlyList<HelperRule> Helpers => Rules.Value.Helpers;

    /// <summary>Runtime types and members ILC looks up by name for particular C# features.</summary>
    public static IReadOnlyList<CompilerRequirement> CompilerRequirements => Rules.Value.Requirements;

    /// <summary>The helper rule for a runtime helper symbol, or null if the symbol is not a known helper.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The rule or null.</returns>
    public static HelperRule? Helper(string symbol) => Rules.Value.BySymbol.GetValueOrDefault(symbol);

    /// <summary>The requirement behind a type or member ILC found missing from Minix.Runtime, or null.</summary>
    /// <param name="member">The type or member name ILC reported.</param>
    /// <returns>The requirement or null.</returns>
    public static CompilerRequirement? Requirement(string member) =>
        Rules.Value.Requirements.FirstOrDefault(r => member == r.Member || member.EndsWith("." + r.Member, StringComparison.Ordinal));

    /// <summary>The C# feature behind a type or member ILC found missing from Minix.Runtime, or null.</summary>
    /// <param name="member">The type or member name ILC reported.</param>
    /// <returns>The feature or null.</returns>
    public static string? FeatureRequiring(string member) => Requirement(member)?.Feature;

    /// <summary>The C# feature behind a helper symbol, or null if the symbol is not a known helper.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The feature or null.</returns>
    public static string? FeatureOf(string symbol) => Helper(symbol)?.Feature;

    private static Document Load()
    {
        using var stream = typeof(ImageRules).Assembly.GetManifestResourceStream("Minix.Build.ImageRules.json")
            ?? throw new InvalidOperationException("Minix.Build.ImageRules.json is not embedded in Minix.Build");
        using var json = JsonDocument.Parse(stream);
        var helpers = json.RootElement.GetProperty("helpers").EnumerateArray()
            .Select(h => new HelperRule(h.GetProperty("symbol").GetString()!, h.GetProperty("feature").GetString()!, h.GetProperty("provided").GetBoolean(), RuleOf(h),
                h.TryGetProperty("kernelPlacement", out JsonElement placed) && placed.GetBoolean()))
            .ToList();
        var requirements = json.RootElement.GetProperty("compilerRequirements").EnumerateArray()
            .Select(r => new CompilerRequirement(r.GetProperty("member").GetString()!, r.GetProperty("feature").GetString()!, RuleOf(r)))
            .ToList();
        return new Document(helpers, requirements, helpers.GroupBy(h => h.Symbol).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    private static string? RuleOf(JsonElement entry) => entry.TryGetProperty("rule", out JsonElement rule) ? rule.GetString() : null;

    private sealed record Document(List<HelperRule> Helpers, List<CompilerRequirement> Requirements, Dictionary<string, HelperRule> BySymbol);
}
