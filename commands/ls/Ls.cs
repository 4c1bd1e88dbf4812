using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>
/// ls, as GNU coreutils' when its output is not a terminal: one name a line, in the C locale's order; files named on
/// the command line first, then each directory's contents under a "NAME:" heading when there is more than one thing
/// to list (always with -R, which lists every directory below too). -a shows every name, -A all but . and .., -d
/// lists directories themselves, -l the long format (-g without the owner, -o without the group, -G neither, -n with
/// numbers for names); -t, -S, -X, -U (-f) and --sort (all but version) choose the order, -r reverses it, -u and -c (--time) choose the
/// time shown and sorted by; -i, -s, -h (--si), -F, -p (--file-type, --indicator-style) and
/// --group-directories-first as GNU's. (On a terminal it still writes one name a line, where GNU ls fills columns;
/// --color is accepted, and never colours.)
/// </summary>
public static class Ls
{
    private const char FileType = '\u0001', IndicatorStyle = '\u0002', Si = '\u0003', Color = '\u0004', SortWord = '\u0005', TimeWord = '\u0006', DirectoriesFirst = '\u0007';

    private static readonly string[][] WhenWords = [["always", "yes", "force"], ["never", "no", "none"], ["auto", "tty", "if-tty"]];
    private static readonly string[][] SortWords = [["none"], ["time"], ["size"], ["extension"], ["version"], ["width"]];
    private static readonly string[][] TimeWords = [["atime", "access", "use"], ["ctime", "status"], ["birth", "creation"]];
    private static readonly string[][] IndicatorWords = [["none"], ["slash"], ["file-type"], ["classify"]];

    /// <summary>Runs ls.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0; 1 for a problem inside a directory; 2 for an operand that cannot be listed or a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("ls");
        Options? options = Options.Parse(command, args, "aAcdfFgGhiklnopRrsStuUX1",
        [
            "all=a", "almost-all=A", "directory=d", "reverse=r", "recursive=R", "classify=F?", "file-type=" + FileType,
            "indicator-style=" + IndicatorStyle + ":", "inode=i", "size=s", "human-readable=h", "si=" + Si, "kibibytes=k",
            "numeric-uid-gid=n", "no-group=G", "color=" + Color + "?", "sort=" + SortWord + ":", "time=" + TimeWord + ":",
            "group-directories-first=" + DirectoriesFirst,
        ], usageStatus: 2);
        if (options is null)
            return command.ExitStatus;
        var listing = new Listing(command);
        bool sortChosen = false;
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
                case DirectoriesFirst:
                    listing.DirectoriesFirst = true;
                    break;
            }
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
