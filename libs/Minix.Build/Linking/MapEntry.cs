namespace Minix.Build.Linking;

/// <summary>One symbol of a linked image.</summary>
/// <param name="Name">The symbol.</param>
/// <param name="Address">Its virtual address.</param>
/// <param name="Size">Its size (0 if unknown).</param>
/// <param name="Kind">Code or data.</param>
/// <param name="Origin">The object file or blob that defined it.</param>
public sealed record MapEntry(string Name, ulong Address, ulong Size, SymbolKind Kind, string Origin);
