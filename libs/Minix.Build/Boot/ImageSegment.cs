namespace Minix.Build.Boot;

/// <summary>One loadable piece of a linked program: its bytes at a virtual address, zero-filled up to <see cref="MemorySize"/>.</summary>
/// <param name="VirtualAddress">Where it is loaded.</param>
/// <param name="Bytes">Its initialised bytes.</param>
/// <param name="MemorySize">Its size in memory (at least <c>Bytes.Length</c>).</param>
/// <param name="Access">Its access rights.</param>
public sealed record ImageSegment(ulong VirtualAddress, byte[] Bytes, ulong MemorySize, Minix.Kernel.Boot.SegmentAccess Access);
