namespace Minix.Build.Tests;

/// <summary>The <c>minix</c> command itself: run prints the result on the last line, faults exit non-zero.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ToolTests
{
    // The console is one for the process: test classes that run in parallel take turns at it.
    private static readonly Lock ConsoleTurn = new();

    internal static (int Exit, string Output, string Error) Minix(params string[] args)
    {
        using Lock.Scope turn = ConsoleTurn.EnterScope();
        var output = new StringWriter();
        var error = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            int exit = global::Minix.Tool.Program.Main(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Trait("Needs", "ilc")]
    [Fact]
    public void RunPrintsTheResultAndDisasmShowsTheMethod()
    {
        var run = Minix("run", RepoPaths.CorpusProject, "Minix.Build.Corpus.Loops.Gcd", "-12", "18");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal("6", run.Output.TrimEnd().Split('\n')[^1]);

        var fault = Minix("run", RepoPaths.CorpusProject, "Minix.Build.Corpus.Loops.Gcd", "1");
        Assert.Equal(2, fault.Exit);

        var disasm = Minix("disasm", RepoPaths.CorpusProject, "Minix.Build.Corpus.Loops.Gcd");
        Assert.True(disasm.Exit == 0, disasm.Error);
        Assert.Contains("Loops__Gcd", disasm.Output, StringComparison.Ordinal);
        Assert.Contains("ret", disasm.Output, StringComparison.Ordinal);
        Assert.Contains("; Loops.cs:", disasm.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StatsPrintsTheKernelSizeInLines()
    {
        var stats = Minix("stats", "--kernel", Path.Combine(RepoPaths.Root, "libs", "Minix.Kernel"));
        Assert.Equal(0, stats.Exit);
        var line = Assert.Single(stats.Output.Split('\n'), l => l.StartsWith("kernel lines: ", StringComparison.Ordinal));
        int lines = int.Parse(line["kernel lines: ".Length..].Trim());
        Assert.InRange(lines, 1000, 3000);
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("--accel foo: expected auto, kvm or tcg", "boot", "samples/Image", "--accel", "foo")]
    [InlineData("--timeout -5: give a number of seconds, at least 1", "boot", "samples/Image", "--timeout", "-5")]
    [InlineData("minix: name a command: run, disasm, image, boot, stats, deps")]
    public void A_wrong_command_line_gets_one_clear_error_and_exit_1_before_anything_is_built(string error, params string[] args)
    {
        var run = Minix(args);

        Assert.Equal(1, run.Exit);
        Assert.Contains(error, run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("minix: reading", run.Error, StringComparison.Ordinal);
    }
}
