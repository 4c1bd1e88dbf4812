using Minix.Build.Qemu;
using Minix.Tool;

namespace Minix.Build.Tests;

/// <summary>How <c>minix boot --run</c> knows the shell is ready for the next line, and how it splits its commands.</summary>
public sealed class ShellConsoleTests
{
    [Theory]
    [InlineData("init: starting\r\n# ")]
    [InlineData("# ")]
    [InlineData("ls\r\nbin\r\n$ ")]
    [InlineData("for f in a b\r\n> ")]
    public void The_shells_prompt_at_the_start_of_the_last_line_means_it_waits_for_input(string output) =>
        Assert.True(ShellConsole.EndsAtPrompt(output));

    [Theory]
    [InlineData("")]
    [InlineData("# ls\r\n")]
    [InlineData("echo a# ")]
    [InlineData("# \r\nrs: serial restarted\r\n")]
    [InlineData("#")]
    public void Output_after_or_without_a_prompt_is_not_one(string output) =>
        Assert.False(ShellConsole.EndsAtPrompt(output));

    [Fact]
    public void The_run_options_lines_are_its_lines_without_blank_ones()
    {
        Assert.Equal(["ls /", "echo 'a b'; wc -l < /etc/words"], BootCommand.ScriptLines("ls /\r\n\n  \necho 'a b'; wc -l < /etc/words\n"));
    }
}
