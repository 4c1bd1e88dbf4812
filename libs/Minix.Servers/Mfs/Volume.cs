using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>
/// One mounted MINIX v3 file system: its superblock, buffer cache and inodes in memory, and every operation on it,
/// grouped by subject in the partial files beside this one (inodes, bitmaps, the zone map, file contents,
/// directories, links, nodes). The file server runs one per device on the image; the host tools and tests run the
/// very same code over a disk image.
/// </summary>
/// <remarks>
/// <para>
/// Every operation returns a <see cref="Status"/> and leaves the file system consistent when it fails: a corrupted
/// image (a zone number outside the data zones, a directory that loops, a bitmap that promises more than exists) is
/// answered with <see cref="Status.IoError"/> or the POSIX error that fits, never with a crash, and
/// <see cref="Problem"/> says what was wrong. Nothing is allocated after construction.
/// </para>
/// <para>Inodes passed in and out are numbers; an operation that hands an inode to its caller (lookup, create)
/// counts one reference that the caller gives back with <see cref="PutInode"/>.</para>
/// </remarks>
public sealed partial class Volume
{
    private const int ProblemCapacity = 160;

    private readonly BufferCache _cache;
    private readonly InodeTable _inodes;
    private readonly FileClock _clock;
    private readonly byte[] _problem = new byte[ProblemCapacity];
    private readonly byte[] _zeros = new byte[DiskFormat.MaxBlockSize];
    private readonly byte[] _incoming = new byte[DiskFormat.MaxBlockSize];
    private int _problemLength;
    private SuperBlock _super;
    private bool _mounted;
    private bool _readOnly;
    private long _zoneHint;
    private long _inodeHint;

    /// <summary>Creates a volume that is not mounted yet.</summary>
    /// <param name="cache">The buffer cache it uses (memory allocated by the caller at start-up).</param>
    /// <param name="inodes">The in-memory inode table.</param>
    /// <param name="clock">Where timestamps come from.</param>
    public Volume(BufferCache cache, InodeTable inodes, FileClock clock)
    {
        _cache = cache;
        _inodes = inodes;
        _clock = clock;
    }

    /// <summary>Whether a file system is mounted.</summary>
    public bool IsMounted => _mounted;

    /// <summary>Whether it is mounted read-only.</summary>
    public bool IsReadOnly => _readOnly;

    /// <summary>The mounted file system's superblock (derived fields computed).</summary>
    public ref readonly SuperBlock Super => ref _super;

    /// <summary>The buffer cache.</summary>
    public BufferCache Cache => _cache;

    /// <summary>The inodes in memory.</summary>
    public InodeTable Inodes => _inodes;

    /// <summary>Whether the file system was marked clean on its device when it was mounted.</summary>
    public bool WasClean { get; private set; }

    /// <summary>What was wrong the last time an operation met a damaged file system (empty if nothing was).</summary>
    public ReadOnlySpan<byte> Problem => _problem.AsSpan(0, _problemLength);

    /// <summary>Forgets the last <see cref="Problem"/>.</summary>
    public void ClearProblem() => _problemLength = 0;

    /// <summary>
    /// Mounts the file system on <paramref name="device"/>: reads and checks the superblock, attaches the cache and
    /// checks that inode 1 is a directory. A read-write mount marks the file system not clean on the device until
    /// <see cref="Unmount"/>.
    /// </summary>
    /// <param name="device">The device.</param>
    /// <param name="readOnly">Mount read-only (nothing is ever written).</param>
    /// <returns><see cref="Status.Ok"/>; <see cref="Status.Busy"/> if already mounted; <see cref="Status.InvalidArgument"/>
    /// for a superblock that is not a usable MINIX v3 one (<see cref="Problem"/> says why); the device's error.</returns>
    public Status Mount(BlockDevice device, bool readOnly)
    {
        if (_mounted)
            return Status.Busy;
        ClearProblem();
        // A whole 1 KiB, so a disk that only moves whole sectors can answer.
        Span<byte> raw = stackalloc byte[1024];
        Status status = device.Read(DiskFormat.SuperBlockOffset, raw);
        if (status != Status.Ok)
            return Complain(status, "cannot read the superblock"u8);
        SuperBlock super = SuperBlock.Read(raw);
        status = super.Check(device.Size, out ReadOnlySpan<byte> reason);
        if (status != Status.Ok)
            return Complain(status, reason);
        status = _cache.Attach(device, super.BlockSize, super.Zones);
        if (status != Status.Ok)
            return Complain(status, "the buffer cache holds too few blocks of this size"u8);

        _super = super;
        _readOnly = readOnly;
        _zoneHint = 1;
        _inodeHint = 1;
        _inodes.Clear();
        _mounted = true;
        WasClean = (super.Flags & DiskFormat.CleanFlag) != 0;

        status = GetInode(DiskFormat.RootInode, out int root);
        if (status == Status.Ok)
        {
            bool directory = _inodes.Disk[root].IsDirectory;
            PutSlot(root);
            if (!directory)
                status = Complain(Status.InvalidArgument, "inode 1 (the root) is not a directory"u8);
        }

        if (status == Status.Ok && !readOnly)
            status = WriteSuper(clean: false);
        if (status != Status.Ok)
        {
            _mounted = false;
            _cache.Detach();
            _inodes.Clear();
        }

        return status;
    }

    /// <summary>
    /// Unmounts: writes every changed inode and block back, marks the file system clean on the device (read-write
    /// mounts) and forgets it. Inodes still held are dropped.
    /// </summary>
    /// <returns><see cref="Status.Ok"/>, or the first write error (the volume is unmounted anyway).</returns>
    public Status Unmount()
    {
        if (!_mounted)
            return Status.InvalidArgument;
        Status status = Status.Ok;
        if (!_readOnly)
        {
            status = Sync();
            Status clean = WriteSuper(clean: true);
            if (status == Status.Ok)
                status = clean;
            Status flushed = _cache.Flush();
            if (status == Status.Ok)
                status = flushed;
        }

        _cache.Detach();
        _inodes.Clear();
        _mounted = false;
        return status;
    }

    /// <summary>Writes every changed inode into the cache and every dirty block to the device.</summary>
    /// <returns><see cref="Status.Ok"/>, or the first write error.</returns>
    public Status Sync()
    {
        if (!_mounted)
            return Status.InvalidArgument;
        Status first = Status.Ok;
        for (int slot = 0; slot < _inodes.Slots; slot++)
        {
            if (_inodes.Number[slot] != 0 && _inodes.Dirty[slot])
            {
                Status status = StoreInode(slot);
                if (status != Status.Ok && first == Status.Ok)
                    first = status;
            }
        }

        Status flushed = _cache.Flush();
        return first != Status.Ok ? first : flushed;
    }

    private Status WriteSuper(bool clean)
    {
        int blockSize = _super.BlockSize;
        long block = DiskFormat.SuperBlockOffset / blockSize;
        int offset = DiskFormat.SuperBlockOffset % blockSize;
        Status status = _cache.Get(block, out int buffer);
        if (status != Status.Ok)
            return status;
        _super.Flags = clean ? (ushort)(_super.Flags | DiskFormat.CleanFlag) : (ushort)(_super.Flags & ~DiskFormat.CleanFlag);
        _super.Write(_cache.Data(buffer).Slice(offset, DiskFormat.SuperBlockBytes));
        _cache.MarkDirty(buffer);
        _cache.Put(buffer);
        return Status.Ok;
    }

    /// <summary>Records what was wrong and returns <paramref name="status"/>.</summary>
    private Status Complain(Status status, ReadOnlySpan<byte> what, long number = -1)
    {
        var line = new Minix.DriverKit.LogText(_problem);
        line.Append(what);
        if (number >= 0)
            line.Append(" "u8).Append(number);
        _problemLength = line.Text.Length;
        return status;
    }

    private void EnsureWritable(out Status status) => status = _readOnly ? Status.ReadOnlyFileSystem : Status.Ok;

    private int Now() => _clock.Now();
}
