namespace Minix.Commands.Tests;

/// <summary>
/// Bad input to sh (issue 15, item 5): a clear message naming the fault, a non-zero status as dash's, and an
/// interactive shell goes on with the next command.
/// </summary>
public class ShellBadInputTests
{
    /// <summary>Bad input under both shells: same output and status; our message must contain <paramref name="named"/>.</summary>
    private static void SameStatusAndNamed(string script, string named, ShellMode mode = ShellMode.CommandString) =>
        Assert.Contains(named, ShellOracle.SameFault(script, mode).Ours.ErrorText);

    [Theory]
    [InlineData("echo before; echo 'abc", "unterminated quoted string (the ' opened on line 1)")]
    [InlineData("echo before\necho \"abc\nmore", "unterminated quoted string (the \" opened on line 2)")]
    [InlineData("echo ${X", "missing '}'")]
    [InlineData("echo a &&", "end of input unexpected after \"&&\"")]
    [InlineData("echo a | ; echo b", "syntax error on line 1: \";\" unexpected")]
    [InlineData("echo a\necho b >", "line 2: redirection \">\" has no file name")]
    [InlineData("echo a; ; echo b", "\";\" unexpected")]
    [InlineData("echo $(echo unterminated", "missing ) to end the $( opened on line 1")]
    [InlineData("echo `echo unterminated", "missing ` to end the command substitution opened on line 1")]
    [InlineData("(echo a\necho b", "missing ) to end the ( opened on line 1")]
    [InlineData("( )", "\")\" unexpected: ( ) holds no command")]
    [InlineData("echo a (b)", "\"(\" unexpected")]
    public void Syntax_errors_are_named_and_end_a_script_with_status_2(string script, string named)
    {
        SameStatusAndNamed(script, named);
        SameStatusAndNamed(script, named, ShellMode.ScriptFile);
    }

    [Theory]
    [InlineData("echo a | nosuch | cat; echo $?")]
    [InlineData("echo a | nosuch; echo $?")]
    [InlineData("nosuch | cat; nosuch 2>/dev/null | cat; echo $?")]
    [InlineData("echo hi > nodir/x; echo $?; cat < nofile; echo $?; echo still here")]
    [InlineData("echo hi > nodir/x | cat; echo $?")]
    [InlineData("echo hi >> nodir/deeper/x; echo $?; ls > '' ; echo $?")]
    [InlineData("./notexec; echo $?; ./nodir; echo $?")]
    [InlineData("cd nosuch; echo $?; pwd | wc -l")]
    public void Failed_commands_and_redirections_are_reported_and_the_script_goes_on(string script) =>
        ShellOracle.Same(script, prepare: box => box.Write("notexec", "echo x\n"), compareErrors: false);

    [Theory]
    [InlineData("nosuch", "sh: nosuch: not found\n")]
    [InlineData("echo a | nosuch | cat", "sh: nosuch: not found\n")]
    [InlineData("echo hi > nodir/x", "sh: cannot create nodir/x: Directory nonexistent\n")]
    [InlineData("cat < nofile", "sh: cannot open nofile: No such file\n")]
    [InlineData("./notexec", "sh: ./notexec: Permission denied\n")]
    public void Messages_name_the_command_or_file_as_dash_does(string script, string message)
    {
        ShellRuns runs = ShellOracle.Same(script, prepare: box => box.Write("notexec", "echo x\n"));
        Assert.Equal(message, runs.Ours.ErrorText);
    }

    [Fact]
    public void A_redirection_into_a_read_only_directory_is_refused_with_the_reason()
    {
        // Root may write into a directory without write permission; /sys refuses new files even to root.
        bool root = Environment.UserName == "root";
        string target = root ? "/sys/minix-shell-test" : "ro/x";
        ShellRuns runs = ShellOracle.Same("echo hi > " + target + "; echo $?; echo goes on", prepare: box =>
        {
            Directory.CreateDirectory(Path.Combine(box.Path, "ro"));
            if (!root && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(Path.Combine(box.Path, "ro"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        });
        Assert.Equal("2\ngoes on\n", runs.Ours.OutputText);
        Assert.Contains("cannot create " + target + ": Permission denied", runs.Ours.ErrorText);
    }

    [Fact]
    public void A_64_KiB_line_is_read_whole()
    {
        string word = new string('w', 65536);
        ShellOracle.Same("echo " + word + " | wc -c; X=" + word + "; echo ${#}${X}end | wc -c\n" + word + "; echo $?", ShellMode.ScriptFile);
    }

    [Fact]
    public void A_64_KiB_line_with_an_unterminated_quote_names_the_quote()
    {
        SameStatusAndNamed("echo '" + new string('q', 65536), "unterminated quoted string", ShellMode.ScriptFile);
    }

    [Fact]
    public void An_interactive_shell_reports_each_fault_and_goes_on()
    {
        string session = string.Join('\n',
            "echo start",
            "echo a | ; echo not run",
            "echo after syntax error $?",
            "echo a | nosuch | cat",
            "echo after missing command $?",
            "echo hi > nodir/x",
            "echo after missing directory $?",
            "echo '" + new string('z', 65536) + "' | wc -c",
            "cd nosuch",
            "echo after cd $?",
            "shift 3",
            "echo after shift $?",
            "echo 'open",
            "quote'",
            "echo ${X",
            "echo last",
            "");
        using var box = new Sandbox();
        CommandRun run = Oracle.Ours("sh", box.Path, ["-i"], System.Text.Encoding.UTF8.GetBytes(session), new Dictionary<string, string> { ["PS1"] = "$ " });
        Assert.Equal(
            "start\nafter syntax error 2\nafter missing command 0\nafter missing directory 2\n65537\nafter cd 2\nafter shift 2\nopen\nquote\nlast\n",
            run.OutputText);
        Assert.Equal(0, run.ExitCode);
        foreach (string named in new[]
        {
            "sh: syntax error on line 2: \";\" unexpected", "sh: nosuch: not found", "sh: cannot create nodir/x: Directory nonexistent",
            "sh: cd: can't cd to nosuch: No such file or directory", "sh: shift: can't shift that many", "sh: syntax error on line 15: missing '}'",
        })
        {
            Assert.Contains(named, run.ErrorText);
        }

        Assert.StartsWith("$ $ sh: syntax error", run.ErrorText);
        Assert.Contains("$ > $ ", run.ErrorText);
    }

    [Fact]
    public void An_interactive_shell_ends_at_an_unterminated_quote_at_the_end_of_the_input()
    {
        ShellRuns runs = ShellOracle.Run("echo ok\necho 'never closed\n", ShellMode.Interactive);
        Assert.Equal("ok\n", runs.Ours.OutputText);
        Assert.Equal(runs.Theirs.ExitCode, runs.Ours.ExitCode);
        Assert.Contains("unterminated quoted string (the ' opened on line 2)", runs.Ours.ErrorText);
    }
}
