using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Minix.Docs.Checks;

/// <summary>
/// Serves a compiler-written XML documentation file (<c>GenerateDocumentationFile</c>) to Roslyn, so the symbols of a
/// metadata reference carry their doc comments.
/// </summary>
public sealed class XmlDocFile : DocumentationProvider
{
    private readonly string _path;
    private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);

    /// <summary>Reads a documentation file.</summary>
    /// <param name="path">The .xml file beside an assembly.</param>
    public XmlDocFile(string path)
    {
        _path = path;
        XDocument doc = XDocument.Load(path);
        foreach (XElement member in doc.Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name)
                _members[name] = member.ToString();
        }
    }

    /// <summary>How many members the file documents.</summary>
    public int Count => _members.Count;

    /// <inheritdoc/>
    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        _members.TryGetValue(documentationMemberID, out string? xml) ? xml : null;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is XmlDocFile other && other._path == _path;

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_path);
}
