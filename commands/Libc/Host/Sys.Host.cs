using System.Runtime.InteropServices;
using System.Text;
using Minix.Ipc;
using Minix.Posix.Abi;
using static Minix.Commands.Libc.LibcCalls;

namespace Minix.Commands.Libc;

// The host's side: the C library, with Linux's flags, layouts and errno numbers translated to MINIX's.
public static unsafe partial class Sys
{
    private const int AtCurrentDirectory = -100;
    private const int LinuxStatSize = 144;

    public static partial long Open(string path, OpenFlags flags, int mode)
    {
        fixed (byte* p = CString(path))
            return Result(open(p, LinuxOpenFlags(flags), mode));
    }

    public static partial long Close(int fd) => Result(close(fd));

    public static partial long Read(int fd, Span<byte> buffer)
    {
        fixed (byte* b = buffer)
            return Result(read(fd, b, buffer.Length));
    }

    public static partial long Write(int fd, ReadOnlySpan<byte> data)
    {
        long written;
        fixed (byte* b = data)
            written = Result(write(fd, b, data.Length));
        if (written == (long)Status.BrokenPipe)
        {
            // .NET ignores SIGPIPE; a C program (and the same command on the image) dies of it: so do we.
            signal(13, 0);
            kill(getpid(), 13);
        }

        return written;
    }

    public static partial long Seek(int fd, long offset, SeekFrom whence) => Result(lseek(fd, offset, (int)whence));

    public static partial long FileTruncate(int fd, long length) => Result(ftruncate(fd, length));

    public static partial long Stat(string path, out FileStatus status) => StatCall(path, follow: true, out status);

    public static partial long LinkStat(string path, out FileStatus status) => StatCall(path, follow: false, out status);

    public static partial long FileStat(int fd, out FileStatus status)
    {
        byte* buffer = stackalloc byte[LinuxStatSize];
        long result = Result(fstat(fd, buffer));
        status = result < 0 ? default : FromLinux(buffer);
        return result;
    }

    private static long StatCall(string path, bool follow, out FileStatus status)
    {
        byte* buffer = stackalloc byte[LinuxStatSize];
        long result;
        fixed (byte* p = CString(path))
            result = Result(follow ? stat(p, buffer) : lstat(p, buffer));
        status = result < 0 ? default : FromLinux(buffer);
        return result;
    }

    /// <summary>Linux's x86-64 <c>struct stat</c> as Minix.Posix's.</summary>
    private static FileStatus FromLinux(byte* s) => new()
    {
        Device = *(ulong*)(s + 0),
        Inode = *(ulong*)(s + 8),
        Links = (int)*(ulong*)(s + 16),
        Mode = *(int*)(s + 24),
        UserId = *(int*)(s + 28),
        GroupId = *(int*)(s + 32),
        SpecialDevice = *(ulong*)(s + 40),
        SizeInBytes = *(long*)(s + 48),
        BlockSize = (int)*(long*)(s + 56),
        Blocks = (int)*(long*)(s + 64),
        AccessTime = *(long*)(s + 72),
        ModifyTime = *(long*)(s + 88),
        ChangeTime = *(long*)(s + 104),
    };

    public static partial long ReadDirectory(string path, List<string> names)
    {
        nint directory;
        fixed (byte* p = CString(path))
            directory = opendir(p);
        if (directory == 0)
            return LastError();
        while (true)
        {
            Marshal.SetLastPInvokeError(0);
            byte* entry = readdir(directory);
            if (entry == null)
                break;
            names.Add(Marshal.PtrToStringUTF8((nint)(entry + 19))!);
        }

        long error = Marshal.GetLastPInvokeError() == 0 ? 0 : LastError();
        closedir(directory);
        return error;
    }

    public static partial long MakeDirectory(string path, int mode)
    {
        fixed (byte* p = CString(path))
            return Result(mkdir(p, mode));
    }

    public static partial long RemoveDirectory(string path)
    {
        fixed (byte* p = CString(path))
            return Result(rmdir(p));
    }

    public static partial long Unlink(string path)
    {
        fixed (byte* p = CString(path))
            return Result(unlink(p));
    }

    public static partial long Rename(string from, string to)
    {
        fixed (byte* a = CString(from))
        fixed (byte* b = CString(to))
            return Result(rename(a, b));
    }

    public static partial long Link(string existing, string path)
    {
        fixed (byte* a = CString(existing))
        fixed (byte* b = CString(path))
            return Result(link(a, b));
    }

    public static partial long SymbolicLink(string target, string path)
    {
        fixed (byte* a = CString(target))
        fixed (byte* b = CString(path))
            return Result(symlink(a, b));
    }

    public static partial long ReadLink(string path, out string target)
    {
        byte* buffer = stackalloc byte[4096];
        nint length;
        fixed (byte* p = CString(path))
            length = readlink(p, buffer, 4096);
        target = length < 0 ? "" : Encoding.UTF8.GetString(buffer, (int)length);
        return length < 0 ? LastError() : 0;
    }

    public static partial long SetTimesToNow(string path)
    {
        fixed (byte* p = CString(path))
            return Result(utimensat(AtCurrentDirectory, p, null, 0));
    }

    public static partial long SetTimes(string path, long accessTime, long modifyTime)
    {
        // two struct timespec: the access time, then the modification time, whole seconds
        long* times = stackalloc long[] { accessTime, 0, modifyTime, 0 };
        fixed (byte* p = CString(path))
            return Result(utimensat(AtCurrentDirectory, p, times, 0));
    }

    public static partial long ChangeMode(string path, int mode)
    {
        fixed (byte* p = CString(path))
            return Result(chmod(p, mode));
    }

    public static partial long ChangeOwner(string path, int owner, int group)
    {
        fixed (byte* p = CString(path))
            return Result(chown(p, owner, group));
    }

    public static partial long ChangeDirectory(string path)
    {
        fixed (byte* p = CString(path))
            return Result(chdir(p));
    }

    public static partial long GetWorkingDirectory(out string path)
    {
        byte* buffer = stackalloc byte[4096];
        path = getcwd(buffer, 4096) == null ? "" : Marshal.PtrToStringUTF8((nint)buffer)!;
        return path.Length == 0 ? LastError() : 0;
    }

    public static partial long Duplicate(int fd) => Result(dup(fd));

    public static partial long DuplicateTo(int fd, int target) => Result(dup2(fd, target));

    public static partial long SetCloseOnExec(int fd) => Result(fcntl(fd, 2, 1));

    public static partial long Pipe(out int read, out int write)
    {
        int* fds = stackalloc int[2];
        long result = Result(pipe(fds));
        read = result < 0 ? -1 : fds[0];
        write = result < 0 ? -1 : fds[1];
        return result;
    }

    public static partial bool IsTerminal(int fd) => isatty(fd) == 1;

    public static partial long SetUmask(int mask) => umask(mask & 0x1FF);

    public static partial long Sync()
    {
        sync();
        return 0;
    }

    public static partial long Mount(string special, string directory, bool readOnly) => (long)Status.NotImplemented;

    public static partial long StatFileSystem(string path, out FileSystemStatistics statistics)
    {
        // glibc's struct statvfs on x86-64: eleven unsigned longs (bsize, frsize, blocks, bfree, bavail, files, ffree,
        // favail, fsid, flag, namemax), then spare ints.
        ulong* buffer = stackalloc ulong[14];
        long result;
        fixed (byte* p = CString(path))
            result = Result(LibcCalls.statvfs(p, buffer));
        statistics = result < 0 ? default : new FileSystemStatistics
        {
            BlockSize = (long)buffer[1],
            TotalBlocks = (long)buffer[2],
            FreeBlocks = (long)buffer[3],
            AvailableBlocks = (long)buffer[4],
            TotalInodes = (long)buffer[5],
            FreeInodes = (long)buffer[6],
            NameMax = (int)buffer[10],
            Flags = (buffer[9] & 1) != 0 ? FileSystemFlags.ReadOnly : FileSystemFlags.None,
        };
        return result;
    }

    public static partial long Unmount(string path) => (long)Status.NotImplemented;

    /// <summary>A path as the C library takes it: UTF-8 with a NUL.</summary>
    private static byte[] CString(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private static long Result(long value) => value < 0 ? LastError() : value;

    private static long LastError() => LinuxErrors.ToStatus(Marshal.GetLastPInvokeError());

    private static int LinuxOpenFlags(OpenFlags flags)
    {
        int linux = (int)(flags & OpenFlags.AccessMode);
        if ((flags & OpenFlags.NonBlocking) != 0) linux |= 0x800;
        if ((flags & OpenFlags.Append) != 0) linux |= 0x400;
        if ((flags & OpenFlags.Create) != 0) linux |= 0x40;
        if ((flags & OpenFlags.Truncate) != 0) linux |= 0x200;
        if ((flags & OpenFlags.Exclusive) != 0) linux |= 0x80;
        if ((flags & OpenFlags.NoControllingTerminal) != 0) linux |= 0x100;
        if ((flags & OpenFlags.Directory) != 0) linux |= 0x10000;
        if ((flags & OpenFlags.CloseOnExec) != 0) linux |= 0x80000;
        return linux;
    }
}
