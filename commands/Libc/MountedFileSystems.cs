using Minix.Posix.Abi;

namespace Minix.Commands.Libc;

/// <summary>
/// The mounted file systems as a program can see them, for df and mount: the system keeps no mount table for programs
/// to read, so a mount point is a directory whose device differs from its parent's (only "/" and the directories just
/// under it are looked at, where this system mounts), a file's mount point is found by walking up from it while the
/// device stays the same, and a file system's device is the block special file in /dev with its device number
/// (<see cref="BlockDeviceNames"/>).
/// </summary>
public static class MountedFileSystems
{
    /// <summary>"/" and the directories just under it that another file system is mounted on.</summary>
    public static List<string> MountPoints()
    {
        var points = new List<string> { "/" };
        var names = new List<string>();
        if (Sys.Stat("/", out FileStatus root) < 0 || Sys.ReadDirectory("/", names) < 0)
            return points;
        names.Sort(string.CompareOrdinal);
        foreach (string name in names)
        {
            if (name is "." or ".." || Sys.LinkStat("/" + name, out FileStatus entry) < 0)
                continue;
            if ((entry.Mode & FileModeBits.TypeMask) == FileModeBits.Directory && entry.Device != root.Device)
                points.Add("/" + name);
        }

        return points;
    }

    /// <summary>The highest directory above <paramref name="file"/> (or the file itself) still on <paramref name="device"/>.</summary>
    public static string MountPointOf(string file, ulong device)
    {
        string path = Absolute(file);
        while (path != "/")
        {
            string parent = path.Substring(0, Math.Max(1, path.LastIndexOf('/')));
            if (Sys.Stat(parent, out FileStatus up) < 0 || up.Device != device)
                break;
            path = parent;
        }

        return path;
    }

    /// <summary>The path from "/", with "." and ".." resolved by name.</summary>
    public static string Absolute(string file)
    {
        string start = file.StartsWith('/') ? "" : Sys.GetWorkingDirectory(out string cwd) < 0 ? "" : cwd;
        var parts = new List<string>();
        foreach (string part in (start + "/" + file).Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join('/', parts);
    }
}
