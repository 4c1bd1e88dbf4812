using System.Runtime;
using System.Runtime.CompilerServices;

namespace Minix.Runtime;

// The program ABI (Minix.Posix's README): the system calls a program's Console, System.IO and Environment are built
// on. Every one but Exit returns zero or more on success and -errno (MINIX's numbers) on failure; paths are
// NUL-terminated UTF-8. On the image Minix.Posix supplies them (messages to VFS and PM), under `minix run` the
// linux-run host (Linux system calls), and other targets a stub that answers ENOSYS.
internal static unsafe partial class PlatformImports
{
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_open")]
    public static extern long Open(byte* path, int flags, int mode);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_close")]
    public static extern long Close(int fd);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_read")]
    public static extern long Read(int fd, byte* buffer, long count);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_write")]
    public static extern long Write(int fd, byte* buffer, long count);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_lseek")]
    public static extern long Seek(int fd, long offset, int whence);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_stat")]
    public static extern long Stat(byte* path, FileStatusBuffer* status);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_fstat")]
    public static extern long FileStat(int fd, FileStatusBuffer* status);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_ftruncate")]
    public static extern long Truncate(int fd, long length);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_unlink")]
    public static extern long Unlink(byte* path);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_rename")]
    public static extern long Rename(byte* from, byte* to);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_mkdir")]
    public static extern long MakeDirectory(byte* path, int mode);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_rmdir")]
    public static extern long RemoveDirectory(byte* path);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_chdir")]
    public static extern long ChangeDirectory(byte* path);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_getcwd")]
    public static extern long GetCurrentDirectory(byte* buffer, long size);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_getdents")]
    public static extern long ReadDirectory(int fd, byte* buffer, long count);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_isatty")]
    public static extern long IsTerminal(int fd);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_time")]
    public static extern long Time(long* nanoseconds);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_sys_exit")]
    public static extern void Exit(int status);
}

// The ABI's 80-byte struct stat (Minix.Posix.Abi.FileStatus; the values are copied in PosixAbi and a test compares).
internal struct FileStatusBuffer
{
    public ulong Device;
    public ulong Inode;
    public int Mode;
    public int Links;
    public int UserId;
    public int GroupId;
    public ulong SpecialDevice;
    public long Size;
    public long AccessTime;
    public long ModifyTime;
    public long ChangeTime;
    public int BlockSize;
    public int Blocks;
}
