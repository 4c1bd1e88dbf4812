using System.Text;
using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>
/// ls -l's lines as GNU writes them: the mode letters, then the link count, owner, group and size in columns as
/// wide as the widest of the listing (a character or block device shows "major, minor" instead of a size, each
/// number in a column of its own within the size's), the modification time ("Dec  6 05:02", or with the year
/// instead of the time for a file six months old or from the future), the name, and for a symbolic link what it
/// points to.
/// </summary>
internal sealed class LongFormat
{
    /// <summary>Half of an average Gregorian year in seconds: GNU's line between a recent and an old time.</summary>
    private const long SixMonths = 31556952 / 2;

    private readonly Settings _settings;
    private readonly AccountNames _owners = new("/etc/passwd"), _groups = new("/etc/group");
    private readonly int _linkWidth, _ownerWidth, _groupWidth, _sizeWidth, _majorWidth, _minorWidth;
    private readonly long _now = Sys.Time(out _);

    /// <summary>The columns as wide as <paramref name="measured"/>'s widest (GNU measures every command-line operand, directories too, for the files among them).</summary>
    public LongFormat(Settings settings, List<Entry> measured)
    {
        _settings = settings;
        foreach (Entry entry in measured)
        {
            if (!entry.Known)
                continue;
            _linkWidth = Math.Max(_linkWidth, entry.Status.Links.ToString().Length);
            _ownerWidth = Math.Max(_ownerWidth, Owner(entry.Status).Length);
            _groupWidth = Math.Max(_groupWidth, Group(entry.Status).Length);
            if (IsDevice(entry.Status.Mode))
            {
                _majorWidth = Math.Max(_majorWidth, DeviceNumbers.Major(entry.Status.SpecialDevice).ToString().Length);
                _minorWidth = Math.Max(_minorWidth, DeviceNumbers.Minor(entry.Status.SpecialDevice).ToString().Length);
                _sizeWidth = Math.Max(_sizeWidth, _majorWidth + 2 + _minorWidth);
            }
            else
            {
                _sizeWidth = Math.Max(_sizeWidth, BlockCounts.Size(entry.Status.SizeInBytes, settings.FileSizes).Length);
            }
        }
    }

    /// <summary>Appends <paramref name="entry"/>'s line after the mode letters (without its newline): -g leaves out the owner, -o and -G the group, -n shows their numbers, -h and --si scale the size, -u and -c show another time; -F, -p and --file-type mark the name, or a link's target.</summary>
    public void Append(StringBuilder line, Entry entry)
    {
        FileStatus status = entry.Status;
        if (!entry.Known)
        {
            AppendUnknown(line, entry);
            return;
        }

        line.Append(ModeLetters(status.Mode)).Append(' ');
        line.Append(status.Links.ToString().PadLeft(_linkWidth)).Append(' ');
        if (_settings.Owner)
            line.Append(Column(Owner(status), _ownerWidth, !_settings.Numeric && _owners.Has(status.UserId))).Append(' ');
        if (_settings.Group)
            line.Append(Column(Group(status), _groupWidth, !_settings.Numeric && _groups.Has(status.GroupId))).Append(' ');
        if (IsDevice(status.Mode))
        {
            // the major number takes whatever the size column has beyond "major, minor"
            line.Append(DeviceNumbers.Major(status.SpecialDevice).ToString().PadLeft(Math.Max(_majorWidth, _sizeWidth - 2 - _minorWidth))).Append(", ");
            line.Append(DeviceNumbers.Minor(status.SpecialDevice).ToString().PadLeft(_minorWidth)).Append(' ');
        }
        else
        {
            line.Append(BlockCounts.Size(status.SizeInBytes, _settings.FileSizes).PadLeft(_sizeWidth)).Append(' ');
        }

        long time = _settings.TimeOf(status);
        bool recent = time <= _now && _now - time < SixMonths;
        line.Append(CivilTime.FromUnix(time).Format(recent ? _settings.RecentTimes : _settings.OldTimes)).Append(' ');
        line.Append(entry.Name);
        if (FileModeBits.TypeOf(status.Mode) != FileModeBits.SymbolicLink)
        {
            TypeIndicators.Append(line, status.Mode, _settings.Indicators);
        }
        else if (Sys.ReadLink(entry.Path, out string target) == 0)
        {
            // after the target, the mark of what it leads to (-p never looks)
            line.Append(" -> ").Append(target);
            if (_settings.Indicators >= Settings.FileTypes && Sys.Stat(entry.Path, out FileStatus reached) == 0)
                TypeIndicators.Append(line, reached.Mode, _settings.Indicators);
        }
    }

    /// <summary>
    /// The line of an entry whose status is not known (a link -L cannot follow), as GNU's: its type letter, "?" for
    /// each permission and in each column, padded as a name or a number is, and the name, with no mark or target.
    /// </summary>
    private void AppendUnknown(StringBuilder line, Entry entry)
    {
        line.Append(ModeLetters(entry.Status.Mode)[0]).Append("????????? ");
        line.Append("?".PadLeft(_linkWidth)).Append(' ');
        if (_settings.Owner)
            line.Append("?".PadRight(_ownerWidth)).Append(' ');
        if (_settings.Group)
            line.Append("?".PadRight(_groupWidth)).Append(' ');
        line.Append("?".PadLeft(_sizeWidth)).Append(' ');

        // as wide as a time written in the format for old times (GNU measures the epoch's)
        line.Append("?".PadLeft(CivilTime.FromUnix(0).Format(_settings.OldTimes).Length)).Append(' ');
        line.Append(entry.Name);
    }

    /// <summary>GNU pads a name on the right and a number (-n, or an id without a name) on the left.</summary>
    private static string Column(string text, int width, bool name) => name ? text.PadRight(width) : text.PadLeft(width);

    private string Owner(in FileStatus status) => _settings.Numeric ? status.UserId.ToString() : _owners.Of(status.UserId);

    private string Group(in FileStatus status) => _settings.Numeric ? status.GroupId.ToString() : _groups.Of(status.GroupId);

    private static bool IsDevice(int mode) => FileModeBits.TypeOf(mode) is FileModeBits.CharacterDevice or FileModeBits.BlockDevice;

    /// <summary>"drwxr-xr-x": the type letter and the nine permission letters, with s, S, t and T for the special bits.</summary>
    public static string ModeLetters(int mode)
    {
        char type = FileModeBits.TypeOf(mode) switch
        {
            FileModeBits.Directory => 'd',
            FileModeBits.SymbolicLink => 'l',
            FileModeBits.CharacterDevice => 'c',
            FileModeBits.BlockDevice => 'b',
            FileModeBits.Fifo => 'p',
            0xC000 => 's',
            _ => '-',
        };
        var letters = new StringBuilder().Append(type);
        for (int shift = 6; shift >= 0; shift -= 3)
        {
            letters.Append((mode >> (shift + 2) & 1) != 0 ? 'r' : '-');
            letters.Append((mode >> (shift + 1) & 1) != 0 ? 'w' : '-');
            bool execute = (mode >> shift & 1) != 0;
            int special = shift switch { 6 => FileModeBits.SetUserId, 3 => FileModeBits.SetGroupId, _ => FileModeBits.Sticky };
            char set = shift == 0 ? 't' : 's';
            letters.Append((mode & special) != 0 ? (execute ? set : char.ToUpperInvariant(set)) : execute ? 'x' : '-');
        }

        return letters.ToString();
    }
}
