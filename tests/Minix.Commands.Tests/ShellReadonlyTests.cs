namespace Minix.Commands.Tests;

/// <summary>readonly NAME[=value]: the variable can be neither set nor unset after, as in dash; readonly and readonly -p list them.</summary>
public class ShellReadonlyTests
{
    [Theory]
    [InlineData("readonly X=1; readonly Y; Z=3; readonly Z; echo $X $Z; readonly; readonly -p; export X; env | grep ^X=")]
    [InlineData("Y='a b'; readonly w=$Y; echo \"$w\"; readonly A=1 B=2; echo $A$B")]
    [InlineData("readonly X=1; read X <<EOF\nnew\nEOF\necho $? $X")]
    [InlineData("readonly A=1; (A=2); echo $?; (echo $A); echo $A | cat")]
    public void A_readonly_variable_keeps_its_value(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("readonly X=1; X=2; echo not here")]
    [InlineData("readonly X=1; X=2 true; echo not here")]
    [InlineData("readonly X=1; X=2 ls; echo not here")]
    [InlineData("readonly X=1; unset X; echo not here")]
    [InlineData("readonly X=1; export X=2; echo not here")]
    [InlineData("readonly X=1; readonly X=3; echo not here")]
    [InlineData("readonly X=1; for X in a; do :; done; echo not here")]
    [InlineData("readonly X=1; echo $((X=3)); echo not here")]
    [InlineData("readonly X; echo ${X=3}; echo not here")]
    [InlineData("readonly X=1; f() { local X=2; }; f; echo not here")]
    [InlineData("readonly 1x; echo not here")]
    public void Changing_a_readonly_variable_is_an_error_that_ends_the_script(string script)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Equal(ShellOracle.Normalized(runs.Theirs.ErrorText), runs.Ours.ErrorText);
    }
}
