using Minix.Ipc;

namespace Minix.Servers.Vfs;

// A slash after a path's last name says that name is a directory (POSIX, "pathname resolution"). Resolve checks it
// for the calls that follow the whole path; ResolveParent hands the last name to its call without the slash, so the
// calls that act on that name (unlink, rmdir, mkdir, mknod, link, rename, open with O_CREAT) apply the rule
// themselves, before anything is changed.
public sealed partial class VirtualFileSystem
{
    /// <summary>Whether <paramref name="path"/> ends in a slash after a last name ResolveParent found (length > 0).</summary>
    private static bool SlashAfterName(ReadOnlySpan<byte> path, int nameLength) =>
        nameLength > 0 && path[path.Length - 1] == (byte)'/';

    /// <summary>
    /// For a name that must exist and be a directory: ENOENT if the held directory has no such name, ENOTDIR if it
    /// names something else, Ok for a directory.
    /// </summary>
    private Status ExistingDirectoryName(int proc, int directory, ReadOnlySpan<byte> name)
    {
        Status status = Step(proc, directory, name, out int vnode);
        if (status != Status.Ok)
            return status;
        bool isDirectory = IsDirectory(vnode);
        Release(vnode);
        return isDirectory ? Status.Ok : Status.NotDirectory;
    }

    /// <summary>
    /// For a name that a call would create as something other than a directory (mknod, link): EEXIST if it exists,
    /// else ENOENT, as Linux: the slash asked for a directory that is not there, and the call does not make one.
    /// </summary>
    private Status NewNonDirectoryName(int proc, int directory, ReadOnlySpan<byte> name)
    {
        Status status = Step(proc, directory, name, out int vnode);
        if (status != Status.Ok)
            return status;
        Release(vnode);
        return Status.AlreadyExists;
    }
}
