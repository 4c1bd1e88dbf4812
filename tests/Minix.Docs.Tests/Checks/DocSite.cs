using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Minix.Docs.Checks;

/// <summary>
/// A DocFX docs folder as the checks see it: docfx.json, every file in the folder, every Markdown page and every
/// toc.yml that the build's content globs take, parsed once.
/// </summary>
public sealed class DocSite
{
    private static readonly string[] SkippedFolders = ["_site", "obj", "bin", "node_modules"];

    private DocSite(string root, DocfxProject project)
    {
        Root = root;
        Project = project;
    }

    /// <summary>The docs folder (full path).</summary>
    public string Root { get; }

    /// <summary>The parsed docfx.json.</summary>
    public DocfxProject Project { get; }

    /// <summary>Every file in the docs folder (relative paths), build output and hidden files left out.</summary>
    public IReadOnlySet<string> Files { get; private set; } = new HashSet<string>();

    /// <summary>The content pages, by relative path.</summary>
    public IReadOnlyDictionary<string, MarkdownPage> Pages { get; private set; } = new Dictionary<string, MarkdownPage>();

    /// <summary>The content toc files, by relative path.</summary>
    public IReadOnlyDictionary<string, TocFile> Tocs { get; private set; } = new Dictionary<string, TocFile>();

    /// <summary>Problems found while loading: docfx.json, toc syntax, front matter.</summary>
    public IReadOnlyList<DocIssue> LoadIssues { get; private set; } = [];

    /// <summary>Loads a docs folder.</summary>
    /// <param name="root">The folder holding docfx.json.</param>
    /// <param name="issues">Receives the problem if docfx.json cannot be read at all.</param>
    /// <returns>The site, or null without a readable docfx.json.</returns>
    public static DocSite? Load(string root, List<DocIssue> issues)
    {
        var loadIssues = new List<DocIssue>();
        DocfxProject? project = DocfxProject.Load(root, loadIssues);
        if (project is null)
        {
            issues.AddRange(loadIssues);
            return null;
        }

        var site = new DocSite(root, project);
        var files = new HashSet<string>(StringComparer.Ordinal);
        Collect(root, root, files);
        site.Files = files;

        var pages = new Dictionary<string, MarkdownPage>(StringComparer.Ordinal);
        var tocs = new Dictionary<string, TocFile>(StringComparer.Ordinal);
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            if (!project.IsContent(file))
                continue;
            string full = Path.Combine(root, file);
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                MarkdownPage page = MarkdownPage.Parse(file, File.ReadAllText(full));
                loadIssues.AddRange(page.Issues);
                pages.Add(file, page);
            }
            else if (Path.GetFileName(file) == "toc.yml")
            {
                tocs.Add(file, TocFile.Parse(file, File.ReadAllText(full), loadIssues));
            }
        }

        site.Pages = pages;
        site.Tocs = tocs;
        site.LoadIssues = loadIssues;
        return site;
    }

    /// <summary>Whether a docs-relative path names an existing file of the site.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True if it exists.</returns>
    public bool Exists(string path) => Files.Contains(path);

    private static void Collect(string root, string folder, HashSet<string> files)
    {
        foreach (string file in Directory.EnumerateFiles(folder))
        {
            if (!Path.GetFileName(file).StartsWith('.'))
                files.Add(RepoPaths.Relative(root, file));
        }

        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            string name = Path.GetFileName(sub);
            if (!name.StartsWith('.') && !SkippedFolders.Contains(name))
                Collect(root, sub, files);
        }
    }
}
