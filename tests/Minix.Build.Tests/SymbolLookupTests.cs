using Minix.Build.Elf;
using Minix.Build.Linking;
using Xunit;

namespace Minix.Build.Tests;

/// <summary>
/// The two address-to-symbol lookups the linker and the crash tables ask thousands of times per image (an object's
/// symbol at a section offset, a linked image's function at an address): named cases, then agreement with a plain
/// scan over every symbol on random tables.
/// </summary>
public sealed class SymbolLookupTests
{
    private static readonly ElfSection Text = new(1, ".text", ElfSection.ProgBits, default, 16, 0x1000, new byte[0x1000]);
    private static readonly ElfSection Data = new(2, ".data", ElfSection.ProgBits, default, 8, 0x1000, new byte[0x1000]);

    [Fact]
    public void An_offset_names_the_nearest_symbol_below_it_that_covers_it()
    {
        var obj = Object(
            Symbol("outer", 0x100, 0, ElfSymbolBinding.Local),
            Symbol("sized", 0x200, 0x10, ElfSymbolBinding.Local),
            Symbol("elsewhere", 0x180, 0, ElfSymbolBinding.Global, section: Data.Index),
            Symbol("", 0x1f0, 0, ElfSymbolBinding.Local),
            new ElfSymbol(9, ".text", 0x1f8, 0, Text.Index, ElfSymbolBinding.Local, ElfSymbolType.Section));

        Assert.Null(obj.SymbolAt(Text, 0x80));
        Assert.Equal("outer", obj.SymbolAt(Text, 0x100)?.Name);
        // Another section's symbol, a nameless one and a section symbol are never the answer.
        Assert.Equal("outer", obj.SymbolAt(Text, 0x1fc)?.Name);
        Assert.Equal("sized", obj.SymbolAt(Text, 0x20f)?.Name);
        // Past the end of a sized symbol the unsized one below it still covers the offset.
        Assert.Equal("outer", obj.SymbolAt(Text, 0x210)?.Name);
        Assert.Equal("elsewhere", obj.SymbolAt(Data, 0x300)?.Name);
    }

    [Fact]
    public void Among_symbols_at_one_address_a_global_wins_else_the_first()
    {
        var locals = Object(Symbol("first", 0x40, 0, ElfSymbolBinding.Local), Symbol("second", 0x40, 0, ElfSymbolBinding.Local));
        var mixed = Object(Symbol("local", 0x40, 0, ElfSymbolBinding.Local), Symbol("global", 0x40, 0, ElfSymbolBinding.Global), Symbol("after", 0x40, 0, ElfSymbolBinding.Local));

        Assert.Equal("first", locals.SymbolAt(Text, 0x48)?.Name);
        Assert.Equal("global", mixed.SymbolAt(Text, 0x48)?.Name);
    }

    [Fact]
    public void The_object_lookup_agrees_with_a_scan_of_every_symbol()
    {
        var random = new Random(1234);
        for (int table = 0; table < 50; table++)
        {
            var symbols = Enumerable.Range(0, random.Next(1, 60))
                .Select(i => new ElfSymbol(i, random.Next(8) == 0 ? "" : "s" + i, (ulong)random.Next(0, 0x400), random.Next(3) == 0 ? 0 : (ulong)random.Next(1, 0x60),
                    random.Next(5) == 0 ? Data.Index : Text.Index, random.Next(3) == 0 ? ElfSymbolBinding.Global : ElfSymbolBinding.Local,
                    random.Next(10) == 0 ? ElfSymbolType.Section : ElfSymbolType.Function))
                .ToList();
            var obj = new ElfObject("random.o", [null, Text, Data], symbols);
            for (ulong offset = 0; offset < 0x480; offset += 3)
                Assert.Equal(ScanForSymbol(symbols, Text, offset), obj.SymbolAt(Text, offset));
        }
    }

    [Fact]
    public void An_address_names_the_function_that_covers_it()
    {
        var map = new SymbolMap([
            new MapEntry("start", 0x1000, 0, SymbolKind.Function, "a.o"),
            new MapEntry("table", 0x1080, 0x40, SymbolKind.Data, "a.o"),
            new MapEntry("sized", 0x1100, 0x20, SymbolKind.Function, "a.o"),
        ]);

        Assert.Null(map.FunctionAt(0xfff));
        Assert.Equal("start", map.FunctionAt(0x1090)?.Name);
        Assert.Equal("sized", map.FunctionAt(0x111f)?.Name);
        Assert.Equal("start", map.FunctionAt(0x1120)?.Name);
    }

    [Fact]
    public void The_map_lookup_agrees_with_a_scan_of_every_entry()
    {
        var random = new Random(4321);
        for (int table = 0; table < 50; table++)
        {
            var entries = Enumerable.Range(0, random.Next(1, 60))
                .Select(i => new MapEntry("e" + i, (ulong)random.Next(0, 0x400), random.Next(3) == 0 ? 0 : (ulong)random.Next(1, 0x60),
                    random.Next(4) == 0 ? SymbolKind.Data : SymbolKind.Function, "r.o"))
                .ToList();
            var map = new SymbolMap(entries);
            for (ulong address = 0; address < 0x480; address += 3)
                Assert.Equal(ScanForFunction(map.Entries, address), map.FunctionAt(address));
        }
    }

    private static ElfObject Object(params ElfSymbol[] symbols) => new("test.o", [null, Text, Data], symbols);

    private static ElfSymbol Symbol(string name, ulong value, ulong size, ElfSymbolBinding binding, int section = 1) =>
        new(0, name, value, size, section, binding, ElfSymbolType.Function);

    // The lookups as first written: every symbol looked at, the best kept.
    private static ElfSymbol? ScanForSymbol(IEnumerable<ElfSymbol> symbols, ElfSection section, ulong offset)
    {
        ElfSymbol? best = null;
        foreach (var symbol in symbols)
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

    private static MapEntry? ScanForFunction(IEnumerable<MapEntry> byAddress, ulong address)
    {
        MapEntry? best = null;
        foreach (var entry in byAddress)
        {
            if (entry.Address > address)
                break;
            if (entry.Kind == SymbolKind.Function && (entry.Size == 0 || address < entry.Address + entry.Size))
                best = entry;
        }

        return best;
    }
}
