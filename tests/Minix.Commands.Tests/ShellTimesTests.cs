namespace Minix.Commands.Tests;

/// <summary>
/// times: the shell's and its children's user and system time, two lines as dash prints them. The times themselves
/// differ between two processes (the runtime starting takes time), so digits are compared as 9s.
/// </summary>
public class ShellTimesTests
{
    private const string Digits = " | sed 's/[0-9]/9/g'";

    [Theory]
    [InlineData("times" + Digits)]
    [InlineData("sleep 0; ls > /dev/null; times" + Digits)]
    [InlineData("times a b" + Digits + "; times -- ; echo $?")]
    public void Times_prints_the_shells_and_its_childrens_minutes_and_seconds(string script)
    {
        ShellRuns runs = ShellOracle.Same(script.Replace("; times -- ;", "; times -- > /dev/null;"));
        Assert.Contains("9m9.999999s 9m9.999999s\n9m9.999999s 9m9.999999s\n", runs.Ours.OutputText);
    }

    [Fact]
    public void Times_counts_the_childrens_time_after_they_are_waited_for()
    {
        ShellRuns runs = ShellOracle.Same("i=0; while [ $i -lt 2 ]; do sh -c 'n=0; while [ $n -lt 200000 ]; do n=$((n+1)); done'; i=$((i+1)); done; times > t; sed -n '2s/^0m0.000000s 0m0.000000s$/none/p' t; rm t");
        Assert.Equal("", runs.Ours.OutputText);
    }

    [Theory]
    [InlineData("type times umask getopts alias unalias; command -V times")]
    [InlineData("times > /nonexistent/x; echo not here")]
    public void Times_is_a_special_builtin_as_in_dash(string script) => ShellOracle.Same(script);
}
