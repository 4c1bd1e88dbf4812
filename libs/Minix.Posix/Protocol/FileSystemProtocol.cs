using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Posix;

/// <summary>
/// The file calls a program sends the virtual file system (VFS), one request type each in the 0x100 range. Paths and
/// data never travel in the message: the program grants VFS its path or buffer (read access for what VFS reads,
/// write access for what VFS fills) and sends the grant id. Every reply carries its status in
/// <see cref="Message.Type"/> (0, or a negative <see cref="Status"/> with POSIX's meaning) and a
/// <see cref="FileSystemReply"/>.
/// </summary>
/// <remarks>
/// Each request names its payload layout: <see cref="PathRequest"/> for calls on one path,
/// <see cref="TwoPathRequest"/> for calls on two, <see cref="DescriptorRequest"/> for calls on a descriptor. A call
/// that must wait (a pipe, a terminal, a device) is answered when it can finish; the program simply stays in its
/// SENDREC.
/// </remarks>
public static class FileSystemProtocol
{
    /// <summary>open(path, flags, mode) (<see cref="PathRequest"/>: flags, mode). Reply value: the descriptor.</summary>
    public const int Open = MessageType.FileSystemBase + 1;

    /// <summary>close(fd) (<see cref="DescriptorRequest"/>).</summary>
    public const int Close = MessageType.FileSystemBase + 2;

    /// <summary>read(fd, buffer, count) (<see cref="DescriptorRequest"/>: grant with write access, count). Reply value: bytes read, 0 at the end.</summary>
    public const int Read = MessageType.FileSystemBase + 3;

    /// <summary>write(fd, buffer, count) (<see cref="DescriptorRequest"/>: grant with read access, count). Reply value: bytes written.</summary>
    public const int Write = MessageType.FileSystemBase + 4;

    /// <summary>lseek(fd, offset, whence) (<see cref="DescriptorRequest"/>: argument = offset, command = whence). Reply value: the new position.</summary>
    public const int Seek = MessageType.FileSystemBase + 5;

    /// <summary>stat(path, status) (<see cref="PathRequest"/>: second grant = the 80-byte status, write access).</summary>
    public const int Stat = MessageType.FileSystemBase + 6;

    /// <summary>fstat(fd, status) (<see cref="DescriptorRequest"/>: grant = the status).</summary>
    public const int FileStat = MessageType.FileSystemBase + 7;

    /// <summary>truncate(path, length) (<see cref="PathRequest"/>: number = length).</summary>
    public const int Truncate = MessageType.FileSystemBase + 8;

    /// <summary>ftruncate(fd, length) (<see cref="DescriptorRequest"/>: argument = length).</summary>
    public const int FileTruncate = MessageType.FileSystemBase + 9;

    /// <summary>unlink(path) (<see cref="PathRequest"/>).</summary>
    public const int Unlink = MessageType.FileSystemBase + 10;

    /// <summary>link(existing, new) (<see cref="TwoPathRequest"/>).</summary>
    public const int Link = MessageType.FileSystemBase + 11;

    /// <summary>rename(from, to) (<see cref="TwoPathRequest"/>).</summary>
    public const int Rename = MessageType.FileSystemBase + 12;

    /// <summary>mkdir(path, mode) (<see cref="PathRequest"/>: mode).</summary>
    public const int MakeDirectory = MessageType.FileSystemBase + 13;

    /// <summary>rmdir(path) (<see cref="PathRequest"/>).</summary>
    public const int RemoveDirectory = MessageType.FileSystemBase + 14;

    /// <summary>chdir(path) (<see cref="PathRequest"/>).</summary>
    public const int ChangeDirectory = MessageType.FileSystemBase + 15;

    /// <summary>getcwd(buffer, size) (<see cref="DescriptorRequest"/>: grant with write access, count). Reply value: the path's length (a NUL follows it).</summary>
    public const int GetWorkingDirectory = MessageType.FileSystemBase + 16;

    /// <summary>getdents(fd, buffer, count) (<see cref="DescriptorRequest"/>: grant with write access, count). Reply value: bytes of records, 0 at the end.</summary>
    public const int GetDirectoryEntries = MessageType.FileSystemBase + 17;

    /// <summary>dup(fd) (<see cref="DescriptorRequest"/>). Reply value: the new descriptor.</summary>
    public const int Duplicate = MessageType.FileSystemBase + 18;

    /// <summary>dup2(fd, fd2) (<see cref="DescriptorRequest"/>: command = fd2). Reply value: fd2.</summary>
    public const int DuplicateTo = MessageType.FileSystemBase + 19;

    /// <summary>pipe() (no payload). Reply value: the read end; <see cref="FileSystemReply.Second"/>: the write end.</summary>
    public const int Pipe = MessageType.FileSystemBase + 20;

    /// <summary>fcntl(fd, command, argument) (<see cref="DescriptorRequest"/>: command, argument). Reply value: the command's result.</summary>
    public const int Control = MessageType.FileSystemBase + 21;

    /// <summary>sync() (no payload).</summary>
    public const int Sync = MessageType.FileSystemBase + 22;

    /// <summary>mount(special, directory, flags) (<see cref="TwoPathRequest"/>: flags).</summary>
    public const int Mount = MessageType.FileSystemBase + 23;

    /// <summary>umount(path) (<see cref="PathRequest"/>): the mounted-on directory or the special file.</summary>
    public const int Unmount = MessageType.FileSystemBase + 24;

    /// <summary>chmod(path, mode) (<see cref="PathRequest"/>: mode).</summary>
    public const int ChangeMode = MessageType.FileSystemBase + 25;

    /// <summary>umask(mask) (<see cref="DescriptorRequest"/>: command = mask). Reply value: the previous mask.</summary>
    public const int SetUmask = MessageType.FileSystemBase + 26;

    /// <summary>mknod(path, mode, device) (<see cref="PathRequest"/>: mode, number = device): root only, for special files.</summary>
    public const int MakeNode = MessageType.FileSystemBase + 27;

    /// <summary>isatty(fd) (<see cref="DescriptorRequest"/>). Reply value: 1 for a terminal, 0 otherwise.</summary>
    public const int IsTerminal = MessageType.FileSystemBase + 28;

    /// <summary>
    /// ioctl(fd, request, data) (<see cref="DescriptorRequest"/>: command = the request code, grant = the data with read
    /// and write access, count = its size, at least what the code says, <see cref="Abi.IoctlCode.Size"/>). Reply value:
    /// the driver's. ENOTTY for anything but a character device.
    /// </summary>
    public const int IoControl = MessageType.FileSystemBase + 29;

    /// <summary>statvfs(path) (<see cref="PathRequest"/>: second grant = a <see cref="Abi.FileSystemStatistics"/> with write access).</summary>
    public const int StatFileSystem = MessageType.FileSystemBase + 30;

    /// <summary>
    /// utime(path, times) (<see cref="PathRequest"/>: second grant = a <see cref="Abi.FileTimes"/> with read access, or
    /// <see cref="Minix.Kernel.Grants.GrantId.Invalid"/> for "now"). Explicit times need the owner (or root); "now" also
    /// write permission.
    /// </summary>
    public const int SetTimes = MessageType.FileSystemBase + 31;

    /// <summary>The first request type above the file calls.</summary>
    public const int End = MessageType.FileSystemBase + 32;
}

/// <summary>A call on one path.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct PathRequest : IMessagePayload
{
    /// <summary>The program's grant of the path (read access), UTF-8 without a NUL.</summary>
    [FieldOffset(0)] public int PathGrant;

    /// <summary>The path's length in bytes.</summary>
    [FieldOffset(4)] public int PathLength;

    /// <summary>Open: <see cref="Abi.OpenFlags"/>. Mount: mount flags.</summary>
    [FieldOffset(8)] public int Flags;

    /// <summary>Open, mkdir, chmod, mknod: the mode (permission bits; mknod also the type).</summary>
    [FieldOffset(12)] public int Mode;

    /// <summary>Truncate: the length. Mknod: the device number.</summary>
    [FieldOffset(16)] public long Number;

    /// <summary>Stat: the program's grant of its <see cref="Abi.FileStatus"/> (write access). Utime: of its <see cref="Abi.FileTimes"/> (read access).</summary>
    [FieldOffset(24)] public int SecondGrant;
}

/// <summary>A call on two paths (link, rename, mount).</summary>
[StructLayout(LayoutKind.Explicit, Size = 20)]
public struct TwoPathRequest : IMessagePayload
{
    /// <summary>The grant of the first path (link: the existing file; rename: the old name; mount: the special file).</summary>
    [FieldOffset(0)] public int PathGrant;

    /// <summary>The first path's length.</summary>
    [FieldOffset(4)] public int PathLength;

    /// <summary>The grant of the second path (the new name; mount: the directory).</summary>
    [FieldOffset(8)] public int Path2Grant;

    /// <summary>The second path's length.</summary>
    [FieldOffset(12)] public int Path2Length;

    /// <summary>Mount: <see cref="MountFlags"/>.</summary>
    [FieldOffset(16)] public int Flags;
}

/// <summary>A call on a descriptor (or on a buffer: getcwd, umask).</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct DescriptorRequest : IMessagePayload
{
    /// <summary>The descriptor.</summary>
    [FieldOffset(0)] public int Descriptor;

    /// <summary>Read, write, getdents, fstat, getcwd: the program's grant of its buffer.</summary>
    [FieldOffset(4)] public int Grant;

    /// <summary>Read, write, getdents, getcwd: bytes.</summary>
    [FieldOffset(8)] public int Count;

    /// <summary>Lseek: whence. Fcntl: the command. Dup2: the second descriptor. Umask: the mask.</summary>
    [FieldOffset(12)] public int Command;

    /// <summary>Lseek: the offset. Ftruncate: the length. Fcntl: the argument.</summary>
    [FieldOffset(16)] public long Argument;
}

/// <summary>The payload of every reply to a file call (its status is in <see cref="Message.Type"/>).</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct FileSystemReply : IMessagePayload
{
    /// <summary>The call's result: a descriptor, a byte count, a position.</summary>
    [FieldOffset(0)] public long Value;

    /// <summary>Pipe: the write end's descriptor.</summary>
    [FieldOffset(8)] public int Second;
}

/// <summary>Flags of mount(2).</summary>
[Flags]
public enum MountFlags
{
    /// <summary>Read and write.</summary>
    None = 0,

    /// <summary>MNT_RDONLY: mount read-only.</summary>
    ReadOnly = 1,
}

/// <summary>The commands of fcntl(2) and the descriptor flag, with NetBSD's (MINIX's) numbers.</summary>
public static class FileControl
{
    /// <summary>F_DUPFD: the lowest free descriptor at or above the argument, sharing the open file.</summary>
    public const int DuplicateAtLeast = 0;

    /// <summary>F_GETFD: the descriptor flags (<see cref="CloseOnExec"/>).</summary>
    public const int GetDescriptorFlags = 1;

    /// <summary>F_SETFD: sets the descriptor flags.</summary>
    public const int SetDescriptorFlags = 2;

    /// <summary>F_GETFL: the access mode and status flags of the open file.</summary>
    public const int GetStatusFlags = 3;

    /// <summary>F_SETFL: sets the status flags O_APPEND and O_NONBLOCK (others are ignored).</summary>
    public const int SetStatusFlags = 4;

    /// <summary>FD_CLOEXEC: the descriptor is closed by a successful exec.</summary>
    public const int CloseOnExec = 1;
}
