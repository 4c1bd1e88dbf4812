namespace Minix.Build.Elf;

/// <summary>A relocatable ELF64 x86-64 object file (as ILC writes it): its sections and symbols.</summary>
public sealed class ElfObject
{
    /// <summary>Creates the object model.</summary>
    /// <param name="name">The file name, used in every error about it.</param>
    /// <param name="sections">Sections by index (index 0 is the null section and may be null).</param>
    /// <param name="symbols">Symbols by index.</param>
    public ElfObject(string name, IReadOnlyList<ElfSection?> sections, IReadOnlyList<ElfSymbol> symbols)
    {
        Name = name;
        Sections = sections;
        Symbols = symbols;
    }

    /// <summary>The file name.</summary>
    public string Name { get; }

    /// <summary>Sections by index.</summary>
    public IReadOnlyList<ElfSection?> Sections { get; }

    /// <summary>Symbols by index.</summary>
    public IReadOnlyList<ElfSymbol> Symbols { get; }

    /// <summary>The first section called <paramref name="name"/>, or null.</summary>
    /// <param name="name">The section name.</param>
    /// <returns>The section or null.</returns>
    public ElfSection? FindSection(string name) => Sections.FirstOrDefault(s => s?.Name == name);

    /// <summary>The function or data symbol that contains <paramref name="offset"/> in <paramref name="section"/>,
    /// for error messages ("in function X").</summary>
    /// <param name="section">The section.</param>
    /// <param name="offset">The offset.</param>
    /// <returns>The best symbol or null.</returns>
    public ElfSymbol? SymbolAt(ElfSection section, ulong offset)
    {
        ElfSymbol? best = null;
        foreach (var symbol in Symbols)
        {
            if (symbol.SectionIndex != section.Index || symbol.Type == ElfSymbolType.Section || symbol.Name.Length == 0 || symbol.Value > offset)
                continue;
            if (symbol.Size != 0 && offset >= symbol.Value + symbol.Size)
                continue;
            if (best is null || symbol.Value > best.Value || (symbol.Value == best.Value && symbol.Binding == ElfSymbolBinding.Global))
                best = symbol;
        }

        return best;
    }
}
