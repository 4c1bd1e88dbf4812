using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.DriverKit.Inventory;

/// <summary>
/// Hands analyzers MSBuild properties the way the compiler does for <c>CompilerVisibleProperty</c> items
/// (<c>build_property.Name</c>), for running the Minix# analyzers outside a build.
/// </summary>
public sealed class BuildPropertyOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _options;

    /// <summary>Creates the options.</summary>
    /// <param name="properties">Property names (without the <c>build_property.</c> prefix) and values.</param>
    public BuildPropertyOptions(IReadOnlyDictionary<string, string> properties)
    {
        var values = new Dictionary<string, string>();
        foreach (KeyValuePair<string, string> property in properties)
            values["build_property." + property.Key] = property.Value;
        _options = new Options(values);
    }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions => _options;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
