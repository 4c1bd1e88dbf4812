namespace Image.Tests;

/// <summary>
/// An ordinary C# program in the image's /bin (tests/Image.Commands.Ordinary: Main(string[] args), Console, System.IO,
/// List, Dictionary, LINQ, StringBuilder; no entry code of its own), run by the commands image's pipeline, which
/// logs what it printed and the exit status its wait saw.
/// </summary>
public class OrdinaryProgramTests(CommandImageFixture boot) : IClassFixture<CommandImageFixture>
{
    /// <summary>Words in an rc line that runs the ordinary program (the coreutils comparison leaves such lines out).</summary>
    internal const string ProgramWord = "ordinary ";

    private (string Output, string Done) Ran(string pipeline)
    {
        var runs = CommandImageTests.Transcript(boot.Run.Output);
        Assert.True(runs.TryGetValue(pipeline, out var ran), $"the image never ran or never finished: {pipeline}\n--- transcript ---\n{boot.Run.Output}");
        return ran;
    }

    [Fact]
    public void A_plain_csharp_program_prints_its_args_writes_and_reads_back_a_file_and_its_parents_wait_sees_its_exit_status()
    {
        var (output, done) = Ran("ordinary show alpha beta gamma");
        Assert.Equal(
            "args: 3 [alpha] [beta] [gamma]\n" +
            "command line: ordinary show alpha beta gamma\n" +
            "read back: ALPHA=5 BETA=4 GAMMA=5\n" +
            "file: words.txt 23 bytes, exists True, in words.txt\n" +
            "deleted: True\n", output);
        Assert.EndsWith("statuses 7", done);
    }

    [Fact]
    public void Console_ReadLine_reads_standard_input_from_a_pipe_until_its_end()
    {
        var (output, done) = Ran("echo standard input | ordinary upper");
        Assert.Equal("1: STANDARD INPUT\n", output);
        Assert.EndsWith("statuses 0 1", done);
    }

    [Fact]
    public void An_unhandled_exception_is_reported_on_standard_error_with_its_csharp_line_and_ends_the_program_with_134()
    {
        var (output, done) = Ran("ordinary throw");
        string[] lines = output.Split('\n');
        Assert.Equal("Unhandled exception. System.InvalidOperationException: ordinary gave up on purpose", lines[0]);
        Assert.Matches(@"^   at Image\.Commands\.Ordinary\.Program\.Throw.* in .*Program\.cs:line \d+$", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("   at Image.Commands.Ordinary.Program.Main", StringComparison.Ordinal));
        Assert.EndsWith("statuses 134", done);
    }

    [Fact]
    public void A_null_dereference_and_a_division_by_zero_are_exceptions_the_program_catches_and_it_carries_on()
    {
        var (output, done) = Ran("ordinary faults");
        Assert.Equal(
            "faults: caught NullReferenceException\n" +
            "faults: caught DivideByZeroException\n" +
            "faults: 2 caught, still running\n", output);
        Assert.EndsWith("statuses 0", done);
    }

    [Fact]
    public void A_program_that_allocates_far_more_than_its_heap_in_garbage_succeeds()
    {
        var (output, done) = Ran("ordinary garbage 256");
        Assert.Equal("garbage: 256 MiB allocated, live data intact, collected\n", output);
        Assert.EndsWith("statuses 0", done);
    }

    [Fact]
    public void A_program_that_keeps_everything_live_catches_OutOfMemoryException_at_its_limit_and_exits_with_its_own_status()
    {
        var (output, done) = Ran("ordinary keep");
        var match = System.Text.RegularExpressions.Regex.Match(output, @"^keep: OutOfMemoryException after (\d+) MiB\n$");
        Assert.True(match.Success, output);
        // The process manager's limit is 64 MiB of data from the bottom of user memory; the program's image and the
        // list's own arrays take the rest.
        Assert.InRange(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 32, 63);
        Assert.EndsWith("statuses 42", done);
    }
}
