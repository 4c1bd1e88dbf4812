namespace Minix.Commands.Ls;

/// <summary>
/// What the command line asks of ls: which names, in which order, with which columns, laid out how. The option
/// reader (<see cref="CommandLine"/>) fills it in; the walk, the printer and the long format read it.
/// </summary>
internal sealed class Settings
{
    /// <summary>Which names starting with '.' are shown: none, all but . and .. (-A), or all (-a).</summary>
    public const int ShowDefault = 0, ShowAlmostAll = 1, ShowAll = 2;

    /// <summary>The orders, as numbered in --sort's words; by name when none is chosen.</summary>
    public const int Unsorted = 0, ByTime = 1, BySize = 2, ByExtension = 3, ByVersion = 4, ByWidth = 5, ByName = 6;

    /// <summary>The indicator styles, as numbered in --indicator-style's words.</summary>
    public const int NoIndicators = 0, Slash = 1, FileTypes = 2, Classify = 3;

    /// <summary>The time shown with -l and sorted by with -t.</summary>
    public const int ModifyTime = 0, AccessTime = 1, ChangeTime = 2;

    /// <summary>The layouts other than the long format: one name a line (-1), columns (-C), rows (-x), commas (-m).</summary>
    public const int OnePerLine = 0, Columns = 1, Across = 2, Commas = 3;

    public int Layout = OnePerLine;

    /// <summary>The line's width for -C, -x and -m (0: no limit), and the distance of tab stops (0: spaces only).</summary>
    public long Width = 80, TabSize = 8;

    public int Hidden = ShowDefault, Sort = ByName, Indicators = NoIndicators, Time = ModifyTime;

    /// <summary>The long format's strftime formats for a time six months old or more (or in the future), and for a recent one.</summary>
    public string OldTimes = "%b %e  %Y", RecentTimes = "%b %e %H:%M";

    /// <summary>Which symbolic links are followed: none, operands that lead to a directory (the default without -d, -F or -l), all operands (-H), all (-L).</summary>
    public const int FollowNone = 0, FollowOperandsToDirectories = 1, FollowOperands = 2, FollowAll = 3;

    public int Follow = FollowOperandsToDirectories;

    /// <summary>How -l writes sizes (bytes unless --block-size, -h or --si), and how -s and "total" write block counts (KiB).</summary>
    public SizeUnit FileSizes = SizeUnit.Of(1), BlockSizes = SizeUnit.Of(1024);

    /// <summary>The patterns of -I (and -B), whose names are never listed, and of --hide, whose names -a and -A show.</summary>
    public readonly List<string> IgnorePatterns = new(), HidePatterns = new();

    public bool Directories, Long, Owner = true, Group = true, Numeric, Inodes, Blocks, Recursive, Reverse, DirectoriesFirst;

    /// <summary>
    /// Whether each entry's status is looked at, as GNU's ls, which does not look when it lists names only (and then
    /// says nothing of a link -L cannot follow).
    /// </summary>
    public bool NeedsStatus => Long || Blocks || Inodes || Recursive || DirectoriesFirst || Indicators != NoIndicators || Sort is ByTime or BySize;

    /// <summary>The time -l shows and -t sorts by.</summary>
    public long TimeOf(in Minix.Posix.Abi.FileStatus status) => Time == AccessTime ? status.AccessTime : Time == ChangeTime ? status.ChangeTime : status.ModifyTime;
}
