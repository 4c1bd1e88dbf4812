using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Minix.Commands.Tests;

/// <summary>kill signals processes as procps' kill does; time reports as GNU time -p does and passes the program's status on.</summary>
public class KillAndTimeTests
{
    private static Process Sleeper()
    {
        var start = new ProcessStartInfo("sleep", "30") { UseShellExecute = false };
        return Process.Start(start)!;
    }

    [Theory]
    [InlineData(new string[0], 143)]
    [InlineData(new[] { "-9" }, 137)]
    [InlineData(new[] { "-KILL" }, 137)]
    [InlineData(new[] { "-s", "INT" }, 130)]
    [InlineData(new[] { "-SIGHUP" }, 129)]
    public void Kill_ends_a_process_with_the_signal_named(string[] options, int status)
    {
        using var box = new Sandbox();
        using Process sleeper = Sleeper();
        CommandRun run = Oracle.Ours("kill", box.Path, [.. options, sleeper.Id.ToString()]);
        Assert.True(sleeper.WaitForExit(10_000), "the process is still running after kill " + string.Join(' ', options) + "\n" + run.ErrorText);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(status, sleeper.ExitCode);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    [InlineData("-l", "9")]
    [InlineData("-l", "KILL")]
    public void Kill_reports_as_procps_does(params string[] arguments)
    {
        using var box = new Sandbox();
        CommandRun theirs = CommandRun.Start("/bin/kill", arguments, box.Path);
        CommandRun ours = Oracle.Ours("kill", box.Path, arguments);
        Assert.Equal(theirs.OutputText, ours.OutputText);
        Assert.Equal(theirs.ExitCode, ours.ExitCode);
        if (theirs.ErrorText.Length > 0)
            Assert.Equal(theirs.ErrorText.Split('\n')[0].Replace("/bin/kill:", "kill:"), ours.ErrorText.Split('\n')[0]);
        else
            Assert.Equal("", ours.ErrorText);
    }

    [Fact]
    public void Kill_names_the_signal_behind_an_exit_status_as_posix_and_dash_do()
    {
        using var box = new Sandbox();
        CommandRun dash = CommandRun.Start("/bin/dash", ["-c", "kill -l 143; kill -l 130"], box.Path);
        CommandRun ours = CommandRun.Start("/bin/dash", ["-c", "dotnet " + Path.Combine(AppContext.BaseDirectory, "kill.dll") + " -l 143 130"], box.Path);
        Assert.Equal("TERM\nINT\n", dash.OutputText);
        Assert.Equal(dash.OutputText, ours.OutputText);
    }

    [Fact]
    public void Kill_without_a_signal_after_s_says_so()
    {
        using var box = new Sandbox();
        CommandRun run = Oracle.Ours("kill", box.Path, ["-s"]);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("kill: option requires an argument -- 's'\n", run.ErrorText);
    }

    [Fact]
    public void Kill_lists_the_signal_names()
    {
        using var box = new Sandbox();
        CommandRun run = Oracle.Ours("kill", box.Path, ["-l"]);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("HUP INT QUIT ILL TRAP ABRT", run.OutputText);
        Assert.Contains(" KILL ", run.OutputText);
        Assert.Contains(" TERM ", run.OutputText);
    }

    [Theory]
    [InlineData("sleep 0.3", 0)]
    [InlineData("sh -c 'exit 3'", 3)]
    [InlineData("sh -c 'kill -9 $$'", 137)]
    [InlineData("nosuch", 127)]
    [InlineData("./notexec", 126)]
    [InlineData("-p sh -c 'echo out; echo err >&2'", 0)]
    [InlineData("", 125)]
    public void Time_reports_as_gnu_time_p_does(string command, int status)
    {
        using var box = new Sandbox();
        box.Write("notexec", "echo x\n");
        string script = "time " + (command.StartsWith('-') ? "" : "-p ") + command;
        CommandRun theirs = CommandRun.Start("sh", ["-c", "/usr/bin/" + script], box.Path);
        CommandRun ours = CommandRun.Start("sh", ["-c", "dotnet " + Path.Combine(AppContext.BaseDirectory, "time.dll") + script[4..]], box.Path);
        Assert.Equal(status, theirs.ExitCode);
        Assert.Equal(theirs.ExitCode, ours.ExitCode);
        Assert.Equal(theirs.OutputText, ours.OutputText);
        string Times(string errors) => Regex.Replace(errors.Replace("/usr/bin/time", "time"), @"(real|user|sys) \d+\.\d\d", "$1 N.NN");
        Assert.Equal(Times(theirs.ErrorText), Times(ours.ErrorText));
        if (command.StartsWith("sleep"))
        {
            double real = double.Parse(Regex.Match(ours.ErrorText, @"real (\d+\.\d\d)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(real, 0.29, 30);
        }
    }
}
