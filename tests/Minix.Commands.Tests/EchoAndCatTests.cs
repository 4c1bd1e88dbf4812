namespace Minix.Commands.Tests;

/// <summary>echo and cat print what coreutils' print, options, escapes, binary input and errors included.</summary>
public class EchoAndCatTests
{
    [Theory]
    [InlineData("hello", "world")]
    [InlineData("-n", "no newline")]
    [InlineData("-e", "a\\tb\\nc\\\\d\\x41\\0101\\101\\q")]
    [InlineData("-e", "stop\\cnot this")]
    [InlineData("-E", "a\\tb")]
    [InlineData("-nx", "an argument")]
    [InlineData("--", "-n")]
    [InlineData("-neE", "x\\ty")]
    [InlineData("")]
    public void Echo_matches_coreutils(params string[] arguments)
    {
        using var box = new Sandbox();
        Oracle.Same("echo", box.Path, arguments);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Cat_matches_coreutils_on_generated_files(int seed)
    {
        using var box = new Sandbox();
        box.Write("a", Inputs.Text(seed));
        box.Write("b", Inputs.Text(seed + 100, finalNewline: false));
        box.Write("bin", Inputs.Binary(seed));
        box.Write("long", Inputs.LongLine());
        Directory.CreateDirectory(Path.Combine(box.Path, "dir"));
        foreach (string[] arguments in new[]
        {
            new[] { "a" }, ["a", "b", "a"], ["bin"], ["long"], ["-n", "b", "a"], ["-b", "a"], ["-s", "a"], ["-A", "bin"], ["-v", "bin"],
            ["-e", "a"], ["-t", "a"], ["-ET", "b", "b"], ["nosuch", "a"], ["dir"], ["-z"], ["--number", "a"], ["-", "a"],
        })
        {
            Oracle.Same("cat", box.Path, arguments, input: System.Text.Encoding.UTF8.GetBytes(Inputs.Text(seed + 7)));
        }
    }
}
