using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// open, creat and close; descriptors and open files.
public sealed partial class VirtualFileSystem
{
    private const int StatusFlags = (int)(OpenFlags.Append | OpenFlags.NonBlocking);

    private long Open(int proc, ReadOnlySpan<byte> path, int flags, int mode)
    {
        if ((flags & (int)OpenFlags.AccessMode) == (int)OpenFlags.AccessMode)
            return (long)Status.InvalidArgument;
        int vnode;
        bool created = false;
        Status status;
        if ((flags & (int)OpenFlags.Create) != 0)
        {
            status = ResolveParent(proc, path, out int directory, out int start, out int length);
            if (status != Status.Ok)
                return (long)status;
            if (length == 0 || SlashAfterName(path, length))
            {
                // O_CREAT makes a regular file, which a name with a slash after it cannot be (Linux's EISDIR).
                Release(directory);
                return (long)Status.IsDirectory;
            }

            ReadOnlySpan<byte> name = path.Slice(start, length);
            status = Step(proc, directory, name, out vnode);
            if (status == Status.Ok && (flags & (int)OpenFlags.Exclusive) != 0)
            {
                Release(vnode);
                status = Status.AlreadyExists;
            }
            else if (status == Status.Ok && IsDirectory(vnode) && (flags & (int)OpenFlags.Directory) == 0)
            {
                // O_CREAT asks for a regular file: an existing directory is not one (POSIX's EISDIR).
                Release(vnode);
                status = Status.IsDirectory;
            }
            else if (status == Status.NotFound)
            {
                status = CreateNode(proc, directory, name, FileModeBits.Regular | (mode & 0xFFF), 0, out vnode);
                created = status == Status.Ok;
            }

            Release(directory);
        }
        else
        {
            status = Resolve(proc, path, out vnode);
        }

        return status != Status.Ok ? (long)status : OpenVnode(proc, vnode, flags, created);
    }

    /// <summary>Creates a file or special file in a held directory (write and search permission needed), giving back its vnode.</summary>
    private Status CreateNode(int proc, int directory, ReadOnlySpan<byte> name, int mode, uint device, out int vnode)
    {
        vnode = -1;
        if (!MayAccess(proc, directory, 3))
            return Status.AccessDenied;
        if (IsReadOnly(directory))
            return Status.ReadOnlyFileSystem;
        ref VfsProcess p = ref _processes[proc];
        var request = new FileServerRequest
        {
            Inode = _vnodes[directory].Inode,
            Mode = (mode & FileModeBits.TypeMask) | (mode & 0xFFF & ~p.Umask),
            UserId = (ushort)p.UserId,
            GroupId = (ushort)p.GroupId,
            Other = device,
        };
        int mount = _vnodes[directory].Mount;
        Status status = AskWithName(mount, FileServerProtocol.Create, name, ref request, out FileServerReply node);
        return status == Status.Ok ? Adopt(mount, node, out vnode) : status;
    }

    /// <summary>Opens a held vnode as a new descriptor (the vnode's reference passes to the open file, or is dropped on failure).</summary>
    private long OpenVnode(int proc, int vnode, int flags, bool created)
    {
        int access = flags & (int)OpenFlags.AccessMode;
        bool read = access != (int)OpenFlags.WriteOnly;
        bool write = access != (int)OpenFlags.ReadOnly;
        int type = TypeOf(vnode);
        Status status = Status.Ok;
        if (type == FileModeBits.Directory && write)
            status = Status.IsDirectory;
        else if ((flags & (int)OpenFlags.Directory) != 0 && type != FileModeBits.Directory)
            status = Status.NotDirectory;
        else if (!created && ((read && !MayAccess(proc, vnode, 4)) || (write && !MayAccess(proc, vnode, 2))))
            status = Status.AccessDenied;
        else if (write && type == FileModeBits.Regular && IsReadOnly(vnode))
            status = Status.ReadOnlyFileSystem;
        int fd = status == Status.Ok ? FreeDescriptor(proc, 0) : -1;
        if (status == Status.Ok && fd < 0)
            status = Status.TooManyOpenFiles;
        int file = status == Status.Ok ? FreeFile() : -1;
        if (status == Status.Ok && file < 0)
            status = Status.TooManyOpenFilesInSystem;
        if (status == Status.Ok && (flags & (int)OpenFlags.Truncate) != 0 && write && type == FileModeBits.Regular && _vnodes[vnode].Size != 0)
            status = SetLength(vnode, 0);
        if (status != Status.Ok)
        {
            Release(vnode);
            return (long)status;
        }

        _files[file] = new OpenFile { Count = 1, Vnode = vnode, Flags = access | (flags & StatusFlags), Position = 0, Driver = Endpoint.None };
        Install(proc, fd, file, (flags & (int)OpenFlags.CloseOnExec) != 0);
        if (type == FileModeBits.CharacterDevice || type == FileModeBits.BlockDevice)
            return DeviceOpen(proc, fd, file, flags);
        return fd;
    }

    private long Close(int proc, int fd)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        _descriptors[(proc * OpenMax) + fd] = -1;
        _processes[proc].CloseOnExec &= ~(1UL << fd);
        Drop(file);
        return 0;
    }

    /// <summary>The open file behind a process's descriptor, or -1.</summary>
    private int FileOf(int proc, int fd) => fd >= 0 && fd < OpenMax ? _descriptors[(proc * OpenMax) + fd] : -1;

    private void Install(int proc, int fd, int file, bool closeOnExec)
    {
        _descriptors[(proc * OpenMax) + fd] = file;
        if (closeOnExec)
            _processes[proc].CloseOnExec |= 1UL << fd;
        else
            _processes[proc].CloseOnExec &= ~(1UL << fd);
    }

    /// <summary>The lowest free descriptor at or above <paramref name="from"/>, or -1.</summary>
    private int FreeDescriptor(int proc, int from)
    {
        for (int fd = Math.Max(from, 0); fd < OpenMax; fd++)
        {
            if (_descriptors[(proc * OpenMax) + fd] < 0)
                return fd;
        }

        return -1;
    }

    private int FreeFile()
    {
        for (int i = 0; i < _files.Length; i++)
        {
            if (_files[i].Count == 0)
                return i;
        }

        return -1;
    }

    /// <summary>One descriptor less on an open file; the last one closes it (a pipe end, a device, the vnode).</summary>
    private void Drop(int file)
    {
        ref OpenFile f = ref _files[file];
        if (--f.Count > 0)
            return;
        int vnode = f.Vnode;
        ref Vnode v = ref _vnodes[vnode];
        if (v.Pipe >= 0)
        {
            int access = f.Flags & (int)OpenFlags.AccessMode;
            if (access != (int)OpenFlags.WriteOnly)
                v.Readers--;
            if (access != (int)OpenFlags.ReadOnly)
                v.Writers--;
            f = default;
            WakePipe(vnode);
        }
        else
        {
            if (f.Driver != Endpoint.None)
                DeviceClose(file);
            f = default;
        }

        Release(vnode);
    }

    /// <summary>Sets a regular file's length through its file server.</summary>
    private Status SetLength(int vnode, long length)
    {
        var request = new FileServerRequest { Inode = _vnodes[vnode].Inode, Position = length };
        Status status = Ask(_vnodes[vnode].Mount, FileServerProtocol.Truncate, ref request, out _);
        if (status == Status.Ok)
            _vnodes[vnode].Size = length;
        return status;
    }
}
