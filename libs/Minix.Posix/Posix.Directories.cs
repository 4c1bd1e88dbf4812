using Minix.Kernel.Grants;

namespace Minix.Posix;

// Names and directories: link, unlink, rename, mkdir, rmdir, chdir, getcwd, getdents, mknod, mount, umount.
public static unsafe partial class Posix
{
    /// <summary>unlink(2).</summary>
    /// <param name="path">The path.</param>
    /// <returns>0, or -errno.</returns>
    public static long Unlink(ReadOnlySpan<byte> path) => PathCall(FileSystemProtocol.Unlink, path);

    /// <summary>link(2): a second name for an existing file.</summary>
    /// <param name="existing">The file.</param>
    /// <param name="path">The new name.</param>
    /// <returns>0, or -errno.</returns>
    public static long Link(ReadOnlySpan<byte> existing, ReadOnlySpan<byte> path) => TwoPathCall(FileSystemProtocol.Link, existing, path);

    /// <summary>rename(2).</summary>
    /// <param name="from">The old name.</param>
    /// <param name="to">The new name (replaced if it exists).</param>
    /// <returns>0, or -errno.</returns>
    public static long Rename(ReadOnlySpan<byte> from, ReadOnlySpan<byte> to) => TwoPathCall(FileSystemProtocol.Rename, from, to);

    /// <summary>mkdir(2).</summary>
    /// <param name="path">The path.</param>
    /// <param name="mode">Permission bits, before the umask.</param>
    /// <returns>0, or -errno.</returns>
    public static long MakeDirectory(ReadOnlySpan<byte> path, int mode = 0x1FF) => PathCall(FileSystemProtocol.MakeDirectory, path, mode: mode);

    /// <summary>rmdir(2).</summary>
    /// <param name="path">An empty directory.</param>
    /// <returns>0, or -errno.</returns>
    public static long RemoveDirectory(ReadOnlySpan<byte> path) => PathCall(FileSystemProtocol.RemoveDirectory, path);

    /// <summary>chdir(2).</summary>
    /// <param name="path">The directory.</param>
    /// <returns>0, or -errno.</returns>
    public static long ChangeDirectory(ReadOnlySpan<byte> path) => PathCall(FileSystemProtocol.ChangeDirectory, path);

    /// <summary>getcwd(3): the working directory's path, NUL-terminated.</summary>
    /// <param name="buffer">Where it goes.</param>
    /// <returns>The path's length (without the NUL), -ERANGE if it does not fit, or -errno.</returns>
    public static long GetWorkingDirectory(Span<byte> buffer)
    {
        fixed (byte* b = buffer)
            return DescriptorCall(FileSystemProtocol.GetWorkingDirectory, -1, b == null ? (byte*)1 : b, buffer.Length, GrantFlags.Write);
    }

    /// <summary>getdents(2): directory entries as records (<see cref="Abi.DirectoryEntryLayout"/>).</summary>
    /// <param name="fd">A directory's descriptor.</param>
    /// <param name="buffer">Where the records go.</param>
    /// <returns>Bytes of records, 0 at the end, or -errno.</returns>
    public static long GetDirectoryEntries(int fd, Span<byte> buffer)
    {
        fixed (byte* b = buffer)
            return DescriptorCall(FileSystemProtocol.GetDirectoryEntries, fd, b == null ? (byte*)1 : b, buffer.Length, GrantFlags.Write);
    }

    /// <summary>mknod(2): a character or block special file (root only).</summary>
    /// <param name="path">The path.</param>
    /// <param name="mode">Type and permission bits.</param>
    /// <param name="device">The device number (<see cref="Abi.DeviceNumber"/>).</param>
    /// <returns>0, or -errno.</returns>
    public static long MakeNode(ReadOnlySpan<byte> path, int mode, uint device) => PathCall(FileSystemProtocol.MakeNode, path, mode: mode, number: device);

    /// <summary>mount(2): mounts the block device <paramref name="special"/> on <paramref name="directory"/> (root only).</summary>
    /// <param name="special">The block special file, e.g. /dev/c0d1.</param>
    /// <param name="directory">The directory it covers.</param>
    /// <param name="flags">Read-only or not.</param>
    /// <returns>0, or -errno.</returns>
    public static long Mount(ReadOnlySpan<byte> special, ReadOnlySpan<byte> directory, MountFlags flags = MountFlags.None) =>
        TwoPathCall(FileSystemProtocol.Mount, special, directory, (int)flags);

    /// <summary>umount(2): unmounts the file system mounted on <paramref name="path"/> (the directory or the special file; root only).</summary>
    /// <param name="path">The path.</param>
    /// <returns>0, or -errno.</returns>
    public static long Unmount(ReadOnlySpan<byte> path) => PathCall(FileSystemProtocol.Unmount, path);
}
