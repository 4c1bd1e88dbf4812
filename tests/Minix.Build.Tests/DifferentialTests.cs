using System.Text;

namespace Minix.Build.Tests;

/// <summary>The shared corpus images.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusImages>
{
    public const string Name = "corpus";
}

/// <summary>
/// The differential suite: every corpus method, with edge inputs, under .NET and in the image built optimized and
/// unoptimized; results (values, checksums of written memory, fault kinds) must agree exactly.
/// </summary>
[Trait("Needs", "ilc")]
[Collection(CorpusCollection.Name)]
public sealed class DifferentialTests(CorpusImages corpus)
{
    [Fact]
    public void CorpusHasAtLeastSevenHundredMethods() => Assert.True(corpus.Methods.Count >= 700, $"only {corpus.Methods.Count} corpus methods");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ImageAgreesWithDotNet(bool optimize)
    {
        var image = corpus.Get(optimize);
        var cases = DifferentialRunner.Cases(corpus.Methods);
        var expected = cases.Select(DifferentialRunner.Expected).ToList();
        var actual = DifferentialRunner.Actual(image.ExecutablePath, cases);

        var report = new StringBuilder();
        int mismatches = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            if (expected[i] == actual[i])
                continue;
            if (++mismatches <= 40)
                report.AppendLine($"{cases[i]}: .NET {expected[i]}, image {actual[i]}");
        }

        Assert.True(mismatches == 0, $"{mismatches} of {cases.Count} cases disagree ({(optimize ? "optimized" : "debug")}):\n{report}");
        Assert.True(cases.Count > 4000, $"only {cases.Count} cases");
        Assert.Contains(expected, e => e.StartsWith("fault:", StringComparison.Ordinal));
    }
}
