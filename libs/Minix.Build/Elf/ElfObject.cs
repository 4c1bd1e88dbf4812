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
        // The candidates of each section sorted by value (in symbol order among equal values), built on first use:
        // the linker asks once per unwind entry, and a scan of every symbol each time made the link quadratic.
        _named ??= Symbols.Where(s => s.Type != ElfSymbolType.Section && s.Name.Length != 0)
            .GroupBy(s => s.SectionIndex)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Value).ToArray());
        if (!_named.TryGetValue(section.Index, out ElfSymbol[]? candidates))
            return null;

        // Past the last symbol at or below the offset, then back to the nearest one that covers it: a sized symbol
        // that ends at or before the offset does not.
        int end = AddressOrder.CountAtOrBelow(candidates, offset, s => s.Value);
        for (int i = end - 1; i >= 0; i--)
        {
            if (!Covers(candidates[i], offset))
                continue;
            // Among symbols at that value: the last global in symbol order, else the first.
            ElfSymbol? first = null;
            for (int j = i; j >= 0 && candidates[j].Value == candidates[i].Value; j--)
            {
                if (!Covers(candidates[j], offset))
                    continue;
                if (candidates[j].Binding == ElfSymbolBinding.Global)
                    return candidates[j];
                first = candidates[j];
            }

            return first;
        }

        return null;
    }

    private static bool Covers(ElfSymbol symbol, ulong offset) => symbol.Size == 0 || offset < symbol.Value + symbol.Size;

    private Dictionary<int, ElfSymbol[]>? _named;
}
