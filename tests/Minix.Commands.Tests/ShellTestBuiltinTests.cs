namespace Minix.Commands.Tests;

/// <summary>test and [ are builtins of sh and answer as dash's do: file, string and integer tests, file comparisons, -t, ! -a -o and parentheses.</summary>
public class ShellTestBuiltinTests
{
    private static void Files(Sandbox box)
    {
        box.Write("input", "text\n");
        box.Write("empty", "");
        box.Write("script", "echo x\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(box.Path, "script"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(Path.Combine(box.Path, "dir"));
    }

    [Theory]
    [InlineData("[ 1 -lt 2 ] && echo lt; [ 2 -le 2 ]; echo $?; [ 3 -gt 4 ]; echo $?; [ 3 -ge 3 ]; echo $?; [ 1 -eq 1 ]; echo $?; [ 1 -ne 1 ]; echo $?; [ -1 -lt 0 ]; echo $?; [ 1 -eq ' 1' ]; echo $?")]
    [InlineData("for f in input empty script dir nosuch ''; do for op in -e -f -d -s -r -w -x; do [ $op \"$f\" ]; printf %s $?; done; echo \" $f\"; done")]
    [InlineData("[ -z '' ]; echo $?; [ -n '' ]; echo $?; [ abc = abc ]; echo $?; [ abc != abd ]; echo $?; test x; echo $?; test ''; echo $?; test; echo $?; [ ]; echo $?; [ -z ]; echo $?; test !; echo $?")]
    [InlineData("[ ! -e nosuch ]; echo $?; [ a = a -a b = c ]; echo $?; [ a = a -o b = c ]; echo $?; [ \\( a = b \\) -o \\( c = c \\) ]; echo $?; test ! a = a; echo $?; [ -n x -a ! -z '' ]; echo $?")]
    [InlineData("[ x -o x -a '' ]; echo $?; [ '' -a x -o x ]; echo $?; test ! ! a; echo $?; [ a -o ]; echo $?; test x -a; echo $?; [ = ]; echo $?; [ -n ]; echo $?")]
    [InlineData("X=5; while [ $X -gt 0 ]; do printf %s $X; X=$((X-1)); done; echo; if test -d dir && [ ! -f dir ]; then echo dir; fi; [ a \\< b ]; echo $?")]
    public void Test_and_brackets_answer_as_dash_does(string script) => ShellOracle.Same(script, prepare: Files);

    [Theory]
    [InlineData("[ new -nt old ]; echo $?; [ old -nt new ]; echo $?; [ new -ot old ]; echo $?; [ old -ot new ]; echo $?; [ new -nt new ]; echo $?")]
    [InlineData("[ new -nt nosuch ]; echo $?; [ nosuch -nt new ]; echo $?; [ nosuch -ot new ]; echo $?; [ new -ot nosuch ]; echo $?; [ '' -ot new ]; echo $?")]
    [InlineData("ln new hard; ln -s new sym; [ new -ef hard ]; echo $?; [ sym -ef new ]; echo $?; [ new -ef old ]; echo $?; [ nosuch -ef nosuch ]; echo $?; [ . -ef dir/.. ]; echo $?")]
    [InlineData("[ ! new -ot old -a old -ot new ]; echo $?; test old -nt; echo $?; [ -nt ]; echo $?; [ -ef = -ef ]; echo $?")]
    public void File_comparisons_answer_as_dash_does(string script) =>
        ShellOracle.Same(script, prepare: box =>
        {
            Files(box);
            box.Write("old", "o");
            box.Write("new", "n");
            File.SetLastWriteTimeUtc(Path.Combine(box.Path, "old"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            File.SetLastWriteTimeUtc(Path.Combine(box.Path, "new"), new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        });

    [Theory]
    [InlineData("[ -t 0 ]; echo $?; [ -t 1 ]; echo $?; [ -t 9 ]; echo $?; [ -t -1 ]; echo $?; [ -t ' 2' ]; echo $?; test -t 0 < input; echo $?")]
    [InlineData("[ -t ]; echo $?; [ ! -t 2 ]; echo $?; [ -t 1 -o -t 2 ]; echo $?; [ -t x ]; echo $?; [ -t 1x ]; echo $?")]
    public void Descriptor_is_a_terminal_answers_as_dash_does(string script) => ShellOracle.Same(script, prepare: Files);

    [Theory]
    [InlineData("[ 1 -eq x", "sh: [: missing ]\n")]
    [InlineData("[ 1 -eq x ]", "sh: [: Illegal number: x\n")]
    [InlineData("[ 1 -eq 1x ]", "sh: [: Illegal number: 1x\n")]
    [InlineData("test 1 -lt", "sh: test: -lt: argument expected\n")]
    [InlineData("[ a = ]", "sh: [: =: argument expected\n")]
    [InlineData("test a b", "sh: test: a: unexpected operator\n")]
    [InlineData("test -q x", "sh: test: -q: unexpected operator\n")]
    [InlineData("test \\( a = a", "sh: test: closing paren expected\n")]
    [InlineData("test 9999999999999999999999 -eq 1", "sh: test: Illegal number: 9999999999999999999999\n")]
    public void Bad_expressions_are_named_with_status_2_and_the_script_goes_on(string expression, string message)
    {
        ShellRuns runs = ShellOracle.Same(expression + "; echo status $?");
        Assert.Equal(message, runs.Ours.ErrorText);
        Assert.Equal("status 2\n", runs.Ours.OutputText);
        ShellOracle.Same(expression + "\necho next line", ShellMode.ScriptFile);
    }

    [Fact]
    public void An_interactive_shell_goes_on_after_a_bad_test()
    {
        CommandRun run = ShellOracle.Interactive("[ 1 -eq x\necho after $?\n[ 2 -gt 1 ] && echo yes\n");
        Assert.Equal("after 2\nyes\n", run.OutputText);
        Assert.Contains("sh: [: missing ]", run.ErrorText);
        Assert.Equal(0, run.ExitCode);
    }
}
