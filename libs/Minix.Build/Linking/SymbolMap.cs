using System.Globalization;
using System.Text;
using Minix.Build.Elf;

namespace Minix.Build.Linking;

/// <summary>The symbols of a linked image, sorted by address: for disassembly, debuggers and panic traces.</summary>
public sealed class SymbolMap
{
    private readonly List<MapEntry> _byAddress;
    private readonly Dictionary<string, MapEntry> _byName;

    /// <summary>Creates the map.</summary>
    /// <param name="entries">The symbols.</param>
    public SymbolMap(IEnumerable<MapEntry> entries)
    {
        _byAddress = entries.OrderBy(e => e.Address).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        _byName = new Dictionary<string, MapEntry>(StringComparer.Ordinal);
        foreach (var entry in _byAddress)
            _byName.TryAdd(entry.Name, entry);
    }

    /// <summary>Every symbol, by address.</summary>
    public IReadOnlyList<MapEntry> Entries => _byAddress;

    /// <summary>The symbol called <paramref name="name"/>, or null.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The entry or null.</returns>
    public MapEntry? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The function containing <paramref name="address"/>, or null.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The entry or null.</returns>
    public MapEntry? FunctionAt(ulong address)
    {
        // The last entry at or below the address, then back to the nearest function that covers it (crash symbols
        // ask for every line row of an image, so a scan from the start each time was quadratic).
        int end = AddressOrder.CountAtOrBelow(_byAddress, address, e => e.Address);
        for (int i = end - 1; i >= 0; i--)
        {
            MapEntry entry = _byAddress[i];
            if (entry.Kind == SymbolKind.Function && (entry.Size == 0 || address < entry.Address + entry.Size))
                return entry;
        }

        return null;
    }

    /// <summary>The map as text: one <c>address size kind name origin</c> line per symbol.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var e in _byAddress)
            text.Append(CultureInfo.InvariantCulture, $"{e.Address:x16} {e.Size,8} {(e.Kind == SymbolKind.Function ? 'F' : 'D')} {e.Name} ({e.Origin})\n");
        return text.ToString();
    }
}
