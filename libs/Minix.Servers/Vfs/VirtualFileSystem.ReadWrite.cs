using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// read, write, lseek, getdents, truncate and ftruncate. File data goes straight between the program and its file
// server: VFS passes the program's grant on and only keeps the position.
public sealed partial class VirtualFileSystem
{
    private long ReadWrite(int proc, int type, int fd, int grant, int count)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        bool write = type == FileSystemProtocol.Write;
        int access = _files[file].Flags & (int)OpenFlags.AccessMode;
        if ((write && access == (int)OpenFlags.ReadOnly) || (!write && access == (int)OpenFlags.WriteOnly))
            return (long)Status.BadFileDescriptor;
        if (count < 0)
            return (long)Status.InvalidArgument;
        int vnode = _files[file].Vnode;
        if (_vnodes[vnode].Pipe >= 0)
        {
            long moved = write ? PipeWrite(proc, file, grant, count, 0) : PipeRead(proc, file, grant, count);
            WakePipe(vnode);
            return moved;
        }

        int kind = TypeOf(vnode);
        if (kind == FileModeBits.CharacterDevice || kind == FileModeBits.BlockDevice)
            return DeviceTransfer(proc, fd, file, write, grant, count);
        if (kind == FileModeBits.Directory)
            return (long)Status.IsDirectory;
        if (count == 0)
            return 0;

        ref OpenFile f = ref _files[file];
        long position = write && (f.Flags & (int)OpenFlags.Append) != 0 ? _vnodes[vnode].Size : f.Position;
        var request = new FileServerRequest { Inode = _vnodes[vnode].Inode, Position = position, Count = count };
        int mount = _vnodes[vnode].Mount;
        Status status = AskWithBuffer(mount, write ? FileServerProtocol.Write : FileServerProtocol.Read, proc, grant, write ? GrantFlags.Read : GrantFlags.Write, ref request, out FileServerReply reply);
        if (status != Status.Ok)
            return (long)status;
        f.Position = position + reply.Result;
        if (write)
            _vnodes[vnode].Size = reply.Size;
        return reply.Result;
    }

    private long Seek(int proc, int fd, long offset, int whence)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        ref OpenFile f = ref _files[file];
        if (_vnodes[f.Vnode].Pipe >= 0)
            return (long)Status.IllegalSeek;
        long origin = whence switch
        {
            (int)SeekFrom.Start => 0,
            (int)SeekFrom.Current => f.Position,
            (int)SeekFrom.End => _vnodes[f.Vnode].Size,
            _ => -1,
        };
        if (origin < 0)
            return (long)Status.InvalidArgument;
        long position = origin + offset;
        if ((offset > 0 && position < origin) || (offset < 0 && position > origin))
            return (long)Status.InvalidArgument; // overflow
        if (position < 0)
            return (long)Status.InvalidArgument;
        f.Position = position;
        return position;
    }

    private long DirectoryEntries(int proc, int fd, int grant, int count)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        ref OpenFile f = ref _files[file];
        if (!IsDirectory(f.Vnode))
            return (long)Status.NotDirectory;
        var request = new FileServerRequest { Inode = _vnodes[f.Vnode].Inode, Position = f.Position, Count = count };
        Status status = AskWithBuffer(_vnodes[f.Vnode].Mount, FileServerProtocol.GetDirectoryEntries, proc, grant, GrantFlags.Write, ref request, out FileServerReply reply);
        if (status != Status.Ok)
            return (long)status;
        f.Position = reply.Next;
        return reply.Result;
    }

    private Status TruncatePath(int proc, ReadOnlySpan<byte> path, long length)
    {
        Status status = Resolve(proc, path, out int vnode);
        if (status != Status.Ok)
            return status;
        if (IsDirectory(vnode))
            status = Status.IsDirectory;
        else if (TypeOf(vnode) != FileModeBits.Regular || length < 0)
            status = Status.InvalidArgument;
        else if (!MayAccess(proc, vnode, 2))
            status = Status.AccessDenied;
        else if (IsReadOnly(vnode))
            status = Status.ReadOnlyFileSystem;
        else
            status = SetLength(vnode, length);
        Release(vnode);
        return status;
    }

    private Status TruncateDescriptor(int proc, int fd, long length)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return Status.BadFileDescriptor;
        int vnode = _files[file].Vnode;
        if ((_files[file].Flags & (int)OpenFlags.AccessMode) == (int)OpenFlags.ReadOnly || TypeOf(vnode) != FileModeBits.Regular || length < 0)
            return Status.InvalidArgument;
        return IsReadOnly(vnode) ? Status.ReadOnlyFileSystem : SetLength(vnode, length);
    }
}
