using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>How the long format writes times: --time-style, --full-time and TIME_STYLE.</summary>
internal static class TimeStyles
{
    /// <summary>
    /// --time-style's (or TIME_STYLE's) formats for old and recent times: full-iso, long-iso, iso, locale (any
    /// unambiguous prefix), or +FORMAT, strftime's, with a newline between the one for old and the one for recent
    /// times. "posix-" before a style means the C locale's default in the C locale, the only one here.
    /// </summary>
    /// <returns>False after a usage error.</returns>
    public static bool Choose(Command command, Settings settings, string? style)
    {
        if (style is null || style.StartsWith("posix-", StringComparison.Ordinal))
            return true;
        if (style.StartsWith('+'))
        {
            int newline = style.IndexOf('\n');
            if (newline >= 0 && style.IndexOf('\n', newline + 1) >= 0)
            {
                command.Error("invalid time style format " + Quoting.Always(style.Substring(1)));
                command.ExitStatus = 2;
                return false;
            }

            settings.OldTimes = newline < 0 ? style.Substring(1) : style.Substring(1, newline - 1);
            settings.RecentTimes = newline < 0 ? settings.OldTimes : style.Substring(newline + 1);
            return true;
        }

        string[] names = ["full-iso", "long-iso", "iso", "locale"];
        int found = -1;
        bool ambiguous = false;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] == style)
            {
                found = i;
                ambiguous = false;
                break;
            }

            if (names[i].StartsWith(style, StringComparison.Ordinal))
            {
                ambiguous = found >= 0;
                found = i;
            }
        }

        if (found < 0 || ambiguous)
        {
            command.Error((ambiguous ? "ambiguous" : "invalid") + " argument " + Quoting.Always(style) + " for 'time style'");
            var valid = new System.Text.StringBuilder("Valid arguments are:\n");
            foreach (string name in names)
                valid.Append("  - [posix-]").Append(name).Append('\n');
            Command.WriteError(valid.Append("  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\n").ToString());
            command.Usage("", 2);
            return false;
        }

        (settings.OldTimes, settings.RecentTimes) = found switch
        {
            0 => ("%Y-%m-%d %H:%M:%S.%N %z", "%Y-%m-%d %H:%M:%S.%N %z"),
            1 => ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M"),
            2 => ("%Y-%m-%d ", "%m-%d %H:%M"),
            _ => (settings.OldTimes, settings.RecentTimes),
        };
        return true;
    }
}
