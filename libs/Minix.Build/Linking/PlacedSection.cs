namespace Minix.Build.Linking;

/// <summary>Where the linker put one object section.</summary>
/// <param name="Object">The object file name.</param>
/// <param name="SectionIndex">The section's index in that object.</param>
/// <param name="Name">The section name.</param>
/// <param name="Address">Its virtual address.</param>
/// <param name="Size">Its size.</param>
public sealed record PlacedSection(string Object, int SectionIndex, string Name, ulong Address, ulong Size);
