namespace Minix.Commands.Tests;

/// <summary>sort, uniq, grep and tee print (and write) what coreutils and GNU grep do on generated files.</summary>
public class SortUniqGrepTeeTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3 };

    private static void Compare(string tool, int seed, params string[][] cases)
    {
        using var box = new Sandbox();
        Inputs.Populate(box, seed);
        foreach (string[] arguments in cases)
            Oracle.Same(tool, box.Path, arguments, Inputs.StandardInput(seed));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sort_matches_coreutils(int seed) => Compare("sort", seed,
        ["text"], ["-r", "text"], ["-n", "numbers"], ["-nr", "numbers"], ["-n", "text"], ["-u", "text"], ["-nu", "numbers"], ["text", "nonl"],
        ["bin"], ["long", "text"], ["nosuch"], ["dir"], ["-x"], [], ["-s", "-n", "numbers"], ["-rn", "text", "numbers"], ["-z", "nonl"], ["empty"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Uniq_matches_coreutils(int seed) => Compare("uniq", seed,
        ["text"], ["-c", "text"], ["-d", "text"], ["-u", "text"], ["-i", "text"], ["-f", "1", "text"], ["-s", "2", "text"], ["-w", "3", "text"],
        ["-cd", "text"], ["nonl"], ["bin"], ["long"], ["nosuch"], [], ["-c"], ["text", "nonl", "extra"], ["-f", "x", "text"], ["empty"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Grep_for_fixed_strings_matches_gnu_grep(int seed) => Compare("grep", seed,
        ["-F", "a", "text"], ["-F", "-v", "a", "text"], ["-F", "-c", "e", "text", "nonl"], ["-F", "-n", "an", "text"], ["-F", "-i", "zeta", "text"],
        ["-F", "-w", "a", "text"], ["-F", "-x", "fig", "text"], ["-F", "-e", "fig", "-e", "date", "text"], ["-F", "", "nonl"], ["-F", "a", "bin"],
        ["-F", "-c", "a", "bin"], ["-F", "needle", "long"], ["-F", "a", "nosuch", "text"], ["-F", "-s", "a", "nosuch"], ["-F", "-q", "a", "nosuch", "text"],
        ["-F", "a", "dir"], ["-F", "-l", "a", "text", "nonl", "empty"], ["-F", "-L", "a", "text", "empty"], ["-F", "-h", "a", "text", "nonl"],
        ["-F", "-H", "a", "text"], ["-F", "a"], ["-F", "-n", "a", "-", "nonl"], ["-F"], ["-F", "-k", "a"], ["-F", "zzzz", "text"], ["-F", "-vc", "fig", "text"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tee_writes_the_files_coreutils_writes(int seed)
    {
        byte[] input = Inputs.StandardInput(seed);
        foreach (string[] arguments in new[] { new[] { "one", "two" }, ["-a", "text"], ["dir/x", "one"], ["dir"], [], ["-"] })
        {
            using var theirs = new Sandbox();
            using var ours = new Sandbox();
            Inputs.Populate(theirs, seed);
            Inputs.Populate(ours, seed);
            CommandRun expected = Oracle.Theirs("tee", theirs.Path, arguments, input);
            CommandRun actual = Oracle.Ours("tee", ours.Path, arguments, input);
            Oracle.AssertSame("tee " + string.Join(' ', arguments), expected, actual);
            Assert.Equal(Tree.Snapshot(theirs.Path), Tree.Snapshot(ours.Path));
        }
    }
}
