namespace Minix.Build.Elf;

/// <summary>One entry of an object's symbol table.</summary>
/// <param name="Index">Its index in the symbol table (what relocations name).</param>
/// <param name="Name">The name (empty for section symbols).</param>
/// <param name="Value">Offset within its section.</param>
/// <param name="Size">Size in bytes (0 if unknown).</param>
/// <param name="SectionIndex">The defining section, 0 if undefined, 0xFFF1 if absolute.</param>
/// <param name="Binding">Local, global or weak.</param>
/// <param name="Type">Function, object, section, ...</param>
public sealed record ElfSymbol(int Index, string Name, ulong Value, ulong Size, int SectionIndex, ElfSymbolBinding Binding, ElfSymbolType Type)
{
    /// <summary>SHN_ABS: the value is an absolute address.</summary>
    public const int AbsoluteSection = 0xFFF1;

    /// <summary>SHN_COMMON: a common symbol (rejected: ILC does not emit them).</summary>
    public const int CommonSection = 0xFFF2;

    /// <summary>Whether the symbol must come from another object or the link's stubs.</summary>
    public bool IsUndefined => SectionIndex == 0;
}
