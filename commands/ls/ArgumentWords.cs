using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>Words as option arguments (--sort=WORD, --color=WHEN, ...), read as GNU's argmatch reads them.</summary>
internal static class ArgumentWords
{
    /// <summary>
    /// GNU's argmatch: <paramref name="value"/> as one of <paramref name="words"/>' groups (of words meaning one
    /// thing), any unambiguous prefix taken; else "invalid argument" (or "ambiguous argument") with the valid words,
    /// a usage error whose status is 1, not ls's usual 2 (coreutils' ARGMATCH_DIE).
    /// </summary>
    /// <returns>The group's index, or -1 after the usage error.</returns>
    public static int Match(Command command, string option, string value, string[][] words)
    {
        int found = -1;
        bool ambiguous = false;
        for (int group = 0; group < words.Length; group++)
        {
            foreach (string word in words[group])
            {
                if (word == value)
                    return group;
                if (word.StartsWith(value, StringComparison.Ordinal))
                {
                    if (found >= 0 && found != group)
                        ambiguous = true;
                    found = group;
                }
            }
        }

        if (found >= 0 && !ambiguous)
            return found;
        command.Error((ambiguous ? "ambiguous" : "invalid") + " argument " + Quoting.Always(value) + " for '" + option + "'");
        var valid = new System.Text.StringBuilder("Valid arguments are:");
        foreach (string[] group in words)
            valid.Append("\n  - '").Append(string.Join("', '", group)).Append('\'');
        Command.WriteError(valid.Append('\n').ToString());
        command.Usage("", 1);
        return -1;
    }
}
