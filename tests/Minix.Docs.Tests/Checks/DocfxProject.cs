using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Minix.Docs.Checks;

/// <summary>
/// What the checks need from docfx.json: the build's <c>content</c> and <c>resource</c> file groups, the metadata
/// groups (which projects the API pages come from, and the folders DocFX generates them into) and the output folder.
/// </summary>
public sealed class DocfxProject
{
    /// <summary>The configuration file's name.</summary>
    public const string FileName = "docfx.json";

    private DocfxProject(string docsRoot)
    {
        DocsRoot = docsRoot;
    }

    /// <summary>The folder holding docfx.json; every docs path is relative to it.</summary>
    public string DocsRoot { get; }

    /// <summary>The <c>build.content</c> groups: pages, toc files and generated API YAML.</summary>
    public IReadOnlyList<FileGroup> Content { get; private set; } = [];

    /// <summary>The <c>build.resource</c> groups: images and other files copied as they are.</summary>
    public IReadOnlyList<FileGroup> Resource { get; private set; } = [];

    /// <summary>The <c>metadata[].src</c> groups: the projects whose API DocFX documents.</summary>
    public IReadOnlyList<FileGroup> MetadataSources { get; private set; } = [];

    /// <summary>The <c>metadata[].dest</c> folders DocFX writes API YAML and a toc.yml into (relative to the docs folder).</summary>
    public IReadOnlyList<string> MetadataDestinations { get; private set; } = [];

    /// <summary>The <c>build.output</c> folder.</summary>
    public string Output { get; private set; } = "";

    /// <summary>Whether a docs-relative path is build content.</summary>
    /// <param name="path">A path relative to the docs folder.</param>
    /// <returns>True if a content group takes it.</returns>
    public bool IsContent(string path) => Content.Any(g => g.Matches(path));

    /// <summary>Whether a docs-relative path is a resource.</summary>
    /// <param name="path">A path relative to the docs folder.</param>
    /// <returns>True if a resource group takes it.</returns>
    public bool IsResource(string path) => Resource.Any(g => g.Matches(path));

    /// <summary>Whether a docs-relative path lies in a folder DocFX fills with generated API files.</summary>
    /// <param name="path">A path relative to the docs folder.</param>
    /// <returns>True if it is under a metadata destination.</returns>
    public bool IsGenerated(string path) =>
        MetadataDestinations.Any(d => path == d || path.StartsWith(d + "/", StringComparison.Ordinal));

    /// <summary>Reads docfx.json in <paramref name="docsRoot"/>.</summary>
    /// <param name="docsRoot">The docs folder.</param>
    /// <param name="issues">Receives every problem with the file.</param>
    /// <returns>The project, or null if the file is missing or not JSON.</returns>
    public static DocfxProject? Load(string docsRoot, List<DocIssue> issues)
    {
        string path = Path.Combine(docsRoot, FileName);
        if (!File.Exists(path))
        {
            issues.Add(new DocIssue(FileName, 0, "missing: the docs folder needs a docfx.json"));
            return null;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            issues.Add(new DocIssue(FileName, (int)(e.LineNumber ?? -1) + 1, "not valid JSON: " + e.Message));
            return null;
        }

        using (json)
        {
            var project = new DocfxProject(docsRoot);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new DocIssue(FileName, 1, "the top level must be an object"));
                return null;
            }

            ReadMetadata(project, root, issues);
            ReadBuild(project, root, issues);
            return project;
        }
    }

    private static void ReadMetadata(DocfxProject project, JsonElement root, List<DocIssue> issues)
    {
        if (!root.TryGetProperty("metadata", out JsonElement metadata))
            return;
        if (metadata.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new DocIssue(FileName, 0, "'metadata' must be an array"));
            return;
        }

        var sources = new List<FileGroup>();
        var destinations = new List<string>();
        foreach (JsonElement entry in metadata.EnumerateArray())
        {
            if (!entry.TryGetProperty("src", out JsonElement src))
            {
                issues.Add(new DocIssue(FileName, 0, "a 'metadata' entry has no 'src'"));
                continue;
            }

            sources.AddRange(ReadGroups(src, "metadata.src", issues));
            string dest = entry.TryGetProperty("dest", out JsonElement d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "_api";
            destinations.Add(dest.Trim('/'));
        }

        project.MetadataSources = sources;
        project.MetadataDestinations = destinations;
    }

    private static void ReadBuild(DocfxProject project, JsonElement root, List<DocIssue> issues)
    {
        if (!root.TryGetProperty("build", out JsonElement build) || build.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new DocIssue(FileName, 0, "no 'build' object: DocFX would build nothing"));
            return;
        }

        if (build.TryGetProperty("content", out JsonElement content))
            project.Content = ReadGroups(content, "build.content", issues);
        if (project.Content.Count == 0)
            issues.Add(new DocIssue(FileName, 0, "'build.content' lists no files"));
        if (build.TryGetProperty("resource", out JsonElement resource))
            project.Resource = ReadGroups(resource, "build.resource", issues);

        string? output = null;
        if (build.TryGetProperty("output", out JsonElement o) || build.TryGetProperty("dest", out o))
            output = o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        if (string.IsNullOrEmpty(output))
            issues.Add(new DocIssue(FileName, 0, "'build.output' is not set"));
        project.Output = output ?? "";
    }

    private static List<FileGroup> ReadGroups(JsonElement element, string where, List<DocIssue> issues)
    {
        var groups = new List<FileGroup>();
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                groups.Add(new FileGroup("", [element.GetString()!], []));
                break;
            case JsonValueKind.Array:
                var loose = new List<string>();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                        loose.Add(item.GetString()!);
                    else if (item.ValueKind == JsonValueKind.Object)
                        groups.Add(ReadGroup(item, where, issues));
                    else
                        issues.Add(new DocIssue(FileName, 0, "'" + where + "' holds something that is neither a glob nor a file group"));
                }

                if (loose.Count > 0)
                    groups.Add(new FileGroup("", loose, []));
                break;
            case JsonValueKind.Object:
                groups.Add(ReadGroup(element, where, issues));
                break;
            default:
                issues.Add(new DocIssue(FileName, 0, "'" + where + "' must be a glob, a list or a file group"));
                break;
        }

        return groups;
    }

    private static FileGroup ReadGroup(JsonElement group, string where, List<DocIssue> issues)
    {
        string src = group.TryGetProperty("src", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
        List<string> files = Strings(group, "files");
        if (files.Count == 0)
            issues.Add(new DocIssue(FileName, 0, "a '" + where + "' group has no 'files'"));
        return new FileGroup(src, files, Strings(group, "exclude"));
    }

    private static List<string> Strings(JsonElement group, string name)
    {
        var list = new List<string>();
        if (!group.TryGetProperty(name, out JsonElement value))
            return list;
        if (value.ValueKind == JsonValueKind.String)
            list.Add(value.GetString()!);
        else if (value.ValueKind == JsonValueKind.Array)
            list.AddRange(value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
        return list;
    }
}
