namespace Minix.Build.Linking;

/// <summary>The result of a link: loadable segments, the entry point and the symbol map.</summary>
/// <param name="Segments">The segments, by address.</param>
/// <param name="EntryPoint">The entry symbol's address.</param>
/// <param name="Symbols">Every symbol.</param>
/// <param name="Sections">Where each object section went (for debug information that refers to sections).</param>
public sealed record LinkedImage(IReadOnlyList<LoadSegment> Segments, ulong EntryPoint, SymbolMap Symbols, IReadOnlyList<PlacedSection> Sections)
{
    /// <summary>The lowest loaded address.</summary>
    public ulong Start => Segments.Count == 0 ? 0 : Segments[0].VirtualAddress;

    /// <summary>The first address past the image.</summary>
    public ulong End => Segments.Count == 0 ? 0 : Segments[^1].End;

    /// <summary>Reads <paramref name="length"/> bytes of the image at <paramref name="address"/> (zeros in bss).</summary>
    /// <param name="address">The virtual address.</param>
    /// <param name="length">How many bytes.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside one segment.</exception>
    public byte[] Read(ulong address, int length)
    {
        foreach (var segment in Segments)
        {
            if (address < segment.VirtualAddress || address + (ulong)length > segment.End)
                continue;
            var result = new byte[length];
            ulong offset = address - segment.VirtualAddress;
            if (offset < (ulong)segment.Data.Length)
                Array.Copy(segment.Data, (long)offset, result, 0, Math.Min(length, segment.Data.Length - (int)offset));
            return result;
        }

        throw new ArgumentOutOfRangeException(nameof(address), $"0x{address:x} (+{length}) is not inside one segment of the image");
    }
}
