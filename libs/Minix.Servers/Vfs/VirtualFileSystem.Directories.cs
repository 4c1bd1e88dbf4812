using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// chdir and getcwd. The working directory is a vnode, not a string, so getcwd finds its path by walking ".." up to
// the process's root and looking each directory up in its parent: it stays right when directories are renamed.
public sealed partial class VirtualFileSystem
{
    private Status ChangeDirectory(int proc, ReadOnlySpan<byte> path)
    {
        Status status = Resolve(proc, path, out int vnode);
        if (status != Status.Ok)
            return status;
        if (!IsDirectory(vnode))
            status = Status.NotDirectory;
        else if (!MayAccess(proc, vnode, 1))
            status = Status.AccessDenied;
        if (status != Status.Ok)
        {
            Release(vnode);
            return status;
        }

        Release(_processes[proc].WorkingDirectory);
        _processes[proc].WorkingDirectory = vnode;
        return Status.Ok;
    }

    private long WorkingDirectory(int proc, int grant, int count)
    {
        int end = _path2.Length;
        int start = end;
        int current = Hold(_processes[proc].WorkingDirectory);
        if (current < 0)
            return (long)Status.NotFound;
        Status status = Status.Ok;
        for (int depth = 0; depth < PathMax && current != _processes[proc].RootDirectory; depth++)
        {
            status = Step(proc, current, ".."u8, out int parent);
            if (status != Status.Ok)
                break;
            if (parent == current)
            {
                Release(parent);
                break; // the top of the root file system
            }

            // The name to look for is that of the directory as its parent's file system knows it: for the root of a
            // mounted file system, the directory it is mounted on.
            int named = current;
            while (IsMountedRoot(named))
                named = _mounts[_vnodes[named].Mount].MountedOn;
            status = NameIn(parent, _vnodes[named].Inode, out int nameLength);
            if (status == Status.Ok && start - nameLength - 1 < 0)
                status = Status.NameTooLong;
            if (status != Status.Ok)
            {
                Release(parent);
                break;
            }

            start -= nameLength;
            _scratch.AsSpan(0, nameLength).CopyTo(_path2.AsSpan(start, nameLength));
            _path2[--start] = (byte)'/';
            Release(current);
            current = parent;
        }

        Release(current);
        if (status != Status.Ok)
            return (long)status;
        if (start == end)
            _path2[--start] = (byte)'/';
        int length = end - start;
        if (count < length + 1)
            return (long)Status.OutOfRange;
        Span<byte> text = stackalloc byte[1];
        Endpoint caller = _processes[proc].Endpoint;
        status = Sys.SafeCopyTo(caller, new GrantId(grant), 0, _path2.AsSpan(start, length));
        if (status == Status.Ok)
            status = Sys.SafeCopyTo(caller, new GrantId(grant), (ulong)length, text);
        return status == Status.Ok ? length : (long)status;
    }

    /// <summary>Finds the name of inode <paramref name="inode"/> in directory <paramref name="directory"/> (into the scratch buffer).</summary>
    private Status NameIn(int directory, uint inode, out int length)
    {
        length = 0;
        int mount = _vnodes[directory].Mount;
        long position = 0;
        Span<byte> records = _scratch.AsSpan(256, _scratch.Length - 256);
        while (true)
        {
            GrantId grant = _grants.Grant(_mounts[mount].Server, records, GrantFlags.Write);
            if (!grant.IsValid)
                return Status.OutOfMemory;
            var request = new FileServerRequest { Inode = _vnodes[directory].Inode, Grant = grant.Value, Position = position, Count = records.Length };
            Status status = Ask(mount, FileServerProtocol.GetDirectoryEntries, ref request, out FileServerReply reply);
            _grants.Revoke(grant);
            if (status != Status.Ok)
                return status;
            if (reply.Result == 0)
                return Status.NotFound;
            for (int at = 0; at + DirectoryEntryLayout.NameOffset < reply.Result;)
            {
                Span<byte> record = records.Slice(at);
                int recordLength = MemoryMarshal.Read<ushort>(record.Slice(DirectoryEntryLayout.LengthOffset));
                Span<byte> name = record.Slice(DirectoryEntryLayout.NameOffset, Math.Min(recordLength - DirectoryEntryLayout.NameOffset, NameMax + 1));
                int nameLength = name.IndexOf((byte)0);
                if (MemoryMarshal.Read<ulong>(record) == inode && nameLength > 0 && !IsDot(name.Slice(0, nameLength)))
                {
                    name.Slice(0, nameLength).CopyTo(_scratch);
                    length = nameLength;
                    return Status.Ok;
                }

                if (recordLength <= 0)
                    return Status.IoError;
                at += recordLength;
            }

            position = reply.Next;
        }
    }

    private static bool IsDot(ReadOnlySpan<byte> name) => name.SequenceEqual("."u8) || name.SequenceEqual(".."u8);
}
