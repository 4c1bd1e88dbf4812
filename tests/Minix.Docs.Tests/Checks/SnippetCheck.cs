using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Minix.Docs.Checks;

/// <summary>
/// Compiles every C# code block marked <c>compile</c> (a fence opened with <c>```csharp compile</c>) against the
/// libraries, and reports each error or warning at its line in the page. Other C# blocks are illustrations and are
/// not compiled, but an unknown word after <c>csharp</c> is reported, so a typo cannot silently switch the check off.
/// </summary>
public static class SnippetCheck
{
    /// <summary>The info-string word that asks for a block to be compiled.</summary>
    public const string CompileMarker = "compile";

    private static readonly string[] CSharp = ["csharp", "cs", "c#"];

    /// <summary>Whether a block is C#.</summary>
    /// <param name="snippet">The block.</param>
    /// <returns>True for csharp, cs or c#.</returns>
    public static bool IsCSharp(CodeSnippet snippet) => CSharp.Contains(snippet.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a block is marked to be compiled.</summary>
    /// <param name="snippet">The block.</param>
    /// <returns>True if it is C# with the <see cref="CompileMarker"/>.</returns>
    public static bool IsMarked(CodeSnippet snippet) => IsCSharp(snippet) && Words(snippet).Contains(CompileMarker);

    /// <summary>Runs the check.</summary>
    /// <param name="site">The docs.</param>
    /// <param name="compiler">The compiler with the libraries.</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(DocSite site, SnippetCompiler compiler)
    {
        var issues = new List<DocIssue>();
        foreach (MarkdownPage page in site.Pages.Values)
        {
            foreach (CodeSnippet snippet in page.Snippets.Where(IsCSharp))
            {
                foreach (string word in Words(snippet).Where(w => w != CompileMarker))
                    issues.Add(new DocIssue(page.Path, snippet.FirstCodeLine - 1, "unknown code-block option '" + word + "' (the only one is '" + CompileMarker + "')"));
                if (!IsMarked(snippet))
                    continue;
                foreach (Diagnostic diagnostic in compiler.Compile(snippet.Code))
                {
                    int line = snippet.FirstCodeLine + diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                    issues.Add(new DocIssue(page.Path, line, "snippet does not compile: " + diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }

        return issues;
    }

    private static string[] Words(CodeSnippet snippet) =>
        snippet.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
