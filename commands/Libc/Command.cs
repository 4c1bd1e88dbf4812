using Minix.Posix;

namespace Minix.Commands.Libc;

/// <summary>
/// A running command: its name for messages, its buffered standard output and its exit status. Messages go to the
/// standard error as coreutils' error() writes them ("ls: cannot access 'x': No such file or directory"), after
/// what the standard output holds so far.
/// </summary>
public sealed class Command
{
    /// <summary>A command called <paramref name="name"/>.</summary>
    /// <param name="name">The name its messages start with.</param>
    public Command(string name)
    {
        Name = name;
        Out = new OutputBuffer(Sys.StandardOutput) { LineBuffered = Sys.IsTerminal(Sys.StandardOutput) };
    }

    /// <summary>The command's name.</summary>
    public string Name { get; }

    /// <summary>The standard output.</summary>
    public OutputBuffer Out { get; }

    /// <summary>A line a usage error prints before "Try ... --help" (grep's "Usage: grep [OPTION]... PATTERNS [FILE]...").</summary>
    public string? UsageLine { get; set; }

    /// <summary>The exit status so far (0 until something fails).</summary>
    public int ExitStatus { get; set; }

    /// <summary>Writes "<c>name: message</c>" to the standard error.</summary>
    /// <param name="message">The message.</param>
    public void Error(string message)
    {
        Out.Flush();
        WriteError(Name + ": " + message + "\n");
    }

    /// <summary>Writes "<c>name: message</c>" and sets the exit status.</summary>
    /// <param name="message">The message.</param>
    /// <param name="status">The exit status.</param>
    public void Fail(string message, int status = 1)
    {
        Error(message);
        ExitStatus = status;
    }

    /// <summary>Writes "<c>name: what: error text</c>" and sets the exit status.</summary>
    /// <param name="what">What failed (a quoted name, "write error" ...).</param>
    /// <param name="error">-errno.</param>
    /// <param name="status">The exit status.</param>
    public void Fail(string what, long error, int status = 1) => Fail(what + ": " + ErrorText.Of(error), status);

    /// <summary>A usage error: the message, then coreutils' "Try 'name --help'" line.</summary>
    /// <param name="message">What was wrong (empty: only the usage lines).</param>
    /// <param name="status">The exit status (2 for ls, grep and sort; 1 for most).</param>
    /// <returns><paramref name="status"/>.</returns>
    public int Usage(string message, int status = 1)
    {
        if (message.Length > 0)
            Error(message);
        if (UsageLine is not null)
            WriteError(UsageLine + "\n");
        WriteError("Try '" + Name + " --help' for more information.\n");
        ExitStatus = status;
        return status;
    }

    /// <summary>Flushes the standard output; a write error there is reported (as coreutils' close_stdout) and fails the command.</summary>
    /// <returns>The exit status.</returns>
    public int Finish()
    {
        Out.Flush();
        if (Out.Error != 0)
        {
            WriteError(Name + ": write error: " + ErrorText.Of(Out.Error) + "\n");
            ExitStatus = 1;
        }

        return ExitStatus;
    }

    /// <summary>Writes text straight to the standard error.</summary>
    /// <param name="text">The text.</param>
    public static void WriteError(string text) => Sys.WriteAll(Sys.StandardError, Utf8Text.Encode(text));
}
