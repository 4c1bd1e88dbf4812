using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>Each fault kind, reached through the linux-run executable: its kind on stderr, a non-zero exit.</summary>
[Trait("Needs", "ilc")]
[Collection(CorpusCollection.Name)]
public sealed class FaultTests(CorpusImages corpus)
{
    [Theory]
    [InlineData("Arithmetic", "AddInt32Checked", "2147483647 1", "Overflow")]
    [InlineData("Faults", "MinValueDivMinusOne", "-2147483648 -1", "Overflow")]
    [InlineData("Arrays", "IndexRead", "9", "IndexOutOfRange")]
    [InlineData("Spans", "Index", "-1", "IndexOutOfRange")]
    [InlineData("Faults", "DivideByZero", "1 0", "DivideByZero")]
    [InlineData("Classes", "NullDeref", "0", "NullReference")]
    [InlineData("RefsAndPointers", "NullPointerRead", "0", "NullReference")]
    [InlineData("Faults", "InvalidCast", "1", "InvalidCast")]
    [InlineData("Arrays", "CovariantStore", "1", "ArrayTypeMismatch")]
    [InlineData("Faults", "ThrowInvalidOperation", "1", "InvalidOperation")]
    [InlineData("Classes", "ThrowCustom", "-1", "Exception")]
    [InlineData("Spans", "SliceFrom", "9", "ArgumentOutOfRange")]
    [InlineData("Arrays", "NegativeLength", "-1", "Overflow")]
    public void FaultEndsTheProcessWithItsKind(string type, string method, string args, string kind)
    {
        int index = corpus.Methods.ToList().FindIndex(m => m.DeclaringType!.Name == type && m.Name == method);
        Assert.True(index >= 0, $"{type}.{method} not in the corpus");

        foreach (bool optimize in new[] { true, false })
        {
            var run = ProcessRunner.Run(corpus.Get(optimize).ExecutablePath, new[] { "--batch" }, $"{index} {args}\n");

            Assert.Equal(FaultKindNames.FaultExitCode, run.ExitCode);
            Assert.StartsWith($"fault: {kind}", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
        }
    }
}
