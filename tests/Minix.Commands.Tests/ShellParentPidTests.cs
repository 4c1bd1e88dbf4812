namespace Minix.Commands.Tests;

/// <summary>PPID: the pid of the shell's parent, set at start-up, as dash sets it (both shells here are the test's children).</summary>
public class ShellParentPidTests
{
    [Theory]
    [InlineData("echo $PPID")]
    [InlineData("set | grep ^PPID=; export -p | grep -c PPID")]
    [InlineData("(echo $PPID); echo $PPID | cat; f() { echo $PPID; }; f")]
    [InlineData("sh -c 'echo $PPID' > pid; read child < pid; rm pid; test \"$child\" = $$ && echo the child names this shell")]
    [InlineData("PPID=5; echo $PPID")]
    public void PPID_is_the_parents_pid_from_start_up(string script) => ShellOracle.Same(script);

    [Fact]
    public void A_script_file_has_PPID_too() => ShellOracle.Same("echo $PPID", ShellMode.ScriptFile);
}
