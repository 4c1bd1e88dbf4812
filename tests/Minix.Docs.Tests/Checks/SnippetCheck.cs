using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Minix.Docs.Checks;

/// <summary>
/// Compiles every C# code block marked <c>compile</c> (a fence opened with <c>```csharp compile</c>) against the
/// libraries, and reports each error or warning at its line in the page. A block marked <c>compile=name</c> is
/// compiled together with the other blocks of the same page that carry the same name, each as its own file, for code
/// that a tutorial spreads over several files. Other C# blocks are illustrations and are not compiled, but an unknown
/// word after <c>csharp</c> is reported, so a typo cannot silently switch the check off. A tutorial's marks
/// (<c>tutorial-file=path</c> and the like) are left to the tutorial check.
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
    public static bool IsMarked(CodeSnippet snippet) => IsCSharp(snippet) && Words(snippet).Any(IsMarker);

    /// <summary>The group a marked block belongs to: its <c>compile=name</c>, or null for a block compiled alone.</summary>
    /// <param name="snippet">A marked block.</param>
    /// <returns>The group name or null.</returns>
    public static string? Group(CodeSnippet snippet)
    {
        string? word = Words(snippet).FirstOrDefault(IsMarker);
        return word is not null && word.Length > CompileMarker.Length + 1 ? word.Substring(CompileMarker.Length + 1) : null;
    }

    /// <summary>Runs the check.</summary>
    /// <param name="site">The docs.</param>
    /// <param name="compiler">The compiler with the libraries.</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(DocSite site, SnippetCompiler compiler)
    {
        var issues = new List<DocIssue>();
        foreach (MarkdownPage page in site.Pages.Values)
        {
            var units = new List<List<CodeSnippet>>();
            var groups = new Dictionary<string, List<CodeSnippet>>(StringComparer.Ordinal);
            foreach (CodeSnippet snippet in page.Snippets.Where(IsCSharp))
            {
                foreach (string word in Words(snippet).Where(w => !IsMarker(w) && !IsTutorialMark(w)))
                    issues.Add(new DocIssue(page.Path, snippet.FirstCodeLine - 1, "unknown code-block option '" + word + "' (the only one is '" + CompileMarker + "' or '" + CompileMarker + "=group')"));
                if (!IsMarked(snippet))
                    continue;
                string? group = Group(snippet);
                if (group is null)
                {
                    units.Add([snippet]);
                }
                else if (groups.TryGetValue(group, out List<CodeSnippet>? members))
                {
                    members.Add(snippet);
                }
                else
                {
                    groups.Add(group, [snippet]);
                    units.Add(groups[group]);
                }
            }

            foreach (List<CodeSnippet> unit in units)
                CompileUnit(page, unit, compiler, issues);
        }

        return issues;
    }

    private static void CompileUnit(MarkdownPage page, List<CodeSnippet> unit, SnippetCompiler compiler, List<DocIssue> issues)
    {
        foreach (Diagnostic diagnostic in compiler.Compile(unit.Select(s => s.Code).ToList()))
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            int index = unit.Count == 1 ? 0 : Enumerable.Range(0, unit.Count).FirstOrDefault(i => SnippetCompiler.FileName(i) == span.Path);
            int line = unit[index].FirstCodeLine + span.StartLinePosition.Line;
            issues.Add(new DocIssue(page.Path, line, "snippet does not compile: " + diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static bool IsMarker(string word) =>
        word == CompileMarker || word.StartsWith(CompileMarker + "=", StringComparison.Ordinal) && word.Length > CompileMarker.Length + 1;

    // A tutorial's marks (tutorial-file=..., tutorial-edit=...) may sit on a C# block too; the tutorial check reads them.
    private static bool IsTutorialMark(string word) => word.StartsWith("tutorial-", StringComparison.Ordinal);

    private static string[] Words(CodeSnippet snippet) =>
        snippet.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
