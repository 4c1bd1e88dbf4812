namespace Minix.Commands.Tests;

/// <summary>$(( )) assigns to variables as dash does: = and the compound operators, lowest and from the right; no ++ or --.</summary>
public class ShellArithmeticAssignmentTests
{
    [Theory]
    [InlineData("x=1; echo $((x=5)) $x $((x+=2)) $((x-=1)) $((x*=3)) $((x/=2)) $((x%=5)) $((x<<=3)) $((x>>=1)) $((x&=6)) $((x^=3)) $((x|=8)) $x")]
    [InlineData("echo $((y = z = 4)) $y $z $((u += 3)) $u; x=1; echo $((x += y = 2)) $x $y; echo $(( x = 3 + 4 )) $x")]
    [InlineData("x=1; echo $((x=1 ? 5 : 6)) $x $((1 ? x=2 : 3)) $x $((0 ? x=9 : 1)) $x $(((x=3)+1)) $x $((x==3)) $((x<=3)) $((x!=3))")]
    [InlineData("x=1; echo $((1 || (x=5))) $((0 && (x/=0))) $x; echo $((x=0x10)) $x $((x=010)) $x $((x=-3)) $x")]
    [InlineData("i=0; while [ $((i+=1)) -le 3 ]; do echo -n $i; done; echo; : $((n=7)); echo $n")]
    public void Assignment_operators_set_the_variable_and_give_its_value(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("x=1; echo $((++x)) $x $((--x)) $x $((x--1)) $x")]
    [InlineData("x=1; echo $((x++)); echo after")]
    [InlineData("x=1; echo $((x--)); echo after")]
    public void Increment_and_decrement_are_not_operators_as_in_dash(string script) => ShellOracle.Same(script, compareErrors: false);

    [Theory]
    [InlineData("echo $((3=4))", "sh: arithmetic expression \"3=4\": \"=\" assigns only to a variable's name (at \"=4\")\n")]
    [InlineData("x=1; echo $(((x)+=1))", "sh: arithmetic expression \"(x)+=1\": \"+=\" assigns only to a variable's name (at \"+=1\")\n")]
    [InlineData("echo $((0 || x=2))", "sh: arithmetic expression \"0 || x=2\": \"=\" assigns only to a variable's name (at \"=2\")\n")]
    [InlineData("echo $((x+=))", "sh: arithmetic expression \"x+=\": an operand is missing at the end\n")]
    [InlineData("x=1; echo $((x/=0)); echo $x", "sh: arithmetic expression \"x/=0\": division by zero\n")]
    public void A_bad_assignment_is_named_and_ends_the_script(string script, string message)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Equal(2, runs.Ours.ExitCode);
        Assert.Equal(message, runs.Ours.ErrorText);
    }
}
