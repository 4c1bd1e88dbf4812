namespace Minix.Commands.Tests;

/// <summary>Functions: name() { ...; } with its arguments as $1 $2 ... $# $@, return N, as dash runs them.</summary>
public class ShellFunctionTests
{
    [Theory]
    [InlineData("f() { echo \"in f: $# [$1] [$2] $@\"; }; f x 'y z'; echo \"outside: $# $1\"")]
    [InlineData("f() { return 3; echo no; }; f; echo $?; g() { false; }; g; echo $?; h() { true; return; }; h; echo $?; k() { false; return; }; k; echo $?")]
    [InlineData("g() { for i in 1 2 3; do while true; do return $i; done; done; echo no; }; g; echo $?; echo after loop")]
    [InlineData("f() { echo $1; }; f a | tr a-z A-Z; x=$(f b); echo $x; f c & wait; (f d); f e > out; cat out")]
    [InlineData("count() { n=0; for a; do n=$((n+1)); done; echo $n; }; count; count 1 2 3; count \"$@\"; set -- p q; count \"$@\"")]
    [InlineData("fact() { if [ $1 -le 1 ]; then echo 1; else r=$(fact $(( $1 - 1 ))); echo $(( $1 * r )); fi; }; fact 5")]
    [InlineData("f() { G=global; }; f; echo $G; f() { echo redefined; }; f; unset -f f; f; echo $?")]
    [InlineData("f()\n{\n  echo multi-line\n}\nf\ng() ( cd /; pwd ); g; pwd | wc -l\nh() if true; then echo if-body; fi\nh")]
    [InlineData("for i in 1 2; do f() { echo in loop; break; }; f; echo not reached; done; echo $i")]
    [InlineData("f() { return 4; }; f && echo no || echo status $?; f() { echo $0; }; f")]
    [InlineData("f() { local x=2 y; echo in $x $y; x=3; y=4; }; x=1; y=5; f; echo out $x $y")]
    [InlineData("g() { local z=9; export z; h; }; h() { echo h sees $z; }; g; echo after g [$z]; env | grep -c '^z='")]
    [InlineData("f() { local n=$1; if [ $n -gt 0 ]; then f $((n - 1)); fi; echo $n; }; f 3; echo [$n]")]
    [InlineData("f() { local u; u=set; echo $u; }; unset u; f; echo ${u-unset}; f() { local a=1 a=2; echo $a; }; f; echo [$a]")]
    [InlineData("f() { local v=inner; g; echo f: $v; }; g() { echo g: $v; v=changed; }; v=outer; f; echo top: $v")]
    public void Functions_run_as_in_dash(string script)
    {
        ShellOracle.Same(script);
        ShellOracle.Same(script, ShellMode.ScriptFile);
    }

    [Fact]
    public void Return_outside_a_function_ends_the_script_with_its_status() =>
        ShellOracle.Same("echo before; return 4; echo not here");

    [Fact]
    public void Return_ends_a_dot_script()
    {
        ShellOracle.Same(". ./lib.sh; echo status $?; echo $LIB", prepare: box => box.Write("lib.sh", "LIB=loaded\nreturn 5\nLIB=not\n"));
    }

    [Theory]
    [InlineData("exit() { :; }", "\"exit\" cannot be a function's name")]
    [InlineData("f() {", "end of input inside the \"{\" on line 1")]
    [InlineData("f()", "end of input after \"f()\" on line 1 (its body is missing)")]
    [InlineData("f() { return x; }; f; echo $?", "return: Illegal number: x")]
    [InlineData("echo before; local x=1; echo not here", "local: not in a function")]
    [InlineData("f() { local 1x=2; }; f; echo not here", "local: 1x=2: bad variable name")]
    public void Bad_functions_are_named(string script, string named)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Contains(named, runs.Ours.ErrorText);
    }

    [Fact]
    public void An_interactive_shell_keeps_its_functions_and_goes_on_after_errors()
    {
        CommandRun run = ShellOracle.Interactive("f() { echo f $1; return 7; }\nexit() { :; }\nf one\necho after $?\nf() {\necho two lines\n}\nf\n");
        Assert.Equal("f one\nafter 7\ntwo lines\n", run.OutputText);
        Assert.Contains("\"exit\" cannot be a function's name", run.ErrorText);
        Assert.Equal(0, run.ExitCode);
    }
}
