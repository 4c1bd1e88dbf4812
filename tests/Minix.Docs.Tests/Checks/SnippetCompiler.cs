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

    /// <summary>Compiles <paramref name="code"/> on its own.</summary>
    /// <param name="code">The snippet.</param>
    /// <returns>Its errors and warnings (empty when it compiles cleanly).</returns>
    public IReadOnlyList<Diagnostic> Compile(string code) => Compile([code]);

    /// <summary>Compiles several snippets together, each as its own file (<c>snippet0.cs</c>, <c>snippet1.cs</c>, ...).</summary>
    /// <param name="files">The snippets.</param>
    /// <returns>The errors and warnings; each one's location names its file.</returns>
    public IReadOnlyList<Diagnostic> Compile(IReadOnlyList<string> files)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree>();
        for (int i = 0; i < files.Count; i++)
            trees.Add(CSharpSyntaxTree.ParseText(files[i], parseOptions, path: FileName(i)));
        bool program = trees.Any(t => t.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any());
        var options = new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithAllowUnsafe(true)
            .WithSpecificDiagnosticOptions(Ignored.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress)));
        CSharpCompilation compilation = CSharpCompilation.Create("Snippet", trees, _references, options);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
            .ToList();
    }

    /// <summary>The file name snippet <paramref name="index"/> gets in a compilation.</summary>
    /// <param name="index">Its position in the list.</param>
    /// <returns>The name.</returns>
    public static string FileName(int index) => "snippet" + index + ".cs";
}
