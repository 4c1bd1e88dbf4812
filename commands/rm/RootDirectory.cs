using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Rm;

/// <summary>
/// Recognises an operand that names the root directory however it is spelled ("/", "//", "///"), by comparing the
/// device and inode it stands for with those of "/": a recursive rm of it would empty the whole system.
/// </summary>
public static class RootDirectory
{
    /// <summary>Whether <paramref name="path"/>, not following a final symbolic link, is the root directory.</summary>
    /// <param name="path">An operand as given.</param>
    /// <returns>True if it is the root directory; false if it is something else or cannot be looked up.</returns>
    public static bool Is(string path)
    {
        if (Sys.LinkStat(path, out FileStatus status) < 0 || FileModeBits.TypeOf(status.Mode) != FileModeBits.Directory)
            return false;
        if (Sys.LinkStat("/", out FileStatus root) < 0)
            return false;
        return status.Device == root.Device && status.Inode == root.Inode;
    }

    /// <summary>
    /// How GNU rm names such an operand in its refusal: a run of three or more slashes is cut to one (as its file tree
    /// walk trims trailing slashes), then any other spelling than "/" is followed by "(same as '/')".
    /// </summary>
    /// <param name="path">An operand that <see cref="Is"/> the root directory.</param>
    /// <returns>The text, e.g. "'//' (same as '/')".</returns>
    public static string Shown(string path)
    {
        string trimmed = path;
        if (trimmed.Length > 2)
        {
            int end = trimmed.Length;
            while (end > 1 && trimmed[end - 1] == '/' && trimmed[end - 2] == '/')
                end--;
            trimmed = trimmed.Substring(0, end);
        }

        return trimmed == "/" ? Quoting.Always(trimmed) : Quoting.Always(trimmed) + " (same as '/')";
    }
}
