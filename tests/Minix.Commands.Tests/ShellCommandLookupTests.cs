namespace Minix.Commands.Tests;

/// <summary>command NAME runs NAME passing over functions; command -v, command -V and type say what a name is, as dash.</summary>
public class ShellCommandLookupTests
{
    [Theory]
    [InlineData("f() { :; }; command -v f; command -v cd; command -v ls; command -v if; command -v export; command -v /bin/sh; command -v nope; echo $?; command -v ./nope; echo $?")]
    [InlineData("f() { :; }; command -V f; command -V ls; command -V cd; command -V export; command -V while; command -V nope; echo $?")]
    [InlineData("f() { :; }; type f ls cd : export if nope; echo $?; type cd; echo $?; command; echo $?")]
    public void The_kind_of_a_name_is_told(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("echo() { printf 'function\\n'; }; echo a; command echo b; ls() { echo no; }; command ls out 2>/dev/null; echo $?")]
    [InlineData("f() { echo f; }; command f; echo $?; command -p true; echo $?; command nope; echo $?")]
    [InlineData("X=1 command :; echo \"[$X]\"; command export Y=1; echo $Y; command set -- p q; echo $@")]
    public void Command_runs_a_builtin_or_a_program_but_no_function(string script) => ShellOracle.Same(script);
}
