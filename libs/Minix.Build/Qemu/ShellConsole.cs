using System.Globalization;
using System.Text.RegularExpressions;

namespace Minix.Build.Qemu;

/// <summary>
/// A shell on a guest's serial console, driven the way a user at the terminal drives it: it waits for the prompt,
/// types a line, and waits for the next prompt (the shell's <c>$ </c> or <c>#</c>, or its continuation prompt
/// <c>&gt; </c> when a command goes on over several lines). <c>minix boot --run</c> and the image tests use it.
/// </summary>
public sealed partial class ShellConsole
{
    private readonly QemuSession _session;
    private int _mark;

    /// <summary>Talks to the shell on <paramref name="session"/>'s serial console.</summary>
    /// <param name="session">The running guest.</param>
    public ShellConsole(QemuSession session) => _session = session;

    /// <summary>The session the shell runs in.</summary>
    public QemuSession Session => _session;

    /// <summary>Whether the last wait ended at the continuation prompt (the shell wants more of a command).</summary>
    public bool Continuing { get; private set; }

    /// <summary>Waits for the shell's first prompt after boot.</summary>
    /// <param name="timeout">How long the boot may take.</param>
    /// <returns>Whether a prompt came.</returns>
    public bool WaitForPrompt(TimeSpan timeout) => WaitForNextPrompt(timeout) is not null;

    /// <summary>Types <paramref name="line"/> and a newline, and waits for the next prompt.</summary>
    /// <param name="line">One line of input (no newline).</param>
    /// <param name="timeout">How long the command may take.</param>
    /// <returns>What the guest printed after the echo of the line and before the prompt (lines joined by '\n', no '\r'), or null if no prompt came.</returns>
    public string? Run(string line, TimeSpan timeout)
    {
        _session.Type(line + "\n");
        string? since = WaitForNextPrompt(timeout);
        return since is null ? null : Answer(since, line);
    }

    /// <summary>Types ^C (the terminal's interrupt character) and waits for the next prompt.</summary>
    /// <param name="timeout">How long.</param>
    /// <returns>What the guest printed before the prompt, or null if none came.</returns>
    public string? Interrupt(TimeSpan timeout)
    {
        _session.Send([0x03]);
        string? since = WaitForNextPrompt(timeout);
        return since is null ? null : Answer(since, "");
    }

    /// <summary>Types text without waiting for anything (what a command run in the foreground reads, for instance).</summary>
    /// <param name="text">The text.</param>
    public void Type(string text) => _session.Type(text);

    /// <summary>Waits until the output since the last prompt contains <paramref name="text"/> (a command started in the foreground says it is ready).</summary>
    /// <param name="text">The text.</param>
    /// <param name="timeout">How long.</param>
    /// <returns>Whether it came.</returns>
    public bool WaitFor(string text, TimeSpan timeout) => _session.WaitFor(o => o.Contains(text, StringComparison.Ordinal), timeout, _mark);

    /// <summary>The exit status of the last command: types <c>echo $?</c> and reads the answer.</summary>
    /// <param name="timeout">How long.</param>
    /// <returns>The status, or null if the shell did not answer with a number.</returns>
    public int? LastStatus(TimeSpan timeout)
    {
        string? answer = Run("echo $?", timeout);
        return answer is not null && int.TryParse(answer.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int status) ? status : null;
    }

    /// <summary>Whether <paramref name="output"/> (the console's output since a command was typed) ends at a prompt.</summary>
    /// <param name="output">The output.</param>
    /// <returns>True at the primary prompt (<c>$ </c>, <c># </c>) or the continuation prompt (<c>&gt; </c>), each at a line's start.</returns>
    public static bool EndsAtPrompt(string output) => PromptAtEnd().IsMatch(output);

    private string? WaitForNextPrompt(TimeSpan timeout)
    {
        int mark = _mark;
        if (!_session.WaitFor(EndsAtPrompt, timeout, mark))
            return null;
        string since = _session.OutputSince(mark);
        _mark = mark + System.Text.Encoding.UTF8.GetByteCount(since);
        Continuing = since.EndsWith("> ", StringComparison.Ordinal);
        return since;
    }

    // The output between a typed line's echo and the prompt after it: the terminal echoes the line (with CR LF), the
    // command prints, the shell prompts.
    private static string Answer(string since, string line)
    {
        string text = since.Replace("\r", "", StringComparison.Ordinal);
        Match prompt = PromptAtEnd().Match(text);
        text = text[..(prompt.Value.StartsWith('\n') ? prompt.Index + 1 : prompt.Index)];
        if (line.Length > 0 && text.StartsWith(line + "\n", StringComparison.Ordinal))
            text = text[(line.Length + 1)..];
        else if (line.Length > 0 && text.StartsWith(line, StringComparison.Ordinal))
            text = text[line.Length..];
        return text;
    }

    [GeneratedRegex(@"(?:^|\n)[#$>] \z")]
    private static partial Regex PromptAtEnd();

    /// <summary>Types <c>halt</c> and waits for the machine to stop.</summary>
    /// <param name="timeout">How long.</param>
    /// <returns>Whether QEMU ended.</returns>
    public bool Halt(TimeSpan timeout)
    {
        _session.Type("halt\n");
        return _session.WaitForExit(timeout);
    }
}
