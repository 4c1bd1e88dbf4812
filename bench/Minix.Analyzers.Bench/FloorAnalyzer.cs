using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.Analyzers.Bench;

/// <summary>
/// An analyzer that registers the kinds of action the Minix# analyzers use and does nothing in them: the cost of
/// running any analyzer at all (operation trees, compilation events), which a real build pays anyway for the SDK's
/// own analyzers and generators.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH001", "never", "never", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.FieldReference, OperationKind.Loop, OperationKind.Conversion);
            start.RegisterSymbolAction(_ => { }, SymbolKind.Method, SymbolKind.Field, SymbolKind.NamedType);
            start.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.CatchClause);
        });
    }
}
