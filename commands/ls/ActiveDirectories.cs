using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>
/// For -R, the directories being listed, from the first down to the one listed now, by device and inode: one reached
/// again below itself (through a link, with -L) is a loop, which GNU ls reports instead of listing it again.
/// </summary>
internal sealed class ActiveDirectories
{
    private readonly List<(ulong Device, ulong Inode)> _directories = new();

    /// <summary>Enters <paramref name="path"/>, unless it is one of the directories being listed.</summary>
    /// <returns>False for a loop.</returns>
    public bool Enter(string path)
    {
        if (Sys.Stat(path, out FileStatus status) < 0)
        {
            // nothing to compare: a place of its own, left like any other
            _directories.Add((ulong.MaxValue, ulong.MaxValue));
            return true;
        }

        foreach (var (device, inode) in _directories)
        {
            if (device == status.Device && inode == status.Inode)
                return false;
        }

        _directories.Add((status.Device, status.Inode));
        return true;
    }

    /// <summary>Leaves the directory entered last.</summary>
    public void Leave() => _directories.RemoveAt(_directories.Count - 1);
}
