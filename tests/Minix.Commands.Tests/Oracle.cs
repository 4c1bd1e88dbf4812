namespace Minix.Commands.Tests;

/// <summary>Runs a command of ours (commands/NAME, under dotnet) and the system's (GNU coreutils) the same way.</summary>
public static class Oracle
{
    /// <summary>Our <paramref name="name"/>, built beside the tests.</summary>
    public static CommandRun Ours(string name, string folder, IEnumerable<string> arguments, byte[]? input = null, IDictionary<string, string>? environment = null) =>
        CommandRun.Start("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, name + ".dll") }.Concat(arguments), folder, input, environment);

    /// <summary>The host's <paramref name="name"/> (GNU coreutils, GNU grep), from PATH.</summary>
    public static CommandRun Theirs(string name, string folder, IEnumerable<string> arguments, byte[]? input = null, IDictionary<string, string>? environment = null) =>
        CommandRun.Start(name, arguments, folder, input, environment);

    /// <summary>Runs both in <paramref name="folder"/> and asserts the same output, error and exit status.</summary>
    public static CommandRun Same(string name, string folder, string[] arguments, byte[]? input = null, IDictionary<string, string>? environment = null)
    {
        CommandRun theirs = Theirs(name, folder, arguments, input, environment);
        CommandRun ours = Ours(name, folder, arguments, input, environment);
        AssertSame(name + " " + string.Join(' ', arguments.Select(Shown)), theirs, ours);
        return ours;
    }

    /// <summary>Asserts two runs printed the same bytes and ended with the same status.</summary>
    public static void AssertSame(string what, CommandRun theirs, CommandRun ours)
    {
        if (!theirs.Output.AsSpan().SequenceEqual(ours.Output))
            Assert.Fail($"{what}: standard output differs\n--- coreutils ---\n{Visible(theirs.Output)}\n--- ours ---\n{Visible(ours.Output)}\n--- our errors ---\n{ours.ErrorText}");
        Assert.True(theirs.ErrorText == ours.ErrorText, $"{what}: standard error differs\n--- coreutils ---\n{theirs.ErrorText}\n--- ours ---\n{ours.ErrorText}");
        Assert.True(theirs.ExitCode == ours.ExitCode, $"{what}: exit status {ours.ExitCode}, coreutils {theirs.ExitCode}\n{ours.ErrorText}");
    }

    private static string Shown(string argument) => argument.Length > 40 ? argument[..40] + "..." : argument;

    /// <summary>Bytes for a failure message: text as it is, other bytes as \xNN, cut at 4 KiB.</summary>
    private static string Visible(byte[] bytes)
    {
        var text = new System.Text.StringBuilder();
        foreach (byte b in bytes.Take(4096))
            text.Append(b == '\n' || b == '\t' || (b >= 32 && b < 127) ? ((char)b).ToString() : $"\\x{b:x2}");
        return text.ToString();
    }
}
