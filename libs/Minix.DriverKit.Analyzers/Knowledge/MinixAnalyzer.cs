using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The common start of every Minix# analyzer: no generated code, concurrent execution, the project's settings and
/// the toolkit's symbols resolved once per compilation, and silence in test projects.
/// </summary>
public abstract class MinixAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            AnalyzerSettings settings = AnalyzerSettings.Read(start.Options, start.Compilation);
            if (settings.Disabled)
                return;
            Start(start, MinixSymbols.Resolve(start.Compilation), settings);
        });
    }

    /// <summary>Registers the analyzer's actions for one compilation.</summary>
    /// <param name="context">The compilation's start context.</param>
    /// <param name="symbols">The toolkit's symbols in this compilation.</param>
    /// <param name="settings">The project's settings.</param>
    protected abstract void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings);
}
