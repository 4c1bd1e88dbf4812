using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Posix;

/// <summary>
/// The image side of the program ABI's file imports (the README's table): each <c>minix_sys_*</c> function turns its
/// C arguments into a <see cref="Posix"/> call, which is a message to VFS. Minix.Runtime declares them and the linker
/// binds them by name.
/// </summary>
internal static unsafe class SystemCalls
{
    /// <summary>The longest path accepted, NUL included (VFS's PATH_MAX).</summary>
    private const int PathMax = 1024;

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_open")]
    private static long Open(byte* path, int flags, int mode) =>
        PathOf(path, out ReadOnlySpan<byte> p) ? Posix.Open(p, (OpenFlags)flags, mode) : Refused(path);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_close")]
    private static long Close(int fd) => Posix.Close(fd);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_read")]
    private static long Read(int fd, byte* buffer, long count) =>
        count < 0 ? (long)Status.InvalidArgument : Posix.Read(fd, new Span<byte>(buffer, Clamp(count)));

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_write")]
    private static long Write(int fd, byte* buffer, long count) =>
        count < 0 ? (long)Status.InvalidArgument : Posix.Write(fd, new ReadOnlySpan<byte>(buffer, Clamp(count)));

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_lseek")]
    private static long Seek(int fd, long offset, int whence) => Posix.Seek(fd, offset, (SeekFrom)whence);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_stat")]
    private static long Stat(byte* path, FileStatus* status)
    {
        if (!PathOf(path, out ReadOnlySpan<byte> p))
            return Refused(path);
        long result = Posix.Stat(p, out FileStatus s);
        if (result == 0)
            *status = s;
        return result;
    }

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_fstat")]
    private static long FileStat(int fd, FileStatus* status)
    {
        long result = Posix.FileStat(fd, out FileStatus s);
        if (result == 0)
            *status = s;
        return result;
    }

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_ftruncate")]
    private static long FileTruncate(int fd, long length) => Posix.FileTruncate(fd, length);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_unlink")]
    private static long Unlink(byte* path) => PathOf(path, out ReadOnlySpan<byte> p) ? Posix.Unlink(p) : Refused(path);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_rename")]
    private static long Rename(byte* from, byte* to) =>
        PathOf(from, out ReadOnlySpan<byte> a) && PathOf(to, out ReadOnlySpan<byte> b) ? Posix.Rename(a, b) : (from is null || to is null ? (long)Status.BadAddress : (long)Status.NameTooLong);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_mkdir")]
    private static long MakeDirectory(byte* path, int mode) => PathOf(path, out ReadOnlySpan<byte> p) ? Posix.MakeDirectory(p, mode) : Refused(path);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_rmdir")]
    private static long RemoveDirectory(byte* path) => PathOf(path, out ReadOnlySpan<byte> p) ? Posix.RemoveDirectory(p) : Refused(path);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_chdir")]
    private static long ChangeDirectory(byte* path) => PathOf(path, out ReadOnlySpan<byte> p) ? Posix.ChangeDirectory(p) : Refused(path);

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_getcwd")]
    private static long GetWorkingDirectory(byte* buffer, long size) =>
        size < 0 ? (long)Status.InvalidArgument : Posix.GetWorkingDirectory(new Span<byte>(buffer, Clamp(size)));

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_getdents")]
    private static long GetDirectoryEntries(int fd, byte* buffer, long count) =>
        count < 0 ? (long)Status.InvalidArgument : Posix.GetDirectoryEntries(fd, new Span<byte>(buffer, Clamp(count)));

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_isatty")]
    private static long IsTerminal(int fd) => Posix.IsTerminal(fd) == 1 ? 1 : 0;

    /// <summary>A NUL-terminated path as a span, if its NUL comes within <see cref="PathMax"/> bytes.</summary>
    private static bool PathOf(byte* path, out ReadOnlySpan<byte> span)
    {
        span = default;
        if (path is null)
            return false;
        for (int i = 0; i < PathMax; i++)
        {
            if (path[i] != 0)
                continue;
            span = new ReadOnlySpan<byte>(path, i);
            return true;
        }

        return false;
    }

    /// <summary>Why a path was not taken: no path at all (EFAULT), or no NUL within PATH_MAX (ENAMETOOLONG).</summary>
    private static long Refused(byte* path) => path is null ? (long)Status.BadAddress : (long)Status.NameTooLong;

    private static int Clamp(long count) => count > int.MaxValue ? int.MaxValue : (int)count;
}
