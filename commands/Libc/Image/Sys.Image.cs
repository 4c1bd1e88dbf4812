using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;
using Minix.Posix.Abi;
using P = Minix.Posix.Posix;

namespace Minix.Commands.Libc;

// The image's side: Minix.Posix's calls, paths encoded as UTF-8.
public static partial class Sys
{
    public static partial long Open(string path, OpenFlags flags, int mode) => P.Open(Utf8Text.Encode(path), flags, mode);

    public static partial long Close(int fd) => P.Close(fd);

    public static partial long Read(int fd, Span<byte> buffer) => P.Read(fd, buffer);

    public static partial long Write(int fd, ReadOnlySpan<byte> data) => P.Write(fd, data);

    public static partial long Seek(int fd, long offset, SeekFrom whence) => P.Seek(fd, offset, whence);

    public static partial long FileTruncate(int fd, long length) => P.FileTruncate(fd, length);

    public static partial long Stat(string path, out FileStatus status) => P.Stat(Utf8Text.Encode(path), out status);

    public static partial long LinkStat(string path, out FileStatus status) => P.Stat(Utf8Text.Encode(path), out status);

    public static partial long FileStat(int fd, out FileStatus status) => P.FileStat(fd, out status);

    public static partial long ReadDirectory(string path, List<string> names)
    {
        long fd = P.Open(Utf8Text.Encode(path), OpenFlags.ReadOnly | OpenFlags.Directory);
        if (fd < 0)
            return fd;
        var buffer = new byte[4096];
        long got;
        while ((got = P.GetDirectoryEntries((int)fd, buffer)) > 0)
        {
            for (int at = 0; at < got;)
            {
                int length = buffer[at + DirectoryEntryLayout.LengthOffset] | (buffer[at + DirectoryEntryLayout.LengthOffset + 1] << 8);
                int name = at + DirectoryEntryLayout.NameOffset;
                int end = name;
                while (end < at + length && buffer[end] != 0)
                    end++;
                names.Add(Utf8Text.Decode(buffer.AsSpan(name, end - name)));
                at += length;
            }
        }

        P.Close((int)fd);
        return got < 0 ? got : 0;
    }

    public static partial long MakeDirectory(string path, int mode) => P.MakeDirectory(Utf8Text.Encode(path), mode);

    public static partial long RemoveDirectory(string path) => P.RemoveDirectory(Utf8Text.Encode(path));

    public static partial long Unlink(string path) => P.Unlink(Utf8Text.Encode(path));

    public static partial long Rename(string from, string to) => P.Rename(Utf8Text.Encode(from), Utf8Text.Encode(to));

    public static partial long Link(string existing, string path) => P.Link(Utf8Text.Encode(existing), Utf8Text.Encode(path));

    public static partial long SymbolicLink(string target, string path) => (long)Status.NotImplemented;

    public static partial long ReadLink(string path, out string target)
    {
        target = "";
        return (long)Status.InvalidArgument; // no symbolic links: every file is "not a link"
    }

    public static partial long SetTimesToNow(string path) => P.SetTimes(Utf8Text.Encode(path));

    public static partial long SetTimes(string path, long accessTime, long modifyTime) =>
        P.SetTimes(Utf8Text.Encode(path), new FileTimes { AccessTime = accessTime, ModifyTime = modifyTime });

    public static partial long ChangeMode(string path, int mode) => P.ChangeMode(Utf8Text.Encode(path), mode);

    public static partial long ChangeOwner(string path, int owner, int group) => (long)Status.NotImplemented;

    public static partial long ChangeDirectory(string path) => P.ChangeDirectory(Utf8Text.Encode(path));

    public static partial long GetWorkingDirectory(out string path)
    {
        var buffer = new byte[1024];
        long length = P.GetWorkingDirectory(buffer);
        path = length < 0 ? "" : Utf8Text.Decode(buffer.AsSpan(0, (int)length));
        return length < 0 ? length : 0;
    }

    public static partial long Duplicate(int fd) => P.Duplicate(fd);

    public static partial long DuplicateTo(int fd, int target) => P.DuplicateTo(fd, target);

    public static partial long SetCloseOnExec(int fd) => P.Control(fd, FileControl.SetDescriptorFlags, FileControl.CloseOnExec);

    public static partial long Pipe(out int read, out int write) => P.Pipe(out read, out write);

    public static partial bool IsTerminal(int fd) => P.IsTerminal(fd) > 0;

    public static partial long SetUmask(int mask) => P.SetUmask(mask & 0x1FF);

    public static partial long Sync() => P.Sync();

    public static partial long StatFileSystem(string path, out FileSystemStatistics statistics) => P.StatFileSystem(Utf8Text.Encode(path), out statistics);

    public static partial long Mount(string special, string directory, bool readOnly) =>
        P.Mount(Utf8Text.Encode(special), Utf8Text.Encode(directory), readOnly ? MountFlags.ReadOnly : MountFlags.None);

    public static partial long Unmount(string path) => P.Unmount(Utf8Text.Encode(path));
}
