namespace Minix.Commands.Tests;

/// <summary>eval: its arguments joined by spaces are read and run as commands in the shell itself, as dash.</summary>
public class ShellEvalTests
{
    [Theory]
    [InlineData("x='a b'; eval \"y=\\$x\"; echo \"$y\"; eval echo \\$x; eval 'echo one;' echo two")]
    [InlineData("eval; echo $?; eval false; echo $?; eval ''; echo $?; eval 'f() { echo in f; }'; f")]
    [InlineData("f() { eval 'return 3'; echo not here; }; f; echo $?; for i in 1 2; do eval 'echo $i; break'; done")]
    [InlineData("eval 'echo a | tr a b'; eval 'echo to file' > out; cat out; X=1 eval 'echo $X'; echo \"[$X]\"")]
    [InlineData("n=3; eval \"v$n=three\"; echo $v3; eval \"echo \\${v$n}\"")]
    public void Eval_runs_its_arguments_as_commands_in_this_shell(string script) => ShellOracle.Same(script);

    [Fact]
    public void A_syntax_error_in_evals_text_ends_the_script() =>
        ShellOracle.SameFault("eval 'if'; echo not here");
}
