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
}
