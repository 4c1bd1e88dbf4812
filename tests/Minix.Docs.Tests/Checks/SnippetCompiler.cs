using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Minix.Docs.Checks;

/// <summary>
/// Compiles one code snippet on its own against the platform and the libraries: a snippet with top-level statements
/// as a program, anything else as a library. Warnings count, as they do in the repository's own build.
/// </summary>
public sealed class SnippetCompiler
{
    /// <summary>Warnings that say nothing about the snippet (assembly version unification).</summary>
    private static readonly string[] Ignored = ["CS1701", "CS1702"];

    private readonly IReadOnlyList<MetadataReference> _references;

    /// <summary>Creates a compiler.</summary>
    /// <param name="references">Everything a snippet may use.</param>
    public SnippetCompiler(IEnumerable<MetadataReference> references)
    {
        _references = references.ToList();
    }

    /// <summary>Compiles <paramref name="code"/>.</summary>
    /// <param name="code">The snippet.</param>
    /// <returns>Its errors and warnings (empty when it compiles cleanly).</returns>
    public IReadOnlyList<Diagnostic> Compile(string code)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, parseOptions, path: "snippet.cs");
        bool program = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithAllowUnsafe(true)
            .WithSpecificDiagnosticOptions(Ignored.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress)));
        CSharpCompilation compilation = CSharpCompilation.Create("Snippet", [tree], _references, options);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
            .ToList();
    }
}
