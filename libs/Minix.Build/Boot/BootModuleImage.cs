using System.Collections.Generic;

namespace Minix.Build.Boot;

/// <summary>A linked program to put in the boot archive.</summary>
/// <param name="Name">Its name (at most 16 bytes of UTF-8).</param>
/// <param name="Entry">Its entry point.</param>
/// <param name="Segments">Its loadable segments.</param>
/// <param name="ExtraMemory">Memory it needs beyond its segments (heap and stack), in bytes.</param>
public sealed record BootModuleImage(string Name, ulong Entry, IReadOnlyList<ImageSegment> Segments, ulong ExtraMemory);
