using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Mfs;

/// <summary>One entry of a directory listing on a disk image.</summary>
/// <param name="Name">The name.</param>
/// <param name="Inode">The inode number.</param>
/// <param name="Mode">Type and permission bits.</param>
/// <param name="Links">Links to the inode.</param>
/// <param name="UserId">The owner.</param>
/// <param name="GroupId">The group.</param>
/// <param name="Size">Bytes.</param>
/// <param name="ModifyTime">Last change of the contents, seconds since 1970.</param>
/// <param name="Device">For a special file: its device number.</param>
public sealed record DiskImageEntry(string Name, uint Inode, int Mode, int Links, int UserId, int GroupId, long Size, int ModifyTime, ulong Device);

/// <summary>A problem with a disk image or with what goes into it; the message names the file or path at fault.</summary>
public sealed class DiskImageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the file or path.</param>
    public DiskImageException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// A MINIX v3 file system in a disk image (a file or an array) opened on the host, with paths: what <c>minix mkfs</c>,
/// <c>minix fs</c>, the image build and the tests use. It runs the file server's own <see cref="Volume"/> code,
/// so a host-built image is exactly what the file server on the image would have written.
/// </summary>
public sealed class DiskImage : IDisposable
{
    private readonly BlockDevice _device;
    private readonly IDisposable? _owned;
    private readonly string _name;

    private DiskImage(BlockDevice device, IDisposable? owned, string name, bool readOnly, FileClock? clock)
    {
        _device = device;
        _owned = owned;
        _name = name;
        Volume = new Volume(new BufferCache(4 << 20), new InodeTable(), clock ?? new HostClock());
        Status status = Volume.Mount(device, readOnly);
        if (status != Status.Ok)
        {
            owned?.Dispose();
            throw new DiskImageException($"{name}: cannot mount: {Text(Volume.Problem, status)}");
        }
    }

    /// <summary>The mounted file system.</summary>
    public Volume Volume { get; }

    /// <summary>Opens an image file.</summary>
    /// <param name="path">The image file.</param>
    /// <param name="writable">Open it for changes.</param>
    /// <param name="clock">Where timestamps come from (the host's clock if null).</param>
    /// <returns>The image.</returns>
    public static DiskImage Open(string path, bool writable, FileClock? clock = null)
    {
        if (!File.Exists(path))
            throw new DiskImageException($"{path}: no such image file");
        var disk = new FileDisk(path, writable);
        return new DiskImage(disk, disk, path, !writable, clock);
    }

    /// <summary>Opens an image held in memory.</summary>
    /// <param name="bytes">The image.</param>
    /// <param name="name">What to call it in messages.</param>
    /// <param name="writable">Open it for changes.</param>
    /// <param name="clock">Where timestamps come from.</param>
    /// <returns>The image.</returns>
    public static DiskImage Open(byte[] bytes, string name, bool writable, FileClock? clock = null) =>
        new(new MemoryDisk(bytes), null, name, !writable, clock);

    /// <summary>Makes an empty file system in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The device.</param>
    /// <param name="options">The layout.</param>
    /// <param name="name">What to call it in messages.</param>
    public static void Format(byte[] bytes, FormatOptions options, string name)
    {
        Status status = Formatter.Format(new MemoryDisk(bytes), options, out ReadOnlySpan<byte> reason);
        if (status != Status.Ok)
            throw new DiskImageException($"{name}: cannot make a file system: {Text(reason, status)}");
    }

    /// <summary>The inode a path names (absolute or relative to the root).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The inode number.</returns>
    public uint Resolve(string path)
    {
        Volume.ClearProblem();
        uint current = DiskFormat.RootInode;
        foreach (string part in Parts(path))
        {
            Status status = Volume.Lookup(current, Encoding.UTF8.GetBytes(part), out uint next);
            if (status != Status.Ok)
                throw Fail(path, status);
            Volume.PutInode(next);
            current = next;
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> names something.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True if it exists.</returns>
    public bool Exists(string path)
    {
        try
        {
            Resolve(path);
            return true;
        }
        catch (DiskImageException)
        {
            return false;
        }
    }

    /// <summary>The attributes of what <paramref name="path"/> names.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Its stat.</returns>
    public FileStatus Stat(string path)
    {
        Status status = Volume.Stat(Resolve(path), 0, out FileStatus stat);
        if (status != Status.Ok)
            throw Fail(path, status);
        return stat;
    }

    /// <summary>The entries of the directory <paramref name="path"/>, "." and ".." included, in directory order.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<DiskImageEntry> List(string path)
    {
        Volume.ClearProblem();
        uint directory = Resolve(path);
        var entries = new List<DiskImageEntry>();
        var buffer = new ArrayMemory(new byte[4096]);
        long position = 0;
        while (true)
        {
            Status status = Volume.ReadDirectory(directory, position, buffer.Bytes.Length, buffer, out int filled, out long next);
            if (status != Status.Ok)
                throw Fail(path, status);
            if (filled == 0)
                break;
            for (int at = 0; at < filled;)
            {
                var record = buffer.Bytes.AsSpan(at);
                uint inode = (uint)BitConverter.ToUInt64(record);
                int length = BitConverter.ToUInt16(record.Slice(DirectoryEntryLayout.LengthOffset));
                var nameBytes = record.Slice(DirectoryEntryLayout.NameOffset);
                string name = Encoding.UTF8.GetString(nameBytes.Slice(0, nameBytes.IndexOf((byte)0)));
                Status statted = Volume.Stat(inode, 0, out FileStatus stat);
                if (statted != Status.Ok)
                    throw Fail(path + "/" + name, statted);
                entries.Add(new DiskImageEntry(name, inode, stat.Mode, stat.Links, stat.UserId, stat.GroupId, stat.SizeInBytes, (int)stat.ModifyTime, stat.SpecialDevice));
                at += length;
            }

            position = next;
        }

        return entries;
    }

    /// <summary>
    /// The whole contents of the regular file <paramref name="path"/>. Its size comes from its inode, which a damaged
    /// image may say anything in: a size no file of the file system can have, or more than one array holds, is refused
    /// naming the image and the path rather than allocated.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>Its bytes.</returns>
    /// <exception cref="DiskImageException">No such file, a directory, a damaged inode, or too large to read whole.</exception>
    public byte[] ReadFile(string path)
    {
        Volume.ClearProblem();
        uint inode = Resolve(path);
        FileStatus stat = Stat(path);
        if ((stat.Mode & FileModeBits.TypeMask) == FileModeBits.Directory)
            throw new DiskImageException($"{_name}: {path} is a directory");
        long limit = Volume.Super.FileSizeLimit;
        if ((stat.Mode & FileModeBits.TypeMask) == FileModeBits.Regular && (stat.SizeInBytes < 0 || stat.SizeInBytes > limit))
            throw new DiskImageException($"{_name}: {path}: its inode gives a size of {stat.SizeInBytes} bytes, which no file of this file system has (0 to {limit}): the image is damaged");
        if (stat.SizeInBytes > Array.MaxLength)
            throw new DiskImageException($"{_name}: {path}: {stat.SizeInBytes} bytes is more than one array holds ({Array.MaxLength})");
        var memory = new ArrayMemory(new byte[stat.SizeInBytes]);
        Status status = Volume.GetInode(inode, out int slot);
        if (status == Status.Ok)
        {
            status = Volume.Read(slot, 0, memory.Bytes.Length, memory, out int done);
            Volume.PutInode(inode);
            if (status == Status.Ok && done != memory.Bytes.Length)
                status = Status.IoError;
        }

        if (status != Status.Ok)
            throw Fail(path, status);
        return memory.Bytes;
    }

    /// <summary>Creates (or replaces) the regular file <paramref name="path"/> with <paramref name="contents"/>; its directory must exist.</summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">Its bytes.</param>
    /// <param name="mode">Permission bits.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="groupId">The group.</param>
    public void WriteFile(string path, byte[] contents, int mode = 0x1A4, int userId = 0, int groupId = 0)
    {
        (uint directory, byte[] name) = Parent(path);
        Status status = Volume.Lookup(directory, name, out uint existing);
        if (status == Status.Ok)
        {
            Volume.PutInode(existing);
            status = Volume.Unlink(directory, name);
            if (status != Status.Ok)
                throw Fail(path, status);
        }

        status = Volume.Create(directory, name, FileModeBits.Regular | (mode & 0xFFF), userId, groupId, 0, out uint inode);
        if (status != Status.Ok)
            throw Fail(path, status);
        Status held = Volume.GetInode(inode, out int slot);
        if (held == Status.Ok)
        {
            status = Volume.Write(slot, 0, contents.Length, new ArrayMemory(contents), out int done);
            if (status == Status.Ok && done != contents.Length)
                status = Status.NoSpace;
            Volume.PutInode(inode);
        }

        Volume.PutInode(inode);
        if (held != Status.Ok || status != Status.Ok)
            throw Fail(path, held != Status.Ok ? held : status);
    }

    /// <summary>Makes the directory <paramref name="path"/> (and its parents); an existing directory is fine.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="mode">Permission bits.</param>
    /// <param name="userId">The owner.</param>
    /// <param name="groupId">The group.</param>
    public void MakeDirectory(string path, int mode = 0x1ED, int userId = 0, int groupId = 0)
    {
        Volume.ClearProblem();
        uint current = DiskFormat.RootInode;
        string sofar = "";
        foreach (string part in Parts(path))
        {
            sofar += "/" + part;
            byte[] name = Encoding.UTF8.GetBytes(part);
            Status status = Volume.Lookup(current, name, out uint next);
            if (status == Status.NotFound)
                status = Volume.MakeDirectory(current, name, mode, userId, groupId, out next);
            else if (status == Status.Ok)
                Volume.PutInode(next);
            if (status != Status.Ok)
                throw Fail(sofar, status);
            current = next;
        }
    }

    /// <summary>Makes the special file <paramref name="path"/> (character or block) for device <paramref name="major"/>/<paramref name="minor"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="block">A block special file (else character).</param>
    /// <param name="major">The major device number.</param>
    /// <param name="minor">The minor device number.</param>
    /// <param name="mode">Permission bits.</param>
    public void MakeDevice(string path, bool block, int major, int minor, int mode = 0x1B6)
    {
        (uint directory, byte[] name) = Parent(path);
        int type = block ? FileModeBits.BlockDevice : FileModeBits.CharacterDevice;
        Status status = Volume.Create(directory, name, type | (mode & 0xFFF), 0, 0, DeviceNumber.Make(major, minor), out uint inode);
        if (status != Status.Ok)
            throw Fail(path, status);
        Volume.PutInode(inode);
    }

    /// <summary>Removes the file or empty directory <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    public void Remove(string path)
    {
        (uint directory, byte[] name) = Parent(path);
        FileStatus stat = Stat(path);
        Status status = (stat.Mode & FileModeBits.TypeMask) == FileModeBits.Directory ? Volume.RemoveDirectory(directory, name) : Volume.Unlink(directory, name);
        if (status != Status.Ok)
            throw Fail(path, status);
    }

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The old path.</param>
    /// <param name="to">The new path.</param>
    public void Rename(string from, string to)
    {
        Volume.ClearProblem();
        (uint oldDirectory, byte[] oldName) = Parent(from);
        (uint newDirectory, byte[] newName) = Parent(to);
        Status status = Volume.Rename(oldDirectory, oldName, newDirectory, newName);
        if (status != Status.Ok)
            throw Fail(from + " -> " + to, status);
    }

    /// <summary>Unmounts cleanly (everything written back, the file system marked clean) and closes the image.</summary>
    public void Dispose()
    {
        if (Volume.IsMounted)
        {
            Status status = Volume.Unmount();
            _owned?.Dispose();
            if (status != Status.Ok)
                throw new DiskImageException($"{_name}: writing the image back failed: {StatusText(status)}");
            return;
        }

        _owned?.Dispose();
    }

    /// <summary>The directory holding <paramref name="path"/> and its last name.</summary>
    private (uint Directory, byte[] Name) Parent(string path)
    {
        var parts = Parts(path);
        if (parts.Count == 0)
            throw new DiskImageException($"{_name}: {path}: the root has no parent");
        string parent = string.Join("/", parts.Take(parts.Count - 1));
        byte[] name = Encoding.UTF8.GetBytes(parts[^1]);
        Status check = Volume.CheckName(name);
        if (check != Status.Ok)
            throw Fail(path, check);
        return (Resolve(parent), name);
    }

    private static List<string> Parts(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToList();

    private DiskImageException Fail(string path, Status status) =>
        new($"{_name}: {path}: {Text(Volume.Problem, status)}");

    private static string Text(ReadOnlySpan<byte> problem, Status status) =>
        problem.Length > 0 ? $"{Encoding.UTF8.GetString(problem)} ({StatusText(status)})" : StatusText(status);

    private static string StatusText(Status status) => $"{StatusInfo.Name(status)}: {StatusInfo.Message(status)}";
}

/// <summary>The host's clock, for images built on the host.</summary>
public sealed class HostClock : FileClock
{
    /// <summary>Creates the clock.</summary>
    public HostClock()
    {
    }

    /// <inheritdoc/>
    public override int Now() => (int)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
