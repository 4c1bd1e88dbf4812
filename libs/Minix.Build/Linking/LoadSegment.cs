namespace Minix.Build.Linking;

/// <summary>A run of memory to load: <see cref="Data"/> at <see cref="VirtualAddress"/>, then zeros up to
/// <see cref="MemorySize"/>.</summary>
/// <param name="Name">text, rodata or data.</param>
/// <param name="VirtualAddress">Where it is loaded (page aligned).</param>
/// <param name="Data">The initialized bytes.</param>
/// <param name="MemorySize">The size in memory (at least Data.Length; the rest is zero).</param>
/// <param name="Permissions">Access rights.</param>
public sealed record LoadSegment(string Name, ulong VirtualAddress, byte[] Data, ulong MemorySize, SegmentPermissions Permissions)
{
    /// <summary>The first address past the segment.</summary>
    public ulong End => VirtualAddress + MemorySize;
}
