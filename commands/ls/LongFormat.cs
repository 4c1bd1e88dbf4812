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
internal static class LongFormat
{
    /// <summary>Half of an average Gregorian year in seconds: GNU's line between a recent and an old time.</summary>
    private const long SixMonths = 31556952 / 2;

    /// <summary>Writes <paramref name="entries"/>' lines, with columns as wide as <paramref name="measured"/>'s widest (GNU measures every command-line operand, directories too, for the files among them).</summary>
    public static void Write(OutputBuffer output, List<Entry> entries, List<Entry> measured)
    {
        var owners = new AccountNames("/etc/passwd");
        var groups = new AccountNames("/etc/group");
        int linkWidth = 0, ownerWidth = 0, groupWidth = 0, sizeWidth = 0, majorWidth = 0, minorWidth = 0;
        foreach (Entry entry in measured)
        {
            linkWidth = Math.Max(linkWidth, entry.Status.Links.ToString().Length);
            ownerWidth = Math.Max(ownerWidth, owners.Of(entry.Status.UserId).Length);
            groupWidth = Math.Max(groupWidth, groups.Of(entry.Status.GroupId).Length);
            if (IsDevice(entry.Status.Mode))
            {
                majorWidth = Math.Max(majorWidth, DeviceNumbers.Major(entry.Status.SpecialDevice).ToString().Length);
                minorWidth = Math.Max(minorWidth, DeviceNumbers.Minor(entry.Status.SpecialDevice).ToString().Length);
                sizeWidth = Math.Max(sizeWidth, majorWidth + 2 + minorWidth);
            }
            else
            {
                sizeWidth = Math.Max(sizeWidth, entry.Status.SizeInBytes.ToString().Length);
            }
        }

        long now = Sys.Time(out _);
        foreach (Entry entry in entries)
        {
            FileStatus status = entry.Status;
            var line = new StringBuilder();
            line.Append(ModeLetters(status.Mode)).Append(' ');
            line.Append(status.Links.ToString().PadLeft(linkWidth)).Append(' ');
            line.Append(owners.Of(status.UserId).PadRight(ownerWidth)).Append(' ');
            line.Append(groups.Of(status.GroupId).PadRight(groupWidth)).Append(' ');
            if (IsDevice(status.Mode))
            {
                // the major number takes whatever the size column has beyond "major, minor"
                line.Append(DeviceNumbers.Major(status.SpecialDevice).ToString().PadLeft(Math.Max(majorWidth, sizeWidth - 2 - minorWidth))).Append(", ");
                line.Append(DeviceNumbers.Minor(status.SpecialDevice).ToString().PadLeft(minorWidth)).Append(' ');
            }
            else
            {
                line.Append(status.SizeInBytes.ToString().PadLeft(sizeWidth)).Append(' ');
            }

            bool recent = status.ModifyTime <= now && now - status.ModifyTime < SixMonths;
            line.Append(CivilTime.FromUnix(status.ModifyTime).Format(recent ? "%b %e %H:%M" : "%b %e  %Y")).Append(' ');
            line.Append(entry.Name);
            if (FileModeBits.TypeOf(status.Mode) == FileModeBits.SymbolicLink && Sys.ReadLink(entry.Path, out string target) == 0)
                line.Append(" -> ").Append(target);
            output.Write(line.Append('\n').ToString());
        }
    }

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
