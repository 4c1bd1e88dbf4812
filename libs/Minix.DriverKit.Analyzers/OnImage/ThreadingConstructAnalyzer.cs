using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX103 for the language's own threading constructs: <c>lock</c> statements and <c>async</c> methods, lambdas
/// and local functions (the types and members are <see cref="ImageApiAnalyzer"/>'s).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThreadingConstructAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Threading);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        context.RegisterSyntaxNodeAction(c =>
        {
            if (!AnalyzerSettings.IsHostOnly(c.Node.SyntaxTree))
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.Threading, ((LockStatementSyntax)c.Node).LockKeyword.GetLocation(), "lock statement"));
        }, SyntaxKind.LockStatement);
        context.RegisterSyntaxNodeAction(c =>
        {
            SyntaxToken keyword = AsyncKeyword(c.Node);
            if (keyword.IsKind(SyntaxKind.AsyncKeyword) && !AnalyzerSettings.IsHostOnly(c.Node.SyntaxTree))
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.Threading, keyword.GetLocation(), "async"));
        }, SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement, SyntaxKind.ParenthesizedLambdaExpression, SyntaxKind.SimpleLambdaExpression, SyntaxKind.AnonymousMethodExpression);
    }

    private static SyntaxToken AsyncKeyword(SyntaxNode node)
    {
        SyntaxTokenList modifiers = node switch
        {
            MethodDeclarationSyntax method => method.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers,
            _ => default,
        };
        foreach (SyntaxToken modifier in modifiers)
        {
            if (modifier.IsKind(SyntaxKind.AsyncKeyword))
                return modifier;
        }

        return default;
    }
}
