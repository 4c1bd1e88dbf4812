using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Minix.Docs.Checks;

/// <summary>One entry of a toc.yml: a name and where it leads.</summary>
/// <param name="Name">The text shown in the navigation.</param>
/// <param name="Line">The 1-based line the entry starts on.</param>
/// <param name="Targets">Its <c>href</c>, <c>topicHref</c> and <c>homepage</c> values, by key.</param>
/// <param name="Uids">Its <c>uid</c> and <c>topicUid</c> values.</param>
public sealed record TocEntry(string? Name, int Line, IReadOnlyList<KeyValuePair<string, string>> Targets, IReadOnlyList<string> Uids);

/// <summary>A parsed toc.yml: its entries, nested ones flattened in document order.</summary>
public sealed class TocFile
{
    private static readonly string[] TargetKeys = ["href", "topicHref", "homepage"];
    private static readonly string[] UidKeys = ["uid", "topicUid"];

    private TocFile(string path)
    {
        Path = path;
    }

    /// <summary>The file's path relative to the docs folder.</summary>
    public string Path { get; }

    /// <summary>The folder the file is in, relative to the docs folder ("" for the docs folder).</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)?.Replace('\\', '/') ?? "";

    /// <summary>Every entry, nested ones included.</summary>
    public IReadOnlyList<TocEntry> Entries { get; private set; } = [];

    /// <summary>Parses a toc.yml.</summary>
    /// <param name="path">Its path relative to the docs folder (for messages).</param>
    /// <param name="text">Its text.</param>
    /// <param name="issues">Receives syntax and shape problems.</param>
    /// <returns>The parsed file (with no entries if it could not be read).</returns>
    public static TocFile Parse(string path, string text, List<DocIssue> issues)
    {
        var toc = new TocFile(path);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            issues.Add(new DocIssue(path, (int)e.Start.Line, "not valid YAML: " + e.Message));
            return toc;
        }

        if (stream.Documents.Count == 0)
        {
            issues.Add(new DocIssue(path, 0, "empty toc"));
            return toc;
        }

        YamlNode root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("items"), out YamlNode? items))
            root = items;
        if (root is not YamlSequenceNode list)
        {
            issues.Add(new DocIssue(path, (int)root.Start.Line, "a toc must be a list of entries (or a mapping with 'items')"));
            return toc;
        }

        var entries = new List<TocEntry>();
        ReadItems(toc, list, entries, issues);
        toc.Entries = entries;
        return toc;
    }

    private static void ReadItems(TocFile toc, YamlSequenceNode list, List<TocEntry> entries, List<DocIssue> issues)
    {
        foreach (YamlNode node in list.Children)
        {
            if (node is not YamlMappingNode item)
            {
                issues.Add(new DocIssue(toc.Path, (int)node.Start.Line, "a toc entry must be a mapping with 'name' and 'href'"));
                continue;
            }

            string? name = Scalar(item, "name");
            var targets = new List<KeyValuePair<string, string>>();
            foreach (string key in TargetKeys)
            {
                if (Scalar(item, key) is { } value)
                    targets.Add(new KeyValuePair<string, string>(key, value));
            }

            var uids = new List<string>();
            foreach (string key in UidKeys)
            {
                if (Scalar(item, key) is { } value)
                    uids.Add(value);
            }

            entries.Add(new TocEntry(name, (int)item.Start.Line, targets, uids));
            if (item.Children.TryGetValue(new YamlScalarNode("items"), out YamlNode? children))
            {
                if (children is YamlSequenceNode sequence)
                    ReadItems(toc, sequence, entries, issues);
                else
                    issues.Add(new DocIssue(toc.Path, (int)children.Start.Line, "'items' must be a list"));
            }
        }
    }

    private static string? Scalar(YamlMappingNode item, string key) =>
        item.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
