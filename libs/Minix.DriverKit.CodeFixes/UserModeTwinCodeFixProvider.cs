using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Minix.DriverKit.Analyzers;

namespace Minix.DriverKit.CodeFixes;

/// <summary>
/// Fixes MINIX001 and MINIX005 where the kernel class has a user-mode twin with the same method names and
/// signatures: <c>PortIo.InByte(p)</c> becomes <c>DevIo.InByte(p)</c> (SYS_DEVIO) and <c>KernelLog.Write(t)</c>
/// becomes <c>Log.Write(t)</c> (SYS_DIAGCTL); the <c>using Minix.DriverKit;</c> is added when needed. The analyzer
/// names the twin in the diagnostic's properties only when the compilation has a matching method.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UserModeTwinCodeFixProvider)), Shared]
public sealed class UserModeTwinCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix (one for every twin, so fix-all handles a whole driver at once).</summary>
    public const string EquivalenceKey = "Minix.UseUserModeTwin";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KernelSymbol, RuleIds.HardwareIo);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DependencyReport.TwinTypeKey, out string? twin) || twin == null)
                continue;
            string shortName = twin.Substring(twin.LastIndexOf('.') + 1);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + shortName + " (user mode, through a kernel call)",
                    cancellation => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellation),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
        if (root == null)
            return document;
        var replacements = new System.Collections.Generic.Dictionary<SyntaxNode, SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DependencyReport.TwinTypeKey, out string? twin) || twin == null)
                continue;
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            InvocationExpressionSyntax? invocation = node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
            if (invocation == null)
                continue;
            ExpressionSyntax twinName = SyntaxFactory.ParseTypeName("global::" + twin).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            switch (invocation.Expression)
            {
                case MemberAccessExpressionSyntax access:
                    replacements[access.Expression] = twinName.WithTriviaFrom(access.Expression);
                    break;
                case SimpleNameSyntax name:
                    replacements[name] = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, twinName, name.WithoutTrivia()).WithTriviaFrom(name);
                    break;
            }
        }

        if (replacements.Count == 0)
            return document;
        Document rewritten = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        return await ImportAdder.AddImportsAsync(rewritten, Simplifier.AddImportsAnnotation, cancellationToken: cancellation).ConfigureAwait(false);
    }
}
