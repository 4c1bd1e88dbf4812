namespace Minix.Build.Elf;

/// <summary>One RELA entry: patch <see cref="Offset"/> in the target section with <see cref="Kind"/> of the
/// symbol's address plus <see cref="Addend"/>.</summary>
/// <param name="Offset">Byte offset within the section being patched.</param>
/// <param name="Kind">The relocation type.</param>
/// <param name="SymbolIndex">Index in the object's symbol table.</param>
/// <param name="Addend">The explicit addend.</param>
public readonly record struct ElfRelocation(ulong Offset, RelocationKind Kind, int SymbolIndex, long Addend);
