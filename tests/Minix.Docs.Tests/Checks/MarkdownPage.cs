using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Minix.Docs.Checks;

/// <summary>A link or image a page points at.</summary>
/// <param name="Url">The target as written.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="IsImage">True for <c>![alt](src)</c>.</param>
public sealed record PageLink(string Url, int Line, bool IsImage);

/// <summary>A fenced code block.</summary>
/// <param name="Language">The first word of the info string (<c>csharp</c>).</param>
/// <param name="Arguments">The rest of the info string (<c>compile</c>).</param>
/// <param name="Code">The block's text.</param>
/// <param name="FirstCodeLine">The 1-based line of the block's first line of code.</param>
public sealed record CodeSnippet(string Language, string Arguments, string Code, int FirstCodeLine);

/// <summary>A row of a pipe table.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="IsHeader">Whether it is the table's header row.</param>
/// <param name="Cells">The cells' plain text.</param>
/// <param name="Source">The row as written.</param>
public sealed record TableRowText(int Line, bool IsHeader, IReadOnlyList<string> Cells, string Source);

/// <summary>A plain-text cross-reference, <c>@Some.Uid</c>.</summary>
/// <param name="Uid">The UID.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record AtReference(string Uid, int Line);

/// <summary>
/// One Markdown page parsed the way DocFX parses it (Markdig with the advanced extensions, YAML front matter and
/// GitHub-style heading ids): its title, front-matter UID, links, images, cross-references, heading ids and code blocks.
/// </summary>
public sealed class MarkdownPage
{
    /// <summary>The pipeline every page is parsed with.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .UseYamlFrontMatter()
        .Build();

    private MarkdownPage(string path)
    {
        Path = path;
    }

    /// <summary>The page's path relative to the docs folder.</summary>
    public string Path { get; }

    /// <summary>The <c>uid:</c> of the YAML front matter, if any.</summary>
    public string? Uid { get; private set; }

    /// <summary>The 1-based line of the <c>uid:</c> entry.</summary>
    public int UidLine { get; private set; }

    /// <summary>The text of the first level-1 heading, if any.</summary>
    public string? Title { get; private set; }

    /// <summary>Every link and image.</summary>
    public IReadOnlyList<PageLink> Links { get; private set; } = [];

    /// <summary>Every <c>@Uid</c> in running text.</summary>
    public IReadOnlyList<AtReference> AtReferences { get; private set; } = [];

    /// <summary>The ids of the headings, which <c>#bookmark</c> links may name.</summary>
    public IReadOnlySet<string> HeadingIds { get; private set; } = new HashSet<string>();

    /// <summary>Every fenced code block.</summary>
    public IReadOnlyList<CodeSnippet> Snippets { get; private set; } = [];

    /// <summary>Every row of every pipe table.</summary>
    public IReadOnlyList<TableRowText> TableRows { get; private set; } = [];

    /// <summary>Problems found while reading the page (bad front matter).</summary>
    public IReadOnlyList<DocIssue> Issues { get; private set; } = [];

    /// <summary>Parses a page.</summary>
    /// <param name="path">The page's path relative to the docs folder (for messages).</param>
    /// <param name="text">The page's Markdown.</param>
    /// <returns>The page.</returns>
    public static MarkdownPage Parse(string path, string text)
    {
        var page = new MarkdownPage(path);
        MarkdownDocument document = Markdown.Parse(text, Pipeline);
        var issues = new List<DocIssue>();
        var links = new List<PageLink>();
        var ats = new List<AtReference>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var snippets = new List<CodeSnippet>();
        var rows = new List<TableRowText>();
        string[] source = text.Split('\n');

        foreach (MarkdownObject node in document.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock front:
                    ReadFrontMatter(page, front, issues);
                    break;
                case HeadingBlock heading:
                    if (heading.GetAttributes().Id is { } id)
                        ids.Add(id);
                    if (heading.Level == 1 && page.Title is null)
                        page.Title = PlainText(heading.Inline);
                    break;
                case Markdig.Extensions.Tables.Table table:
                    // A pipe table's rows: the header on the table's first line, the separator after it, then a row a line.
                    int index = 0;
                    foreach (Markdig.Extensions.Tables.TableRow row in table.OfType<Markdig.Extensions.Tables.TableRow>())
                    {
                        int line = table.Line + (index == 0 && row.IsHeader ? 0 : index + (table.OfType<Markdig.Extensions.Tables.TableRow>().First().IsHeader ? 1 : 0));
                        rows.Add(new TableRowText(
                            line + 1,
                            row.IsHeader,
                            row.OfType<Markdig.Extensions.Tables.TableCell>().Select(c => string.Concat(c.Descendants<LeafInline>().Select(l => l.ToString())).Trim()).ToList(),
                            line < source.Length ? source[line].TrimEnd('\r') : ""));
                        index++;
                    }

                    break;
                case FencedCodeBlock fence:
                    snippets.Add(new CodeSnippet(fence.Info ?? "", fence.Arguments ?? "", fence.Lines.ToString(), fence.Line + 2));
                    break;
                case LinkInline link:
                    links.Add(new PageLink(link.Url ?? "", link.Line + 1, link.IsImage));
                    break;
                case AutolinkInline auto when !auto.IsEmail:
                    links.Add(new PageLink(auto.Url, auto.Line + 1, IsImage: false));
                    break;
                case LiteralInline literal:
                    foreach (string uid in AtReferenceSyntax.Find(literal.Content.ToString()))
                        ats.Add(new AtReference(uid, literal.Line + 1));
                    break;
            }
        }

        page.Links = links;
        page.AtReferences = ats;
        page.HeadingIds = ids;
        page.Snippets = snippets;
        page.TableRows = rows;
        page.Issues = issues;
        return page;
    }

    private static void ReadFrontMatter(MarkdownPage page, YamlFrontMatterBlock front, List<DocIssue> issues)
    {
        string yaml = front.Lines.ToString();
        try
        {
            var stream = new YamlStream();
            stream.Load(new System.IO.StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                issues.Add(new DocIssue(page.Path, front.Line + 1, "front matter must be a YAML mapping (key: value lines)"));
                return;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> entry in map.Children)
            {
                if (entry.Key is YamlScalarNode { Value: "uid" } && entry.Value is YamlScalarNode value)
                {
                    page.Uid = value.Value;
                    page.UidLine = front.Line + 2 + (int)entry.Key.Start.Line - 1;
                }
            }
        }
        catch (YamlException e)
        {
            issues.Add(new DocIssue(page.Path, front.Line + 1 + (int)e.Start.Line, "front matter is not valid YAML: " + e.Message));
        }
    }

    private static string PlainText(ContainerInline? inline) =>
        inline is null
            ? ""
            : string.Concat(inline.Descendants<LeafInline>().Select(l => l switch
            {
                LiteralInline lit => lit.Content.ToString(),
                CodeInline code => code.Content,
                _ => "",
            }));
}
