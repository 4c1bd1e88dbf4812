using Minix.Build.Debugging;
using Minix.Build.Stubs;

namespace Minix.Build.Linking;

/// <summary>
/// Links ILC's ELF objects with Iced-assembled blobs into loadable segments at a chosen virtual address:
/// text (RX), read-only data (R) and data + zero fill (RW), each on its own pages. Every problem is collected and
/// reported together in a <see cref="LinkException"/>.
/// </summary>
public static class ImageLinker
{
    /// <summary>Links the request.</summary>
    /// <param name="request">Objects, blobs, base address and entry symbol.</param>
    /// <returns>The linked image.</returns>
    /// <exception cref="LinkException">Undefined or duplicate symbols, unsupported or overflowing relocations, ...</exception>
    public static LinkedImage Link(LinkRequest request) => new LinkSession(request).Run();

    /// <summary>
    /// Links a request whose target wants a source map (<see cref="ImageTarget.NeedsSourceMap"/>): once with the
    /// placeholder map, to learn where every function and type goes, then again with the real map in its place. The
    /// map trails the image, so nothing moves between the two links (checked).
    /// </summary>
    /// <param name="request">The request, with the target applied.</param>
    /// <param name="objectFile">The ILC object (read for its line table).</param>
    /// <param name="assemblyNames">The image assemblies, as paths (whose metadata names types exactly) or simple names
    /// (to read ILC's symbols back as C# names).</param>
    /// <returns>The linked image.</returns>
    /// <exception cref="LinkException">A link failed, or the code moved between the two links.</exception>
    public static LinkedImage LinkWithSourceMap(LinkRequest request, string objectFile, IEnumerable<string> assemblyNames)
    {
        var first = Link(request);
        if (first.Symbols.Find(RuntimeConfigurationStubs.SourceMapSymbol) is null)
            return first;
        byte[] map = SourceMapWriter.Write(first, objectFile, assemblyNames);
        var second = new LinkRequest
        {
            BaseAddress = request.BaseAddress,
            EntrySymbol = request.EntrySymbol,
            Objects = request.Objects,
            Code = request.Code,
            Data = request.Data.Select(d => d.Symbol == RuntimeConfigurationStubs.SourceMapSymbol
                ? d with { Size = (ulong)map.Length, Contents = map, Description = "source map: method names, file:line and type names" } : d).ToList(),
            PageSize = request.PageSize,
            DroppedSections = request.DroppedSections,
            UnwindTableSymbol = request.UnwindTableSymbol,
        };
        var image = Link(second);
        // The map and the image's end (a program's break) are meant to move; nothing else may.
        var movable = request.Data.Where(d => d.MarksEnd).Select(d => d.Symbol).Append(RuntimeConfigurationStubs.SourceMapSymbol).ToHashSet(StringComparer.Ordinal);
        var before = first.Symbols.Entries.Where(e => !movable.Contains(e.Name)).ToList();
        var after = image.Symbols.Entries.Where(e => !movable.Contains(e.Name)).ToList();
        var moved = before.Zip(after).Where(p => p.First.Name != p.Second.Name || p.First.Address != p.Second.Address)
            .Select(p => p.First.Name).Take(3).ToList();
        if (before.Count != after.Count)
            moved.Add("(symbol count)");
        if (moved.Count > 0)
            throw new LinkException(new[] { new LinkError(LinkErrorKind.InvalidInput, $"symbols moved when the source map was added ({string.Join(", ", moved)})") });
        return image;
    }
}
