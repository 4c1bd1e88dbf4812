namespace Minix.Commands.Tests;

/// <summary>head, tail and wc print what coreutils' print on generated files, binary and 64 KiB lines included.</summary>
public class HeadTailWcTests
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
    public void Head_matches_coreutils(int seed) => Compare("head", seed,
        ["text"], ["-n", "3", "text"], ["-n3", "nonl"], ["-3", "text"], ["-c", "17", "bin"], ["-c", "-5", "nonl"], ["-n", "-2", "nonl"],
        ["-n", "-4", "text"], ["-n", "0", "text"], ["text", "nonl", "empty"], ["-q", "text", "nonl"], ["-v", "text"], ["-n", "1", "long"],
        ["nosuch", "text"], ["dir", "text"], ["-n", "x", "text"], ["-c", "3x"], ["-n", "2", "-", "text"], ["-c", "1k", "bin"], ["--lines=2", "text"],
        ["-n"], ["-y"], ["-n", "5", "bin"], ["-z", "-n", "2", "bin"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tail_matches_coreutils(int seed) => Compare("tail", seed,
        ["text"], ["-n", "3", "text"], ["-n", "+3", "text"], ["-n", "+0", "nonl"], ["-c", "5", "bin"], ["-c", "+10", "nonl"], ["-3", "text"],
        ["+5", "text"], ["-c", "20", "long"], ["text", "nonl", "empty"], ["-q", "text", "nonl"], ["-v", "nonl"], ["nosuch"], ["dir"],
        ["-n", "x"], ["-n", "2", "-", "nonl"], ["-n", "1", "long"], ["-n", "0", "text"], ["-5c", "nonl"], ["-n", "2", "bin"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Wc_matches_coreutils(int seed) => Compare("wc", seed,
        ["text"], ["-l", "text"], ["-w", "text"], ["-c", "bin"], ["-m", "text"], ["-L", "text"], ["-L", "bin"], ["text", "nonl", "bin", "long"],
        ["-lw", "text", "nonl"], ["text", "dir"], ["nosuch", "text"], ["text", "nosuch"], [], ["-l"], ["-"], ["-", "text"], ["bin"], ["empty"],
        ["-clwL", "long", "numbers"], ["-x"]);
}
