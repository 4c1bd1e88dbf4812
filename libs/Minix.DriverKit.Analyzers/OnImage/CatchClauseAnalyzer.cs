using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.DriverKit.Analyzers;

/// <summary>MINIX102: a catch clause in the kernel, a driver or a server, where a throw ends the process so no catch
/// runs (programs catch exceptions: the rule is off for them).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatchClauseAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CatchNeverRuns);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (settings.Program)
            return;
        context.RegisterSyntaxNodeAction(c =>
        {
            if (!AnalyzerSettings.IsHostOnly(c.Node.SyntaxTree))
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.CatchNeverRuns, ((CatchClauseSyntax)c.Node).CatchKeyword.GetLocation()));
        }, SyntaxKind.CatchClause);
    }
}
