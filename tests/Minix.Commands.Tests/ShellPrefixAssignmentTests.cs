namespace Minix.Commands.Tests;

/// <summary>NAME=value before a command: for a program, a regular builtin or a function it holds (exported) for that command only; before a special builtin it stays, as in dash.</summary>
public class ShellPrefixAssignmentTests
{
    [Theory]
    [InlineData("X=1 echo; echo \"[$X]\"; X=1 true; echo \"[$X]\"; X=1 false; echo \"[$X]\"; X=1 test 1; X=1 [ 1 ]; echo \"[$X]\"")]
    [InlineData("X=1 cd .; X=1 pwd >/dev/null; X=1 wait; X=1 jobs; echo \"[$X]\"; X=1 echo >/nonexistent/x; echo \"[$X]\"")]
    [InlineData("X=0; X=1 read X <<EOF\nhi\nEOF\necho \"[$X]\"")]
    [InlineData("f() { echo in f $X; X=2; env | grep ^X=; }; X=1 f; echo \"[$X]\"; X=0; X=1 f; echo \"[$X]\"; env | grep -c ^X=")]
    [InlineData("f() { local X=3; echo $X; }; X=0; X=1 f; echo \"[$X]\"")]
    public void A_regular_builtins_or_a_functions_assignment_holds_for_that_command_only(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("X=1 :; echo \"[$X]\"; env | grep -c ^X=")]
    [InlineData("X=1 export Y; Z=2 set --; W=3 shift 0; V=4 unset Q; U=5 . /dev/null; T=6 exec 2>&1; echo $X $Z $W $V $U $T")]
    [InlineData("f() { X=1 local Y; echo \"in [$X]\"; X=2 return 0; }; f; echo \"[$X]\"")]
    [InlineData("X=1 trap; echo \"[$X]\"")]
    public void A_special_builtins_assignment_stays_set(string script) => ShellOracle.Same(script);
}
