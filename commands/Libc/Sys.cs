using Minix.Posix.Abi;

namespace Minix.Commands.Libc;

/// <summary>
/// The system calls the commands make, one signature for both places a command runs: on the image they are
/// Minix.Posix's messages to VFS and PM (Image/), on the host the C library's calls (Host/), so a command's tests run
/// the very code the image runs. Like the program ABI, each returns a <see cref="long"/>: zero or more on success,
/// else -errno as a <see cref="Minix.Ipc.Status"/> (MINIX's numbers on both: the host side translates Linux's).
/// Flags, modes and stat layouts are Minix.Posix's (<see cref="OpenFlags"/>, <see cref="FileModeBits"/>,
/// <see cref="FileStatus"/>).
/// </summary>
public static partial class Sys
{
    /// <summary>The standard input's descriptor.</summary>
    public const int StandardInput = 0;

    /// <summary>The standard output's descriptor.</summary>
    public const int StandardOutput = 1;

    /// <summary>The standard error's descriptor.</summary>
    public const int StandardError = 2;

    /// <summary>open(2).</summary>
    /// <param name="path">The file.</param>
    /// <param name="flags">How to open it.</param>
    /// <param name="mode">The permission bits of a file it creates (before the umask).</param>
    /// <returns>A descriptor, or -errno.</returns>
    public static partial long Open(string path, OpenFlags flags, int mode = 0x1B6);

    /// <summary>close(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Close(int fd);

    /// <summary>read(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="buffer">Where the bytes go.</param>
    /// <returns>Bytes read (0 at the end), or -errno.</returns>
    public static partial long Read(int fd, Span<byte> buffer);

    /// <summary>write(2): one call, which may write less than asked.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="data">The bytes.</param>
    /// <returns>Bytes written, or -errno.</returns>
    public static partial long Write(int fd, ReadOnlySpan<byte> data);

    /// <summary>Writes all of <paramref name="data"/>, in as many write(2) calls as it takes.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="data">The bytes.</param>
    /// <returns>0, or the first error (-errno).</returns>
    public static long WriteAll(int fd, ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            long written = Write(fd, data);
            if (written < 0)
                return written;
            data = data.Slice((int)written);
        }

        return 0;
    }

    /// <summary>lseek(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="offset">The offset.</param>
    /// <param name="whence">From where.</param>
    /// <returns>The new position, or -errno.</returns>
    public static partial long Seek(int fd, long offset, SeekFrom whence);

    /// <summary>ftruncate(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="length">The new length.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long FileTruncate(int fd, long length);

    /// <summary>stat(2).</summary>
    /// <param name="path">The file.</param>
    /// <param name="status">Its status.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Stat(string path, out FileStatus status);

    /// <summary>lstat(2): a symbolic link's own status (MINIX's file system has no symbolic links: there, stat).</summary>
    /// <param name="path">The file.</param>
    /// <param name="status">Its status.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long LinkStat(string path, out FileStatus status);

    /// <summary>fstat(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="status">Its status.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long FileStat(int fd, out FileStatus status);

    /// <summary>The names in a directory, "." and ".." included, in the directory's own order.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="names">Where the names are added.</param>
    /// <returns>0, or -errno (ENOTDIR, EACCES, ...).</returns>
    public static partial long ReadDirectory(string path, List<string> names);

    /// <summary>mkdir(2).</summary>
    /// <param name="path">The new directory.</param>
    /// <param name="mode">Its permission bits (before the umask).</param>
    /// <returns>0, or -errno.</returns>
    public static partial long MakeDirectory(string path, int mode = 0x1FF);

    /// <summary>rmdir(2).</summary>
    /// <param name="path">The empty directory.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long RemoveDirectory(string path);

    /// <summary>unlink(2).</summary>
    /// <param name="path">The name.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Unlink(string path);

    /// <summary>rename(2).</summary>
    /// <param name="from">The old name.</param>
    /// <param name="to">The new name.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Rename(string from, string to);

    /// <summary>link(2).</summary>
    /// <param name="existing">The file.</param>
    /// <param name="path">Its new name.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Link(string existing, string path);

    /// <summary>symlink(2) (ENOSYS on the image, whose file system has none).</summary>
    /// <param name="target">What the link says.</param>
    /// <param name="path">The link.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long SymbolicLink(string target, string path);

    /// <summary>readlink(2).</summary>
    /// <param name="path">The link.</param>
    /// <param name="target">What it says.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long ReadLink(string path, out string target);

    /// <summary>utime(2) with both times "now" (on the host utimensat(2)): what touch does to a file that exists; its content is not touched.</summary>
    /// <param name="path">The file.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long SetTimesToNow(string path);

    /// <summary>utime(2) with explicit times (the file's owner or root only): what touch -d, -t, -r, -a and -m do.</summary>
    /// <param name="path">The file.</param>
    /// <param name="accessTime">The access time, seconds since 1970-01-01 UTC.</param>
    /// <param name="modifyTime">The modification time, seconds since 1970-01-01 UTC.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long SetTimes(string path, long accessTime, long modifyTime);

    /// <summary>chmod(2).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">Its permission, set-id and sticky bits (the umask plays no part).</param>
    /// <returns>0, or -errno.</returns>
    public static partial long ChangeMode(string path, int mode);

    /// <summary>chown(2) (ENOSYS on the image, whose file system server takes no such request).</summary>
    /// <param name="path">The file.</param>
    /// <param name="owner">The new owner's user id.</param>
    /// <param name="group">The new group id.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long ChangeOwner(string path, int owner, int group);

    /// <summary>chdir(2).</summary>
    /// <param name="path">The directory.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long ChangeDirectory(string path);

    /// <summary>getcwd(3).</summary>
    /// <param name="path">The working directory.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long GetWorkingDirectory(out string path);

    /// <summary>dup(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <returns>The lowest free descriptor, now the same open file, or -errno.</returns>
    public static partial long Duplicate(int fd);

    /// <summary>dup2(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="target">The descriptor it is copied to (closed first if open).</param>
    /// <returns><paramref name="target"/>, or -errno.</returns>
    public static partial long DuplicateTo(int fd, int target);

    /// <summary>fcntl(F_SETFD, FD_CLOEXEC): the descriptor is closed when the process execs.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long SetCloseOnExec(int fd);

    /// <summary>pipe(2).</summary>
    /// <param name="read">The read end.</param>
    /// <param name="write">The write end.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Pipe(out int read, out int write);

    /// <summary>isatty(3).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <returns>True for a terminal.</returns>
    public static partial bool IsTerminal(int fd);

    /// <summary>umask(2): the permission bits taken away from the files and directories this process (and the children it starts after) creates.</summary>
    /// <param name="mask">The new mask (its low nine bits).</param>
    /// <returns>The mask before.</returns>
    public static partial long SetUmask(int mask);

    /// <summary>sync(2).</summary>
    /// <returns>0, or -errno.</returns>
    public static partial long Sync();

    /// <summary>mount(2).</summary>
    /// <param name="special">The block device.</param>
    /// <param name="directory">Where its file system appears.</param>
    /// <param name="readOnly">Mount it read-only.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Mount(string special, string directory, bool readOnly);

    /// <summary>umount(2).</summary>
    /// <param name="path">The mount point or the device.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Unmount(string path);

    /// <summary>statvfs(2).</summary>
    /// <param name="path">Any file on the file system.</param>
    /// <param name="statistics">Its size and free space in blocks and inodes.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long StatFileSystem(string path, out FileSystemStatistics statistics);
}
