namespace Minix.Commands.Tests;

/// <summary>sh reads words, quotes, variables and special parameters as dash does.</summary>
public class ShellExpansionTests
{
    [Theory]
    [InlineData("echo 'a  b' \"c  d\" e\\ \\ f")]
    [InlineData("X='1  2'; echo $X \"$X\" ${X}x \"${X}\"y")]
    [InlineData("echo \"\\$X \\\\ \\\" \\a\" '\\n' \\$HOME")]
    [InlineData("echo a#b # a comment; echo not printed")]
    [InlineData("echo \"\"; echo ''x; E=; printf '[%s]' $E \"\" \"$E\" ''$E; echo")]
    [InlineData("echo $?; false; echo $?; true; echo $?")]
    [InlineData("echo $0 $1 $#; printf '[%s]' \"$@\" $* \"$*\"; echo")]
    [InlineData("set -- x 'y  z'; echo $#; printf '[%s]' \"$@\"; shift; echo $1; shift 5; echo $?")]
    [InlineData("IFS=:; X=a:b::c:; printf '[%s]' $X; echo")]
    [InlineData("X=' lead  trail '; printf '[%s]' $X \"$X\" x${X}y; echo")]
    [InlineData("X=2 env | grep '^X='; echo \"[$X]\"")]
    [InlineData("export A=1; B=2; env | grep -E '^(A|B)='; unset A; env | grep -c '^A='")]
    [InlineData("export C; C=3; env | grep '^C='; D=4; export D; env | grep '^D='")]
    [InlineData("echo a\\\nb \"c\\\nd\"")]
    [InlineData("echo \"multi\nline\" 'quoted\nstring'")]
    [InlineData("X=a; X=${X}b$X; echo $X ${UNSET}none \"${UNSET}\"")]
    [InlineData("echo $ a$ \"$\" '$X'")]
    [InlineData("echo $$ | grep -c '^[0-9][0-9]*$'")]
    [InlineData("echo -n no newline; echo '\\tescapes\\c' not this; echo -e x; echo a\\")]
    public void Expansion_matches_dash(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("echo *.txt; echo '*.txt' \"*\".txt; echo nomatch*; echo [ab].txt ?.txt; echo d/*; echo .*.txt")]
    [InlineData("X='*.txt'; echo $X \"$X\"; echo [!a]*.txt")]
    public void Pathname_expansion_matches_dash(string script) =>
        ShellOracle.Same(script, prepare: box =>
        {
            box.Write("b.txt", "b");
            box.Write("a.txt", "a");
            box.Write(".hidden.txt", "h");
            box.Write("c.log", "c");
            box.Write("d/one", "1");
            box.Write("d/two", "2");
        });

    [Theory]
    [InlineData("echo $(echo a  b) \"$(printf 'x\\n\\n')\" `echo back`; X=$(false); echo $?; Y=$(echo \"in (paren)\" | tr a-z A-Z); echo $Y")]
    [InlineData("echo \"$(echo $(echo nested))\"; E=$(ls nosuch 2>&1); echo \"[$E]\"; echo $(exit 4) $?")]
    [InlineData("X=outer; echo $(X=inner; echo $X) $X; set -- p q; echo $(echo $# $2)")]
    [InlineData("printf '%s\\n' $(seq 1 3) \"$(seq 1 3)\" | cat -A; echo `echo \\`echo inner\\``")]
    [InlineData("echo $(cat big | wc -l) $(cat big | head -n 1)")]
    public void Command_substitution_matches_dash(string script) =>
        ShellOracle.Same(script, prepare: box => box.Write("big", Inputs.Text(5, lines: 3000)));

    [Theory]
    [InlineData("i=0; while [ $i -lt 5 ]; do i=$((i+1)); echo -n \"$i \"; done; echo")]
    [InlineData("echo $((2+3*4)) $(( (2+3)*4 )) $((7/2)) $((7%3)) $((-7/2)) $((1<<4)) $((0x1f)) $((010)) $((3>2 && 1)) $((! 0)) $((~0)) $((5>3 ? 10 : 20))")]
    [InlineData("X=4; echo $(($X*2)) $((X*X)) \"$((X + ${X}))\" $((Y+1)) $(( $# )) $((X == 4 || 1/0))")]
    [InlineData("echo $((1/0)); echo after")]
    [InlineData("echo $((7 % 0)); echo after")]
    public void Arithmetic_expansion_matches_dash(string script) => ShellOracle.Same(script, compareErrors: false);

    [Theory]
    [InlineData("echo $((1/0))", "sh: arithmetic expression \"1/0\": division by zero\n")]
    [InlineData("echo $((1 +))", "sh: arithmetic expression \"1 +\": an operand is missing at the end\n")]
    [InlineData("X=abc; echo $((X+1))", "sh: arithmetic expression \"X+1\": \"abc\" is not a number\n")]
    [InlineData("echo $((2+2", "sh: syntax error on line 1 at the end of the input: missing )) to end the $(( opened on line 1\n")]
    public void Arithmetic_errors_name_the_expression(string script, string message)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Equal(2, runs.Ours.ExitCode);
        Assert.Equal(message, runs.Ours.ErrorText);
    }

    [Theory]
    [InlineData("(cd /; pwd; X=1); pwd | wc -l; echo [$X]; (echo a; echo b) | sort -r; (exit 3); echo $?")]
    [InlineData("(echo in; ls nosuch) > f 2>&1; cat f; (echo a; (echo nested)) && echo ok & wait")]
    [InlineData("( echo spaced ) ; (\necho newline\n) | cat; ! (false); echo $?")]
    [InlineData("(exit 2) || (echo after; exit 5); echo $?")]
    public void Subshells_match_dash(string script) => ShellOracle.Same(script);

    [Fact]
    public void Set_and_export_list_variables_quoted_as_dash_does()
    {
        ShellOracle.Same("X='it'\"'\"'s'; export Y='a b'; set | grep -E '^(X|Y)='; export -p | grep -E ' (X|Y)='");
    }
}
