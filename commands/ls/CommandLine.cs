using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>ls's options and operands, read into <see cref="Settings"/> as GNU ls reads them: the last of options that contradict each other wins.</summary>
internal static class CommandLine
{
    private const char FileType = '\u0001', IndicatorStyle = '\u0002', Si = '\u0003', Color = '\u0004', SortWord = '\u0005', TimeWord = '\u0006', DirectoriesFirst = '\u0007', TimeStyle = '\u0010', FullTime = '\u0011', FormatWord = '\u0012', FollowDirectoryOperands = '\u0013', Hide = '\u0014', BlockSize = '\u0015';

    private static readonly string[][] WhenWords = [["always", "yes", "force"], ["never", "no", "none"], ["auto", "tty", "if-tty"]];
    private static readonly string[][] SortWords = [["none"], ["time"], ["size"], ["extension"], ["version"], ["width"]];
    private static readonly string[][] TimeWords = [["atime", "access", "use"], ["ctime", "status"], ["birth", "creation"]];
    private static readonly string[][] FormatWords = [["verbose", "long"], ["commas"], ["horizontal", "across"], ["vertical"], ["single-column"]];
    private static readonly string[][] IndicatorWords = [["none"], ["slash"], ["file-type"], ["classify"]];

    /// <summary>Reads the command line; no operand means ".".</summary>
    /// <returns>The settings, or null after a usage error (the command's status says which).</returns>
    public static Settings? Read(Command command, string[] args, out List<string> operands)
    {
        operands = [];
        Options? options = Options.Parse(command, args, "aABcCdfFgGhHiI:klLmnopRrsStT:uUvw:xX1",
        [
            "all=a", "almost-all=A", "directory=d", "reverse=r", "recursive=R", "classify=F?", "file-type=" + FileType,
            "indicator-style=" + IndicatorStyle + ":", "inode=i", "size=s", "human-readable=h", "si=" + Si, "kibibytes=k",
            "numeric-uid-gid=n", "no-group=G", "color=" + Color + "?", "sort=" + SortWord + ":", "time=" + TimeWord + ":",
            "group-directories-first=" + DirectoriesFirst, "time-style=" + TimeStyle + ":", "full-time=" + FullTime, "format=" + FormatWord + ":", "width=w:", "tabsize=T:",
            "dereference=L", "dereference-command-line=H", "dereference-command-line-symlink-to-dir=" + FollowDirectoryOperands, "ignore=I:",
            "hide=" + Hide + ":", "ignore-backups=B", "block-size=" + BlockSize + ":",
        ], usageStatus: 2);
        if (options is null)
            return null;
        var settings = new Settings();
        bool sortChosen = false, sizesChosen = false, kibibytes = false;
        int? follow = null;
        long? width = null;
        string? timeStyle = null;
        foreach (var (name, value) in options.Seen)
        {
            switch (name)
            {
                case 'a':
                    settings.Hidden = Settings.ShowAll;
                    break;
                case 'A':
                    settings.Hidden = Settings.ShowAlmostAll;
                    break;
                case 'c':
                    settings.Time = Settings.ChangeTime;
                    break;
                case 'u':
                    settings.Time = Settings.AccessTime;
                    break;
                case 'd':
                    settings.Directories = true;
                    break;
                case 'f':
                    // GNU's -f: -a and -U, and no -l or -s given before it
                    settings.Hidden = Settings.ShowAll;
                    settings.Sort = Settings.Unsorted;
                    sortChosen = true;
                    if (settings.Long)
                        settings.Layout = Settings.OnePerLine;
                    settings.Long = false;
                    settings.Blocks = false;
                    break;
                case 'F':
                    int when = value is null ? 0 : ArgumentWords.Match(command, "--classify", value, WhenWords);
                    if (when < 0)
                        return null;
                    if (when == 0 || (when == 2 && Sys.IsTerminal(Sys.StandardOutput)))
                        settings.Indicators = Settings.Classify;
                    break;
                case 'p':
                    settings.Indicators = Settings.Slash;
                    break;
                case FileType:
                    settings.Indicators = Settings.FileTypes;
                    break;
                case IndicatorStyle:
                    int style = ArgumentWords.Match(command, "--indicator-style", value!, IndicatorWords);
                    if (style < 0)
                        return null;
                    settings.Indicators = style;
                    break;
                case 'g':
                    settings.Long = true;
                    settings.Owner = false;
                    break;
                case 'o':
                    settings.Long = true;
                    settings.Group = false;
                    break;
                case 'G':
                    settings.Group = false;
                    break;
                case 'n':
                    settings.Long = true;
                    settings.Numeric = true;
                    break;
                case 'l':
                    settings.Long = true;
                    break;
                case '1':
                    if (!settings.Long)
                        settings.Layout = Settings.OnePerLine;
                    break;
                case 'C':
                case 'x':
                case 'm':
                    settings.Long = false;
                    settings.Layout = name == 'C' ? Settings.Columns : name == 'x' ? Settings.Across : Settings.Commas;
                    break;
                case FormatWord:
                    int format = ArgumentWords.Match(command, "--format", value!, FormatWords);
                    if (format < 0)
                        return null;
                    settings.Long = format == 0;
                    if (format > 0)
                        settings.Layout = format switch { 1 => Settings.Commas, 2 => Settings.Across, 3 => Settings.Columns, _ => Settings.OnePerLine };
                    break;
                case 'w':
                    width = CountArgument.Parse(value!);
                    if (width is null)
                    {
                        command.Fail("invalid line width: " + Quoting.Always(value!), 2);
                        return null;
                    }

                    break;
                case 'T':
                    long? tabs = CountArgument.Parse(value!);
                    if (tabs is null)
                    {
                        command.Fail("invalid tab size: " + Quoting.Always(value!), 2);
                        return null;
                    }

                    settings.TabSize = tabs.Value;
                    break;
                case 'h':
                case Si:
                    settings.FileSizes = settings.BlockSizes = name == 'h' ? SizeUnit.HumanReadable : SizeUnit.Si;
                    sizesChosen = true;
                    break;
                case BlockSize:
                    BlockSizeArgument.Problem problem = BlockSizeArgument.Parse(value!, out SizeUnit unit);
                    if (problem != BlockSizeArgument.Problem.None)
                    {
                        command.Fail(BlockSizeArgument.Complaint(problem, value!), 2);
                        return null;
                    }

                    settings.FileSizes = settings.BlockSizes = unit;
                    sizesChosen = true;
                    break;
                case 'k':
                    kibibytes = true;
                    break;
                case 'L':
                    follow = Settings.FollowAll;
                    break;
                case 'H':
                    follow = Settings.FollowOperands;
                    break;
                case FollowDirectoryOperands:
                    follow = Settings.FollowOperandsToDirectories;
                    break;
                case 'I':
                    settings.IgnorePatterns.Add(value!);
                    break;
                case 'B':
                    settings.IgnorePatterns.Add("*~");
                    settings.IgnorePatterns.Add(".*~");
                    break;
                case Hide:
                    settings.HidePatterns.Add(value!);
                    break;
                case 'v':
                    settings.Sort = Settings.ByVersion;
                    sortChosen = true;
                    break;
                case 'i':
                    settings.Inodes = true;
                    break;
                case 's':
                    settings.Blocks = true;
                    break;
                case 'R':
                    settings.Recursive = true;
                    break;
                case 'r':
                    settings.Reverse = true;
                    break;
                case 't':
                    settings.Sort = Settings.ByTime;
                    sortChosen = true;
                    break;
                case 'S':
                    settings.Sort = Settings.BySize;
                    sortChosen = true;
                    break;
                case 'U':
                    settings.Sort = Settings.Unsorted;
                    sortChosen = true;
                    break;
                case 'X':
                    settings.Sort = Settings.ByExtension;
                    sortChosen = true;
                    break;
                case SortWord:
                    int sort = ArgumentWords.Match(command, "--sort", value!, SortWords);
                    if (sort < 0)
                        return null;
                    settings.Sort = sort;
                    sortChosen = true;
                    break;
                case TimeWord:
                    int time = ArgumentWords.Match(command, "--time", value!, TimeWords);
                    if (time < 0)
                        return null;
                    if (time == 2)
                        return Refuse(command, "--time=birth is not supported", 2);
                    settings.Time = time == 0 ? Settings.AccessTime : Settings.ChangeTime;
                    break;
                case Color:
                    // no colours: every WHEN is taken, a wrong one refused as GNU refuses it
                    if (value is not null && ArgumentWords.Match(command, "--color", value, WhenWords) < 0)
                        return null;
                    break;
                case TimeStyle:
                    timeStyle = value;
                    break;
                case FullTime:
                    settings.Long = true;
                    timeStyle = "full-iso";
                    break;
                case DirectoriesFirst:
                    settings.DirectoriesFirst = true;
                    break;
            }
        }

        // the time style counts only for the long format, and then TIME_STYLE too
        if (settings.Long && !TimeStyles.Choose(command, settings, timeStyle ?? EnvironmentVariables.Of("TIME_STYLE")))
            return null;

        // the line's width, for -C, -x and -m: -w, else COLUMNS, else 80
        if (!settings.Long && settings.Layout != Settings.OnePerLine)
        {
            string? columns = width is null ? EnvironmentVariables.Of("COLUMNS") : null;
            long? fromEnvironment = columns is null or "" ? null : CountArgument.Parse(columns);
            if (columns is not (null or "") && fromEnvironment is null)
                command.Error("ignoring invalid width in environment variable COLUMNS: " + Quoting.Always(columns));
            settings.Width = width ?? fromEnvironment ?? 80;
        }

        // -u or -c without -l (nor -t, -S ...) sorts by that time, as GNU's
        if (settings.Time != Settings.ModifyTime && !sortChosen && !settings.Long)
            settings.Sort = Settings.ByTime;

        // without -H, -L or --dereference-command-line-symlink-to-dir, a symbolic link to a directory named on the
        // command line is followed, unless -d, -F or -l shows the link itself
        bool showLinks = settings.Directories || settings.Long || settings.Indicators == Settings.Classify;
        settings.Follow = follow ?? (showLinks ? Settings.FollowNone : Settings.FollowOperandsToDirectories);
        if (!sizesChosen)
            SizeDefaults.Choose(settings, kibibytes);
        if (options.Operands.Count == 0)
            options.Operands.Add(".");
        operands = options.Operands;
        return settings;
    }

    /// <summary>A usage error: <paramref name="message"/> and the hint to try --help, with <paramref name="status"/>.</summary>
    private static Settings? Refuse(Command command, string message, int status)
    {
        command.Usage(message, status);
        return null;
    }
}
