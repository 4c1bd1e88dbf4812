namespace Minix.Commands.Tests;

/// <summary>
/// $$ is the shell's own pid in its subshells too, as in dash, whose subshells are forks: ours start a child shell, which
/// is told the pid it stands for.
/// </summary>
public class ShellProcessIdTests
{
    [Theory]
    [InlineData("a=$$; test \"$(echo $$)\" = $a && echo substitution")]
    [InlineData("a=$$; (test $$ = $a && echo subshell); ( (test $$ = $a && echo nested) )")]
    [InlineData("a=$$; echo $$ | { read b; test \"$b\" = $a && echo pipeline; }")]
    [InlineData("a=$$; { test $$ = $a && echo group; } | cat; f() { test $$ = $a && echo function; }; f | cat")]
    [InlineData("a=$$; { test $$ = $a && echo background; } & wait")]
    [InlineData("a=$$; sh -c 'echo $$' > pid; read child < pid; rm pid; test \"$child\" != $a && echo a new shell has its own")]
    public void Dollar_dollar_is_the_shells_own_pid_in_its_subshells(string script) => ShellOracle.Same(script);
}
