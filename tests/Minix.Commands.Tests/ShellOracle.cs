using System.Text;
using System.Text.RegularExpressions;

namespace Minix.Commands.Tests;

/// <summary>How a script reaches the shell.</summary>
public enum ShellMode
{
    /// <summary>sh -c SCRIPT sh a 'b c'.</summary>
    CommandString,

    /// <summary>sh script.sh a 'b c' (the script written into the folder first).</summary>
    ScriptFile,

    /// <summary>
    /// sh -i with the script on the standard input: an interactive shell (prompts, errors do not end it). dash is no
    /// oracle here: from a pipe it reads ahead and drops what it read after an error (from a terminal, a read is a line).
    /// </summary>
    Interactive,
}

/// <summary>What dash and our sh did with one script, each run in the same freshly prepared folder.</summary>
/// <param name="Theirs">dash's run.</param>
/// <param name="Ours">Our sh's run.</param>
/// <param name="TheirTree">The folder after dash.</param>
/// <param name="OurTree">The folder after our sh.</param>
public sealed record ShellRuns(CommandRun Theirs, CommandRun Ours, string TheirTree, string OurTree);

/// <summary>
/// Runs a script under dash (the oracle, as coreutils is for the utilities) and under our sh (commands/sh, under dotnet)
/// the same way, in the same folder prepared the same way; both find the same utilities (the host's) on PATH.
/// </summary>
public static class ShellOracle
{
    private const string Dash = "/bin/dash";

    /// <summary>Runs <paramref name="script"/> under both shells.</summary>
    public static ShellRuns Run(string script, ShellMode mode = ShellMode.CommandString, Action<Sandbox>? prepare = null, byte[]? input = null)
    {
        Assert.True(File.Exists(Dash), "dash (the shell's oracle) is not installed at " + Dash);
        using var box = new Sandbox();
        (CommandRun Run, string Tree) RunWith(Func<string[], byte[]?, CommandRun> start)
        {
            foreach (string entry in Directory.EnumerateFileSystemEntries(box.Path))
            {
                if (Directory.Exists(entry))
                    Directory.Delete(entry, recursive: true);
                else
                    File.Delete(entry);
            }

            prepare?.Invoke(box);
            string[] arguments = mode switch
            {
                ShellMode.CommandString => ["-c", script, "sh", "a", "b c"],
                ShellMode.ScriptFile => ["script.sh", "a", "b c"],
                _ => ["-i"],
            };
            if (mode == ShellMode.ScriptFile)
                box.Write("script.sh", script);
            byte[]? stdin = mode == ShellMode.Interactive ? Encoding.UTF8.GetBytes(script) : input;
            CommandRun run = start(arguments, stdin);
            return (run, Tree.Snapshot(box.Path));
        }

        var environment = new Dictionary<string, string> { ["ENV"] = "", ["PS1"] = "$ ", ["PS2"] = "> " };
        // The test host ignores SIGPIPE and dash would pass that on (POSIX keeps signals ignored at entry ignored);
        // a shell started from a terminal has it at its default, as our sh gives its children.
        var theirs = RunWith((arguments, stdin) => CommandRun.Start("env", ["--default-signal=PIPE", Dash, .. arguments], box.Path, stdin, environment));
        var ours = RunWith((arguments, stdin) => Oracle.Ours("sh", box.Path, arguments, stdin, environment));
        return new ShellRuns(theirs.Run, ours.Run, theirs.Tree, ours.Tree);
    }

    /// <summary>
    /// Asserts both shells printed the same output, the same errors (dash's "dash: 3: " prefix read as our "sh: ";
    /// unless <paramref name="compareErrors"/> is false), ended with the same status and left the same files.
    /// </summary>
    public static ShellRuns Same(string script, ShellMode mode = ShellMode.CommandString, Action<Sandbox>? prepare = null, bool compareErrors = true, byte[]? input = null)
    {
        ShellRuns runs = Run(script, mode, prepare, input);
        string what = mode + " script:\n" + Shown(script);
        if (!runs.Theirs.Output.AsSpan().SequenceEqual(runs.Ours.Output))
            Assert.Fail($"{what}\nstandard output differs\n--- dash ---\n{Shown(runs.Theirs.OutputText)}\n--- ours ---\n{Shown(runs.Ours.OutputText)}\n--- our errors ---\n{runs.Ours.ErrorText}");
        if (compareErrors)
            Assert.True(Normalized(runs.Theirs.ErrorText) == runs.Ours.ErrorText, $"{what}\nstandard error differs\n--- dash ---\n{runs.Theirs.ErrorText}\n--- ours ---\n{runs.Ours.ErrorText}");
        Assert.True(runs.Theirs.ExitCode == runs.Ours.ExitCode, $"{what}\nexit status {runs.Ours.ExitCode}, dash {runs.Theirs.ExitCode}\n--- our errors ---\n{runs.Ours.ErrorText}");
        Assert.True(runs.TheirTree == runs.OurTree, $"{what}\nthe files left differ\n--- dash ---\n{runs.TheirTree}\n--- ours ---\n{runs.OurTree}");
        return runs;
    }

    /// <summary>
    /// Runs bad input under both shells: the same output and the same non-zero status (the message may differ from
    /// dash's: the caller checks that ours names the fault).
    /// </summary>
    public static ShellRuns SameFault(string script, ShellMode mode = ShellMode.CommandString, Action<Sandbox>? prepare = null)
    {
        ShellRuns runs = Run(script, mode, prepare);
        Assert.True(runs.Theirs.OutputText == runs.Ours.OutputText, $"{Shown(script)}\n--- dash ---\n{Shown(runs.Theirs.OutputText)}\n--- ours ---\n{Shown(runs.Ours.OutputText)}\n{runs.Ours.ErrorText}");
        Assert.True(runs.Theirs.ExitCode == runs.Ours.ExitCode, $"{Shown(script)}: status {runs.Ours.ExitCode}, dash {runs.Theirs.ExitCode}\n{runs.Ours.ErrorText}");
        Assert.True(runs.Ours.ExitCode != 0, $"{Shown(script)}: status 0 after bad input\n{runs.Ours.ErrorText}");
        return runs;
    }

    /// <summary>Our sh alone, interactive (-i, PS1 "$ "), given <paramref name="session"/> on its standard input, in an empty folder.</summary>
    /// <param name="session">The lines typed.</param>
    /// <returns>The run: prompts and messages on its standard error.</returns>
    public static CommandRun Interactive(string session)
    {
        using var box = new Sandbox();
        return Oracle.Ours("sh", box.Path, ["-i"], Encoding.UTF8.GetBytes(session), new Dictionary<string, string> { ["PS1"] = "$ " });
    }

    /// <summary>dash's messages as ours read: "sh: 3: x: not found" is "sh: x: not found" (we name the line only in syntax errors).</summary>
    public static string Normalized(string dashErrors) => Regex.Replace(dashErrors, @"^([^:\n]+): \d+: ", "$1: ", RegexOptions.Multiline);

    private static string Shown(string text) => text.Length > 2000 ? text[..2000] + "... (" + text.Length + " characters)" : text;
}
