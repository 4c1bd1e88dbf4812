namespace Minix.Commands.Libc;

/// <summary>
/// An option's argument that must name one of a few words, as GNU's argmatch reads it: the word itself or any prefix
/// of just one of them; else "invalid argument" (or "ambiguous argument"), the valid words and the "Try" line.
/// </summary>
public static class ArgumentChoice
{
    /// <summary>Which of <paramref name="choices"/> <paramref name="value"/> names.</summary>
    /// <param name="command">For messages.</param>
    /// <param name="option">The option as the message names it ("--preserve").</param>
    /// <param name="value">The argument.</param>
    /// <param name="choices">The valid words, in the order the message lists them.</param>
    /// <returns>The index of the word named, or -1 after a usage error (reported, the command's status set).</returns>
    public static int Match(Command command, string option, string value, string[] choices)
    {
        int match = -1, matches = 0;
        for (int i = 0; i < choices.Length; i++)
        {
            if (choices[i] == value)
                return i;
            if (choices[i].StartsWith(value, StringComparison.Ordinal))
            {
                match = i;
                matches++;
            }
        }

        if (matches == 1)
            return match;
        command.Error((matches == 0 ? "invalid" : "ambiguous") + " argument " + Quoting.CStyle(value) + " for " + Quoting.CStyle(option));
        var valid = new System.Text.StringBuilder("Valid arguments are:\n");
        foreach (string choice in choices)
            valid.Append("  - " + Quoting.CStyle(choice) + "\n");
        Command.WriteError(valid.ToString());
        command.Usage("");
        return -1;
    }
}
