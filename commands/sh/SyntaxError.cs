namespace Minix.Commands.Shell;

/// <summary>Input the shell cannot parse; the message names the fault and <see cref="Line"/> where it is.</summary>
public class SyntaxError : Exception
{
    /// <summary>A syntax error at <paramref name="line"/>.</summary>
    /// <param name="message">What is wrong ("unterminated quoted string").</param>
    /// <param name="line">The input line it was found on (1 is the first).</param>
    public SyntaxError(string message, int line)
        : base(message) => Line = line;

    /// <summary>The input line (1 is the first).</summary>
    public int Line { get; }
}

/// <summary>
/// Input that stops in the middle of a command (an open quote, a trailing | or &amp;&amp;, a backslash at the end):
/// more lines may complete it; at the end of the input it is a <see cref="SyntaxError"/>.
/// </summary>
public sealed class IncompleteInput : SyntaxError
{
    /// <summary>Input incomplete for the reason <paramref name="message"/>.</summary>
    /// <param name="message">What is left open, for the message if no more input comes.</param>
    /// <param name="line">The line where it was opened.</param>
    public IncompleteInput(string message, int line)
        : base(message, line)
    {
    }

    /// <summary>The input ended with a backslash-newline: without more input, the text before it is complete.</summary>
    public bool Continuation { get; init; }

    /// <summary>A here-document's delimiter line is missing: without more input, the body ends with the input (as in dash).</summary>
    public bool HereDocument { get; init; }
}
