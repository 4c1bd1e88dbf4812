namespace Minix.Commands.Tests;

/// <summary>${X:-w} ${X-w} ${X:=w} ${X=w} ${X:?w} ${X:+w} ${#X} and the pattern removals ${X%p} ${X%%p} ${X#p} ${X##p}, as dash expands them.</summary>
public class ShellParameterOperatorTests
{
    [Theory]
    [InlineData("E=; echo ${U:-def} ${E:-empty} ${E-set} ${U-unset} [${E:+alt}] ${S:+alt} ${1:+one} ${9:-nine}", "S=s")]
    [InlineData("echo ${U:=first} $U; E=; echo ${E=kept}[$E] ${E:=now} $E; echo ${V=v} $V", "")]
    [InlineData("echo \"${U:-a  b}\" ${U:-p  q} ${U:-\"x  y\"} ${U:-'$1'} \"${U:-$1}\" ${U:-$2}; set -- ${U:-1 2 3}; echo $#", "")]
    [InlineData("X=abc.tar.gz; echo ${X%.*} ${X%%.*} ${X#*.} ${X##*.} ${#X} ${X%x} ${X#\"abc\"} ${X%'.*'}", "")]
    [InlineData("P=/usr/local/bin/tool; echo ${P##*/} ${P%/*} ${P#/} ${P%%/*}[] ${P#*[ou]} ${P##*[ou]}; echo ${#} ${#1} ${#U}", "")]
    [InlineData("X=aaa; echo ${X#a} ${X##a} ${X#a*} ${X##a*}[] ${X%?} ${X%%?*}[]; Y='a*b'; echo ${Y#a\\*} ${Y#\"a*\"}", "")]
    [InlineData("D=${HOME:+h}; echo $D; for w in ${U:-one two}; do echo [$w]; done; echo ${U:-*} | wc -w", "")]
    [InlineData("x=${U:-$(echo sub)}; echo $x ${U:-${E:-nested}} ${U:-`echo bq`} ${U:-$((2+3))}", "")]
    public void Operators_expand_as_in_dash(string script, string assignments) =>
        ShellOracle.Same(assignments + (assignments.Length > 0 ? "; " : "") + script, prepare: box => box.Write("file", ""));

    [Theory]
    [InlineData("echo before; echo ${Q:?}; echo not here", "sh: Q: parameter not set or null\n")]
    [InlineData("E=; echo ${E:?empty is not enough}; echo not here", "sh: E: empty is not enough\n")]
    [InlineData("echo ${Q?}; echo not here", "sh: Q: parameter not set\n")]
    [InlineData("echo ${Q?custom $1 message}", "sh: Q: custom a message\n")]
    public void A_missing_required_parameter_is_named_and_ends_the_script(string script, string message)
    {
        ShellRuns runs = ShellOracle.Same(script);
        Assert.Equal(message, runs.Ours.ErrorText);
        Assert.Equal(2, runs.Ours.ExitCode);
    }

    [Theory]
    [InlineData("echo ${X:%a}", "bad substitution: ${X:%a}")]
    [InlineData("echo ${}", "bad substitution: ${}")]
    [InlineData("echo ${X:-a", "missing '}'")]
    public void Bad_substitutions_are_syntax_errors_naming_the_expansion(string script, string named)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Equal(2, runs.Ours.ExitCode);
        Assert.Contains("syntax error on line 1", runs.Ours.ErrorText);
        Assert.Contains(named, runs.Ours.ErrorText);
    }

    [Fact]
    public void An_interactive_shell_goes_on_after_a_missing_parameter()
    {
        CommandRun run = ShellOracle.Interactive("echo ${Q:?no Q}\necho after $?\necho ${X:%a}\necho ${Q:-end}\n");
        Assert.Equal("after 2\nend\n", run.OutputText);
        Assert.Contains("sh: Q: no Q", run.ErrorText);
        Assert.Contains("sh: syntax error on line 3: bad substitution: ${X:%a}", run.ErrorText);
        Assert.Equal(0, run.ExitCode);
    }
}
