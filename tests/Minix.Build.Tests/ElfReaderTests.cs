using Minix.Build.Elf;
using Minix.Build.Linking;

namespace Minix.Build.Tests;

/// <summary>The ELF reader on bad input and on ILC's real output.</summary>
[Trait("Needs", "ilc")]
[Collection(CorpusCollection.Name)]
public sealed class ElfReaderTests(CorpusImages corpus)
{
    [Fact]
    public void NonElfInputNamesTheFile()
    {
        var e = Assert.Throws<ElfFormatException>(() => ElfObjectReader.Read(new byte[100], "junk.o"));
        Assert.Contains("junk.o", e.Message, StringComparison.Ordinal);
        Assert.Contains("magic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedInputNamesOffset()
    {
        var bytes = new TestObjectBuilder { Text = new byte[32] }.Define("f", TestObjectBuilder.TextSection, 0).Bytes();
        var e = Assert.Throws<ElfFormatException>(() => ElfObjectReader.Read(bytes[..(bytes.Length - 100)], "cut.o"));
        Assert.Contains("cut.o", e.Message, StringComparison.Ordinal);
        Assert.Contains("past the end", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void IlcCodeAndDataUseOnlyTheThreeSupportedRelocations(bool optimize)
    {
        string objectFile = Path.Combine(Path.GetDirectoryName(corpus.Get(optimize).ExecutablePath)!, "image.o");
        var obj = ElfObjectReader.Read(objectFile);

        var kinds = obj.Sections.Where(s => s is { IsAllocated: true }).SelectMany(s => s!.Relocations).Select(r => r.Kind).Distinct().ToList();
        Assert.All(kinds, k => Assert.Contains(k, new[] { RelocationKind.Absolute64, RelocationKind.PcRelative32, RelocationKind.Plt32 }));
        Assert.NotNull(obj.FindSection("__managedcode"));
        Assert.Contains(obj.Symbols, s => s.Name == "__ReadyToRunHeader");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryHelperIlcCallsIsInTheImageRules(bool optimize)
    {
        string objectFile = Path.Combine(Path.GetDirectoryName(corpus.Get(optimize).ExecutablePath)!, "image.o");
        var undefined = ElfObjectReader.Read(objectFile).Symbols.Where(s => s.IsUndefined && s.Name.Length > 0).Select(s => s.Name).ToList();

        // The linker's own stubs (exception funclets, the dispatch cache, ...) define some of them; the rest must be rules.
        var stubs = ImageTarget.LinuxRun().Code.Select(b => b.Symbol).ToHashSet(StringComparer.Ordinal);
        var unknown = undefined.Where(n => !n.StartsWith("minix_linux_", StringComparison.Ordinal) && !stubs.Contains(n) && ImageRules.FeatureOf(n) is null).ToList();
        Assert.Empty(unknown);
        Assert.All(ImageRules.Helpers, h => Assert.False(string.IsNullOrWhiteSpace(h.Feature)));
    }

    [Fact]
    public void RealObjectMissingAHelperNamesSymbolAndFeature()
    {
        string objectFile = Path.Combine(Path.GetDirectoryName(corpus.Get(false).ExecutablePath)!, "image.o");
        var request = new LinkRequest { BaseAddress = 0x400000, EntrySymbol = "_start" };
        request.Objects.Add(ElfObjectReader.Read(objectFile));
        ImageTarget.LinuxRun().Apply(request);
        request.Code.Remove(request.Code.Single(b => b.Symbol == "RhpStackProbe"));

        var errors = Assert.Throws<LinkException>(() => ImageLinker.Link(request)).Errors;

        var e = Assert.Single(errors);
        Assert.Equal(LinkErrorKind.UndefinedSymbol, e.Kind);
        Assert.Equal("RhpStackProbe", e.Symbol);
        Assert.Contains("stack frame larger than one page", e.Message, StringComparison.Ordinal);
        Assert.Contains("image.o section __managedcode", e.Message, StringComparison.Ordinal);
    }
}
