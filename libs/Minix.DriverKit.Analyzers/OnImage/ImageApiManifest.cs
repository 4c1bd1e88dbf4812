using System.Collections.Generic;
using System.IO;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The public API of the image runtime (Minix.Runtime) as a set of documentation-comment ids, read from a text
/// manifest: one id per line (<c>T:System.Object</c>, <c>M:System.Math.Min(System.Int32,System.Int32)</c>); <c>#</c> at
/// the start of a line or after a space starts a comment. A type line may end in <c> *</c> to admit every public member of the type (for a hand-written
/// manifest; the analyzer's own, generated from Minix.Runtime.dll, lists members one by one). Depends on the base
/// library only, so the toolchain can compile it in as source.
/// </summary>
public sealed class ImageApiManifest
{
    private readonly HashSet<string> _ids;
    private readonly HashSet<string> _wholeTypes;

    private ImageApiManifest(HashSet<string> ids, HashSet<string> wholeTypes)
    {
        _ids = ids;
        _wholeTypes = wholeTypes;
    }

    /// <summary>The name of the manifest resource embedded in the analyzer assembly.</summary>
    public const string ResourceName = "Minix.DriverKit.Analyzers.ImageApi.txt";

    /// <summary>How many ids the manifest lists.</summary>
    public int Count => _ids.Count;

    /// <summary>Every id the manifest lists, type ids of whole types included.</summary>
    public IEnumerable<string> Ids => _ids;

    /// <summary>The manifest embedded in the analyzer assembly.</summary>
    public static ImageApiManifest Embedded { get; } = LoadEmbedded();

    /// <summary>Parses manifest text.</summary>
    /// <param name="text">The manifest.</param>
    /// <returns>The manifest.</returns>
    public static ImageApiManifest Parse(string text)
    {
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        var whole = new HashSet<string>(System.StringComparer.Ordinal);
        using var reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            string entry = StripComment(line).Trim();
            if (entry.Length == 0)
                continue;
            if (entry.EndsWith(" *", System.StringComparison.Ordinal))
            {
                entry = entry.Substring(0, entry.Length - 2).TrimEnd();
                whole.Add(entry);
            }

            ids.Add(entry);
        }

        return new ImageApiManifest(ids, whole);
    }

    /// <summary>Whether the manifest lists an id.</summary>
    /// <param name="id">A documentation-comment id.</param>
    /// <returns>True if listed.</returns>
    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>Whether the manifest admits every member of a type (its line ends in <c> *</c>).</summary>
    /// <param name="typeId">The type's documentation-comment id, <c>T:...</c>.</param>
    /// <returns>True if every member is admitted.</returns>
    public bool AdmitsAllMembersOf(string typeId) => _wholeTypes.Contains(typeId);

    /// <summary>
    /// Whether a member is admitted: listed itself, or its type is admitted whole. A field is admitted by a property of
    /// its name and the other way round: the image runtime declares some of .NET's fields as properties
    /// (<c>string.Empty</c>), and code that reads one compiles against either.
    /// </summary>
    /// <param name="memberId">The member's id.</param>
    /// <param name="containingTypeId">The id of the type that declares it.</param>
    /// <returns>True if admitted.</returns>
    public bool AdmitsMember(string memberId, string containingTypeId) =>
        _ids.Contains(memberId) || _wholeTypes.Contains(containingTypeId)
        || (memberId.StartsWith("F:", System.StringComparison.Ordinal) && _ids.Contains("P:" + memberId.Substring(2)))
        || (memberId.StartsWith("P:", System.StringComparison.Ordinal) && _ids.Contains("F:" + memberId.Substring(2)));

    // '#' starts a comment at the start of a line or after white space; inside an id it is part of '#ctor'.
    private static string StripComment(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                return line.Substring(0, i);
        }

        return line;
    }

    private static ImageApiManifest LoadEmbedded()
    {
        using Stream? stream = typeof(ImageApiManifest).Assembly.GetManifestResourceStream(ResourceName);
        if (stream == null)
            return Parse("");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
