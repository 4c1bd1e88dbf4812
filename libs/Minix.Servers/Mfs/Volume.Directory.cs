using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Servers.Mfs;

// Directories: arrays of 64-byte entries (a 4-byte inode number, then the name, NUL-padded to 60 bytes; a 60-byte
// name has no terminator). A free entry has inode number 0. Looking up, entering, removing names, and reading the
// entries out as getdents records.
public sealed partial class Volume
{
    /// <summary>Checks a single name (not a path): 1 to 60 bytes, no '/' and no NUL.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/> (empty), <see cref="Status.NameTooLong"/> (over 60 bytes; MINIX would silently cut it), <see cref="Status.InvalidArgument"/>.</returns>
    public static Status CheckName(ReadOnlySpan<byte> name)
    {
        if (name.Length == 0)
            return Status.NotFound;
        if (name.Length > DiskFormat.NameLength)
            return Status.NameTooLong;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] == (byte)'/' || name[i] == 0)
                return Status.InvalidArgument;
        }

        return Status.Ok;
    }

    /// <summary>Looks <paramref name="name"/> up in directory <paramref name="directory"/> and holds the inode it names for the caller.</summary>
    /// <param name="directory">The directory's inode number.</param>
    /// <param name="name">One name (not a path).</param>
    /// <param name="inode">The inode found; the caller gives it back with <see cref="PutInode"/>.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/>, <see cref="Status.NotDirectory"/>, <see cref="Status.NameTooLong"/>, or a device error.</returns>
    public Status Lookup(uint directory, ReadOnlySpan<byte> name, out uint inode)
    {
        inode = 0;
        Status status = CheckName(name);
        if (status != Status.Ok)
            return status;
        status = GetInode(directory, out int dir);
        if (status != Status.Ok)
            return status;
        status = Search(dir, name, out uint found, out _);
        PutSlot(dir);
        if (status != Status.Ok)
            return status;
        status = GetInode(found, out int child);
        if (status != Status.Ok)
            return status;
        if (_inodes.Disk[child].Mode == 0)
        {
            PutSlot(child);
            return Complain(Status.IoError, "a directory entry names a free inode:"u8, found);
        }

        inode = found;
        return Status.Ok;
    }

    /// <summary>Finds <paramref name="name"/> in a held directory.</summary>
    private Status Search(int dir, ReadOnlySpan<byte> name, out uint inode, out long position)
    {
        inode = 0;
        position = -1;
        ref DiskInode node = ref _inodes.Disk[dir];
        if (!node.IsDirectory)
            return Status.NotDirectory;
        if (node.Links == 0)
            return Status.NotFound; // removed while still held
        Status status = StartWalk(dir, out DirectoryWalk walk);
        while (status == Status.Ok && NextEntry(ref walk, out Span<byte> entry, out status))
        {
            uint number = MemoryMarshal.Read<uint>(entry);
            if (number != 0 && SameName(entry, name))
            {
                inode = number;
                position = walk.Position - DiskFormat.DirectoryEntrySize;
                EndWalk(ref walk);
                return Status.Ok;
            }
        }

        return status == Status.Ok ? Status.NotFound : status;
    }

    /// <summary>Adds the entry <paramref name="name"/> → <paramref name="inode"/> to a held directory: in the first free entry, else at the end.</summary>
    private Status Enter(int dir, ReadOnlySpan<byte> name, uint inode)
    {
        ref DiskInode node = ref _inodes.Disk[dir];
        if (node.Links == 0)
            return Status.NotFound;
        Status status = StartWalk(dir, out DirectoryWalk walk);
        while (status == Status.Ok && NextEntry(ref walk, out Span<byte> entry, out status))
        {
            if (MemoryMarshal.Read<uint>(entry) != 0)
                continue;
            WriteEntry(entry, name, inode);
            _cache.MarkDirty(walk.Buffer);
            EndWalk(ref walk);
            node.ModifyTime = node.ChangeTime = Now();
            Changed(dir);
            return Status.Ok;
        }

        if (status != Status.Ok)
            return status;

        // No free entry: append one, in a new block when the last is full.
        int blockSize = _super.BlockSize;
        long size = node.Size;
        if (size + DiskFormat.DirectoryEntrySize > _super.FileSizeLimit)
            return Status.FileTooBig;
        Status mapped = MapBlock(dir, size / blockSize, allocate: true, out uint last, out bool fresh);
        if (mapped != Status.Ok)
            return mapped;
        int got;
        mapped = fresh ? _cache.GetForOverwrite(last, out got) : _cache.Get(last, out got);
        if (mapped != Status.Ok)
            return mapped;
        Span<byte> data = _cache.Data(got);
        if (fresh)
            data.Clear();
        WriteEntry(data.Slice((int)(size % blockSize), DiskFormat.DirectoryEntrySize), name, inode);
        _cache.MarkDirty(got);
        _cache.Put(got);
        node.Size = (int)(size + DiskFormat.DirectoryEntrySize);
        node.ModifyTime = node.ChangeTime = Now();
        Changed(dir);
        return Status.Ok;
    }

    /// <summary>Points the existing entry at <paramref name="position"/> of a held directory to <paramref name="inode"/> (0 removes it).</summary>
    private Status SetEntry(int dir, long position, uint inode)
    {
        int blockSize = _super.BlockSize;
        Status status = MapBlock(dir, position / blockSize, allocate: false, out uint zone, out _);
        if (status != Status.Ok)
            return status;
        if (zone == 0)
            return Status.IoError;
        status = _cache.Get(zone, out int buffer);
        if (status != Status.Ok)
            return status;
        MemoryMarshal.Write(_cache.Data(buffer).Slice((int)(position % blockSize), 4), inode);
        _cache.MarkDirty(buffer);
        _cache.Put(buffer);
        ref DiskInode node = ref _inodes.Disk[dir];
        node.ModifyTime = node.ChangeTime = Now();
        Changed(dir);
        return Status.Ok;
    }

    /// <summary>Whether a held directory has no entries but "." and "..".</summary>
    private Status IsEmpty(int dir, out bool empty)
    {
        empty = true;
        Status status = StartWalk(dir, out DirectoryWalk walk);
        while (status == Status.Ok && NextEntry(ref walk, out Span<byte> entry, out status))
        {
            if (MemoryMarshal.Read<uint>(entry) != 0 && !SameName(entry, "."u8) && !SameName(entry, ".."u8))
            {
                empty = false;
                EndWalk(ref walk);
                break;
            }
        }

        return status;
    }

    /// <summary>
    /// Reads directory entries from byte <paramref name="position"/> (a multiple of 64) into the client's memory as
    /// getdents records (<see cref="DirectoryEntryLayout"/>), as many whole records as fit in <paramref name="count"/> bytes.
    /// </summary>
    /// <param name="directory">The directory's inode number.</param>
    /// <param name="position">Where to start: 0, or a <paramref name="next"/> from before.</param>
    /// <param name="count">Room in the client's buffer.</param>
    /// <param name="client">The buffer.</param>
    /// <param name="filled">Bytes of records written (0 at the end).</param>
    /// <param name="next">The position to continue from.</param>
    /// <returns><see cref="Status.Ok"/>; <see cref="Status.InvalidArgument"/> for a position that is not an entry's,
    /// or a buffer too small for the next record; <see cref="Status.NotDirectory"/>; a device error.</returns>
    public Status ReadDirectory(uint directory, long position, int count, ClientMemory client, out int filled, out long next)
    {
        filled = 0;
        next = position;
        if (position < 0 || position % DiskFormat.DirectoryEntrySize != 0)
            return Status.InvalidArgument;
        Status status = GetInode(directory, out int dir);
        if (status != Status.Ok)
            return status;
        if (!_inodes.Disk[dir].IsDirectory)
        {
            PutSlot(dir);
            return Status.NotDirectory;
        }

        Span<byte> records = stackalloc byte[1024];
        int pending = 0;
        bool full = false;
        status = StartWalk(dir, out DirectoryWalk walk);
        walk.Position = position;
        while (status == Status.Ok && NextEntry(ref walk, out Span<byte> entry, out status))
        {
            uint number = MemoryMarshal.Read<uint>(entry);
            if (number == 0)
                continue;
            ReadOnlySpan<byte> name = EntryName(entry);
            int length = DirectoryEntryLayout.RecordLength(name.Length);
            if (filled + pending + length > count)
            {
                full = true;
                walk.Position -= DiskFormat.DirectoryEntrySize; // this entry is the next call's first
                EndWalk(ref walk);
                break;
            }

            if (pending + length > records.Length)
            {
                status = client.CopyTo(filled, records.Slice(0, pending));
                filled += pending;
                pending = 0;
                if (status != Status.Ok)
                {
                    EndWalk(ref walk);
                    break;
                }
            }

            Span<byte> record = records.Slice(pending, length);
            record.Clear();
            MemoryMarshal.Write(record.Slice(DirectoryEntryLayout.InodeOffset), (ulong)number);
            MemoryMarshal.Write(record.Slice(DirectoryEntryLayout.NextOffset), walk.Position);
            MemoryMarshal.Write(record.Slice(DirectoryEntryLayout.LengthOffset), (ushort)length);
            record[DirectoryEntryLayout.TypeOffset] = TypeOfEntry(number);
            name.CopyTo(record.Slice(DirectoryEntryLayout.NameOffset));
            pending += length;
        }

        next = Math.Max(position, Math.Min(walk.Position, walk.Size));
        if (status == Status.Ok && pending > 0)
        {
            status = client.CopyTo(filled, records.Slice(0, pending));
            filled += pending;
        }

        if (status == Status.Ok && full && filled == 0)
            status = Status.InvalidArgument; // the buffer cannot hold even one record
        if (!_readOnly && status == Status.Ok)
        {
            _inodes.Disk[dir].AccessTime = Now();
            Changed(dir);
        }

        PutSlot(dir);
        return status;
    }

    /// <summary>Where a walk through a held directory's entries is: the next entry's byte position, and the buffer held for its block.</summary>
    private struct DirectoryWalk
    {
        public int Directory;
        public long Size;
        public long Position;
        public int Buffer;
    }

    /// <summary>Starts a walk through a held directory's entries, from the first.</summary>
    private Status StartWalk(int dir, out DirectoryWalk walk)
    {
        walk = new DirectoryWalk { Directory = dir, Buffer = -1 };
        return DirectorySize(dir, out walk.Size);
    }

    /// <summary>
    /// The next entry of a walk (its 64 bytes in the cache, valid until the next call), skipping holes block by
    /// block; false at the end (or with <paramref name="status"/> set on an error), when no buffer is held any more.
    /// </summary>
    private bool NextEntry(ref DirectoryWalk walk, out Span<byte> entry, out Status status)
    {
        entry = default;
        status = Status.Ok;
        int blockSize = _super.BlockSize;
        while (walk.Position < walk.Size)
        {
            if (walk.Buffer < 0 || walk.Position % blockSize == 0)
            {
                EndWalk(ref walk);
                status = MapBlock(walk.Directory, walk.Position / blockSize, allocate: false, out uint zone, out _);
                if (status != Status.Ok)
                    return false;
                if (zone == 0)
                {
                    walk.Position = ((walk.Position / blockSize) + 1) * blockSize;
                    continue;
                }

                status = _cache.Get(zone, out walk.Buffer);
                if (status != Status.Ok)
                {
                    walk.Buffer = -1;
                    return false;
                }
            }

            entry = _cache.Data(walk.Buffer).Slice((int)(walk.Position % blockSize), DiskFormat.DirectoryEntrySize);
            walk.Position += DiskFormat.DirectoryEntrySize;
            return true;
        }

        EndWalk(ref walk);
        return false;
    }

    /// <summary>Gives back the buffer a walk holds.</summary>
    private void EndWalk(ref DirectoryWalk walk)
    {
        if (walk.Buffer >= 0)
            _cache.Put(walk.Buffer);
        walk.Buffer = -1;
    }

    /// <summary>
    /// A directory's size, refused when it is not a whole number of entries or larger than the file system itself
    /// (a damaged inode would otherwise send a scan through two billion empty blocks).
    /// </summary>
    private Status DirectorySize(int dir, out long size)
    {
        size = _inodes.Disk[dir].Size;
        if (size >= 0 && size % DiskFormat.DirectoryEntrySize == 0 && size <= (long)_super.Zones * _super.BlockSize)
            return Status.Ok;
        size = 0;
        return Complain(Status.IoError, "a directory has an impossible size: inode"u8, _inodes.Number[dir]);
    }

    private byte TypeOfEntry(uint inode)
    {
        if (GetInode(inode, out int slot) != Status.Ok)
            return DirectoryEntryLayout.TypeUnknown;
        int type = _inodes.Disk[slot].Type;
        PutSlot(slot);
        return type switch
        {
            FileModeBits.Regular => DirectoryEntryLayout.TypeRegular,
            FileModeBits.Directory => DirectoryEntryLayout.TypeDirectory,
            FileModeBits.CharacterDevice => DirectoryEntryLayout.TypeCharacterDevice,
            FileModeBits.BlockDevice => DirectoryEntryLayout.TypeBlockDevice,
            FileModeBits.Fifo => DirectoryEntryLayout.TypeFifo,
            FileModeBits.SymbolicLink => DirectoryEntryLayout.TypeSymbolicLink,
            _ => DirectoryEntryLayout.TypeUnknown,
        };
    }

    /// <summary>The name in a 64-byte entry: up to the first NUL, at most 60 bytes.</summary>
    public static ReadOnlySpan<byte> EntryName(ReadOnlySpan<byte> entry)
    {
        ReadOnlySpan<byte> name = entry.Slice(4, DiskFormat.NameLength);
        int end = name.IndexOf((byte)0);
        return end < 0 ? name : name.Slice(0, end);
    }

    private static bool SameName(ReadOnlySpan<byte> entry, ReadOnlySpan<byte> name) => EntryName(entry).SequenceEqual(name);

    private static void WriteEntry(Span<byte> entry, ReadOnlySpan<byte> name, uint inode)
    {
        entry.Clear();
        MemoryMarshal.Write(entry, inode);
        name.CopyTo(entry.Slice(4));
    }
}
