using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>
/// ls, as GNU coreutils' when its output is not a terminal: one name a line, in the C locale's order; files named on
/// the command line first, then each directory's contents under a "NAME:" heading when there is more than one thing
/// to list (always with -R, which lists every directory below too). -a shows every name, -A all but . and .., -d
/// lists directories themselves, -l the long format (-g without the owner, -o without the group, -G neither, -n with
/// numbers for names); -t, -S, -X, -U (-f) and --sort (all but version) choose the order, -r reverses it, -u and -c (--time) choose the
/// time shown and sorted by, --time-style and --full-time how it is written; -i, -s, -h (--si), -F, -p (--file-type, --indicator-style) and
/// --group-directories-first as GNU's. -C fills columns, -x rows, -m a comma-separated list, as wide as -w,
/// COLUMNS or 80. (On a terminal it still writes one name a line, where GNU ls fills columns as -C; --color is
/// accepted, and never colours.)
/// </summary>
public static class Ls
{
    private const char FileType = '\u0001', IndicatorStyle = '\u0002', Si = '\u0003', Color = '\u0004', SortWord = '\u0005', TimeWord = '\u0006', DirectoriesFirst = '\u0007', TimeStyle = '\u0010', FullTime = '\u0011', FormatWord = '\u0012';

    private static readonly string[][] WhenWords = [["always", "yes", "force"], ["never", "no", "none"], ["auto", "tty", "if-tty"]];
    private static readonly string[][] SortWords = [["none"], ["time"], ["size"], ["extension"], ["version"], ["width"]];
    private static readonly string[][] TimeWords = [["atime", "access", "use"], ["ctime", "status"], ["birth", "creation"]];
    private static readonly string[][] FormatWords = [["verbose", "long"], ["commas"], ["horizontal", "across"], ["vertical"], ["single-column"]];
    private static readonly string[][] IndicatorWords = [["none"], ["slash"], ["file-type"], ["classify"]];

    /// <summary>Runs ls.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0; 1 for a problem inside a directory; 2 for an operand that cannot be listed or a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("ls");
        Options? options = Options.Parse(command, args, "aAcCdfFgGhiklmnopRrsStT:uUw:xX1",
        [
            "all=a", "almost-all=A", "directory=d", "reverse=r", "recursive=R", "classify=F?", "file-type=" + FileType,
            "indicator-style=" + IndicatorStyle + ":", "inode=i", "size=s", "human-readable=h", "si=" + Si, "kibibytes=k",
            "numeric-uid-gid=n", "no-group=G", "color=" + Color + "?", "sort=" + SortWord + ":", "time=" + TimeWord + ":",
            "group-directories-first=" + DirectoriesFirst, "time-style=" + TimeStyle + ":", "full-time=" + FullTime, "format=" + FormatWord + ":", "width=w:", "tabsize=T:",
        ], usageStatus: 2);
        if (options is null)
            return command.ExitStatus;
        var listing = new Listing(command);
        bool sortChosen = false;
        long? width = null;
        string? timeStyle = null;
        foreach (var (name, value) in options.Seen)
        {
            switch (name)
            {
                case 'a':
                    listing.Hidden = Listing.ShowAll;
                    break;
                case 'A':
                    listing.Hidden = Listing.ShowAlmostAll;
                    break;
                case 'c':
                    listing.Time = Listing.ChangeTime;
                    break;
                case 'u':
                    listing.Time = Listing.AccessTime;
                    break;
                case 'd':
                    listing.Directories = true;
                    break;
                case 'f':
                    // GNU's -f: -a and -U, and no -l or -s given before it
                    listing.Hidden = Listing.ShowAll;
                    listing.Sort = Listing.Unsorted;
                    sortChosen = true;
                    if (listing.Long)
                        listing.Layout = Listing.OnePerLine;
                    listing.Long = false;
                    listing.Blocks = false;
                    break;
                case 'F':
                    int when = value is null ? 0 : Match(command, "--classify", value, WhenWords);
                    if (when < 0)
                        return command.ExitStatus;
                    if (when == 0 || (when == 2 && Sys.IsTerminal(Sys.StandardOutput)))
                        listing.Indicators = Listing.Classify;
                    break;
                case 'p':
                    listing.Indicators = Listing.Slash;
                    break;
                case FileType:
                    listing.Indicators = Listing.FileTypes;
                    break;
                case IndicatorStyle:
                    int style = Match(command, "--indicator-style", value!, IndicatorWords);
                    if (style < 0)
                        return command.ExitStatus;
                    listing.Indicators = style;
                    break;
                case 'g':
                    listing.Long = true;
                    listing.Owner = false;
                    break;
                case 'o':
                    listing.Long = true;
                    listing.Group = false;
                    break;
                case 'G':
                    listing.Group = false;
                    break;
                case 'n':
                    listing.Long = true;
                    listing.Numeric = true;
                    break;
                case 'l':
                    listing.Long = true;
                    break;
                case '1':
                    if (!listing.Long)
                        listing.Layout = Listing.OnePerLine;
                    break;
                case 'C':
                case 'x':
                case 'm':
                    listing.Long = false;
                    listing.Layout = name == 'C' ? Listing.Columns : name == 'x' ? Listing.Across : Listing.Commas;
                    break;
                case FormatWord:
                    int format = Match(command, "--format", value!, FormatWords);
                    if (format < 0)
                        return command.ExitStatus;
                    listing.Long = format == 0;
                    if (format > 0)
                        listing.Layout = format switch { 1 => Listing.Commas, 2 => Listing.Across, 3 => Listing.Columns, _ => Listing.OnePerLine };
                    break;
                case 'w':
                    width = Number(value!);
                    if (width is null)
                    {
                        command.Fail("invalid line width: " + Quoting.Always(value!), 2);
                        return command.ExitStatus;
                    }

                    break;
                case 'T':
                    long? tabs = Number(value!);
                    if (tabs is null)
                    {
                        command.Fail("invalid tab size: " + Quoting.Always(value!), 2);
                        return command.ExitStatus;
                    }

                    listing.TabSize = tabs.Value;
                    break;
                case 'h':
                    listing.Unit = 1024;
                    break;
                case Si:
                    listing.Unit = 1000;
                    break;
                case 'i':
                    listing.Inodes = true;
                    break;
                case 's':
                    listing.Blocks = true;
                    break;
                case 'R':
                    listing.Recursive = true;
                    break;
                case 'r':
                    listing.Reverse = true;
                    break;
                case 't':
                    listing.Sort = Listing.ByTime;
                    sortChosen = true;
                    break;
                case 'S':
                    listing.Sort = Listing.BySize;
                    sortChosen = true;
                    break;
                case 'U':
                    listing.Sort = Listing.Unsorted;
                    sortChosen = true;
                    break;
                case 'X':
                    listing.Sort = Listing.ByExtension;
                    sortChosen = true;
                    break;
                case SortWord:
                    int sort = Match(command, "--sort", value!, SortWords);
                    if (sort < 0)
                        return command.ExitStatus;
                    if (sort == Listing.ByVersion)
                        return command.Usage("--sort=" + SortWords[sort][0] + " is not supported", 2);
                    listing.Sort = sort;
                    sortChosen = true;
                    break;
                case TimeWord:
                    int time = Match(command, "--time", value!, TimeWords);
                    if (time < 0)
                        return command.ExitStatus;
                    if (time == 2)
                        return command.Usage("--time=birth is not supported", 2);
                    listing.Time = time == 0 ? Listing.AccessTime : Listing.ChangeTime;
                    break;
                case Color:
                    // no colours: every WHEN is taken, a wrong one refused as GNU refuses it
                    if (value is not null && Match(command, "--color", value, WhenWords) < 0)
                        return command.ExitStatus;
                    break;
                case TimeStyle:
                    timeStyle = value;
                    break;
                case FullTime:
                    listing.Long = true;
                    timeStyle = "full-iso";
                    break;
                case DirectoriesFirst:
                    listing.DirectoriesFirst = true;
                    break;
            }
        }

        // the time style counts only for the long format, and then TIME_STYLE too
        if (listing.Long && !ChooseTimeStyle(command, listing, timeStyle ?? Variable("TIME_STYLE")))
            return command.ExitStatus;

        // the line's width, for -C, -x and -m: -w, else COLUMNS, else 80
        if (!listing.Long && listing.Layout != Listing.OnePerLine)
        {
            string? columns = width is null ? Variable("COLUMNS") : null;
            long? fromEnvironment = columns is null or "" ? null : Number(columns);
            if (columns is not (null or "") && fromEnvironment is null)
                command.Error("ignoring invalid width in environment variable COLUMNS: " + Quoting.Always(columns));
            listing.Width = width ?? fromEnvironment ?? 80;
        }

        // -u or -c without -l (nor -t, -S ...) sorts by that time, as GNU's
        if (listing.Time != Listing.ModifyTime && !sortChosen && !listing.Long)
            listing.Sort = Listing.ByTime;

        // on the command line a symbolic link to a directory is followed, unless -d, -F or -l shows the link itself
        listing.FollowOperands = !listing.Directories && !listing.Long && listing.Indicators != Listing.Classify;
        if (options.Operands.Count == 0)
            options.Operands.Add(".");
        listing.Run(options.Operands);
        return command.Finish();
    }

    /// <summary>
    /// --time-style's (or TIME_STYLE's) formats for old and recent times: full-iso, long-iso, iso, locale (any
    /// unambiguous prefix), or +FORMAT, strftime's, with a newline between the one for old and the one for recent
    /// times. "posix-" before a style means the C locale's default in the C locale, the only one here.
    /// </summary>
    /// <returns>False after a usage error.</returns>
    private static bool ChooseTimeStyle(Command command, Listing listing, string? style)
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

            listing.OldTimes = newline < 0 ? style.Substring(1) : style.Substring(1, newline - 1);
            listing.RecentTimes = newline < 0 ? listing.OldTimes : style.Substring(newline + 1);
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

        (listing.OldTimes, listing.RecentTimes) = found switch
        {
            0 => ("%Y-%m-%d %H:%M:%S.%N %z", "%Y-%m-%d %H:%M:%S.%N %z"),
            1 => ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M"),
            2 => ("%Y-%m-%d ", "%m-%d %H:%M"),
            _ => (listing.OldTimes, listing.RecentTimes),
        };
        return true;
    }

    /// <summary>A count as xstrtoumax reads it with base 0 (decimal, 0 octal, 0x hexadecimal); a count too large is the largest; null if it is not one.</summary>
    private static long? Number(string text)
    {
        int at = 0;
        while (at < text.Length && text[at] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
            at++;
        if (at < text.Length && text[at] == '+')
            at++;
        int radix = 10;
        if (at + 1 < text.Length && text[at] == '0' && text[at + 1] is 'x' or 'X' && at + 2 < text.Length && (text[at + 2] is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F'))
        {
            radix = 16;
            at += 2;
        }
        else if (at < text.Length && text[at] == '0')
        {
            radix = 8;
        }

        if (at == text.Length)
            return null;
        long value = 0;
        for (; at < text.Length; at++)
        {
            int digit = text[at] is >= '0' and <= '9' ? text[at] - '0' : text[at] is >= 'a' and <= 'f' ? text[at] - 'a' + 10 : text[at] is >= 'A' and <= 'F' ? text[at] - 'A' + 10 : 99;
            if (digit >= radix)
                return null;
            value = value > (long.MaxValue - digit) / radix ? long.MaxValue : value * radix + digit;
        }

        return value;
    }

    /// <summary>A variable of the environment the process started with, or null.</summary>
    private static string? Variable(string name)
    {
        foreach (string variable in Sys.InitialEnvironment())
        {
            if (variable.Length > name.Length && variable[name.Length] == '=' && variable.StartsWith(name, StringComparison.Ordinal))
                return variable.Substring(name.Length + 1);
        }

        return null;
    }

    /// <summary>
    /// GNU's argmatch: <paramref name="value"/> as one of <paramref name="words"/>' groups (of words meaning one
    /// thing), any unambiguous prefix taken; else "invalid argument" (or "ambiguous argument") with the valid words,
    /// a usage error whose status is 1, not ls's usual 2 (coreutils' ARGMATCH_DIE).
    /// </summary>
    /// <returns>The group's index, or -1 after the usage error.</returns>
    private static int Match(Command command, string option, string value, string[][] words)
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
