namespace Minix.Commands.Tests;

/// <summary>$(( )): parameters, command substitutions and inner $(( )) are expanded as text first, then evaluated, as dash does.</summary>
public class ShellArithmeticTextTests
{
    [Theory]
    [InlineData("x=y; echo $(($x=1)); echo $y")]
    [InlineData("X='1+2'; echo $(($X*3)) $(( ($X)*3 ))")]
    [InlineData("echo $(($(echo 3)+1)) $((`echo 2`*2)); a=5; echo $((${a}+1)) $((${a:-2}*2)) $((${#a})) $((${b:-4}*2))")]
    [InlineData("echo $((1 + $((2*3)))) \"$((4 * $((1+1))))\"; set -- 4 5; echo $(($1+$2)) $(($#*2))")]
    [InlineData("op='+'; echo $((2 $op 3)); n=x; x=7; echo $(($n))")]
    public void Expansions_inside_are_text_before_the_arithmetic(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("X='1+2'; echo $((X*3)); echo not here")]
    [InlineData("echo $((\\$a)); echo not here")]
    [InlineData("n=x; x=7; echo $((n)); echo not here")]
    public void A_name_must_hold_a_number(string script) => ShellOracle.SameFault(script);
}
