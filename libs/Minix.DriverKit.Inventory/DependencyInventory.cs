using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Minix.DriverKit.Analyzers;

namespace Minix.DriverKit.Inventory;

/// <summary>
/// The dependency inventory of one driver: every kernel dependency (categories A-E) with its functional class, and
/// the kernel calls it makes through the user-mode API. Built from a project (compiled with the analyzer in kernel
/// placement, so every dependency is reported) or from a built assembly (its IL's member references).
/// </summary>
public sealed class DependencyInventory
{
    /// <summary>Creates an inventory.</summary>
    /// <param name="subject">The driver's name.</param>
    /// <param name="source">What was read: "project" or "assembly".</param>
    /// <param name="dependencies">The dependencies.</param>
    /// <param name="kernelCalls">The kernel calls made through the user-mode API.</param>
    public DependencyInventory(string subject, string source, IReadOnlyList<Dependency> dependencies, IReadOnlyList<KernelCallUse> kernelCalls)
    {
        Subject = subject;
        Source = source;
        Dependencies = dependencies;
        KernelCalls = kernelCalls;
    }

    /// <summary>The driver's name.</summary>
    public string Subject { get; }

    /// <summary>What was read: "project" or "assembly".</summary>
    public string Source { get; }

    /// <summary>The dependencies, in source order.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>The kernel calls made through the user-mode API.</summary>
    public IReadOnlyList<KernelCallUse> KernelCalls { get; }

    /// <summary>How many dependencies fall in a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The count.</returns>
    public int Count(DependencyCategory category) => Dependencies.Count(d => d.Category == category);

    /// <summary>Runs the dependency analyzers over a compilation, in kernel placement, and collects what they report.</summary>
    /// <param name="subject">The driver's name.</param>
    /// <param name="compilation">The compilation.</param>
    /// <param name="cancellation">Cancels the analysis.</param>
    /// <returns>The inventory.</returns>
    public static async System.Threading.Tasks.Task<DependencyInventory> FromCompilationAsync(string subject, Compilation compilation, System.Threading.CancellationToken cancellation = default)
    {
        ImmutableArray<DiagnosticAnalyzer> analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new KernelSymbolAnalyzer(), new DriverCallAnalyzer(), new KernelCallbackAnalyzer(), new InterruptHandlerAnalyzer(), new HardwareIoAnalyzer());
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildPropertyOptions(new Dictionary<string, string>
        {
            [AnalyzerSettings.PlacementProperty] = "Kernel",
        }));
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation).ConfigureAwait(false);
        var dependencies = new List<Dependency>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            if (FromDiagnostic(diagnostic) is { } dependency)
                dependencies.Add(dependency);
        }

        return new DependencyInventory(subject, "project", dependencies, KernelCallScan.Scan(compilation, cancellation));
    }

    /// <summary>Reads a dependency out of a diagnostic of the dependency rules.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The dependency, or null for other diagnostics.</returns>
    public static Dependency? FromDiagnostic(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DependencyReport.CategoryKey, out string? category) || category == null
            || !System.Enum.TryParse(category, out DependencyCategory parsed)
            || !diagnostic.Properties.TryGetValue(DependencyReport.ClassKey, out string? number) || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int functionalClass))
            return null;
        diagnostic.Properties.TryGetValue(DependencyReport.SymbolKey, out string? symbol);
        diagnostic.Properties.TryGetValue(DependencyReport.ReplacementKey, out string? replacement);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string location = span.IsValid ? System.IO.Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")" : "";
        return new Dependency(parsed, (FunctionalClass)functionalClass, symbol ?? "", replacement ?? "", location);
    }
}
