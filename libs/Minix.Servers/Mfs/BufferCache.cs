using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>
/// The buffer cache: a fixed number of block-sized buffers carved out of memory allocated once, found by block
/// number through a hash, and reused least recently used first. Writes are write-back: a changed buffer is only
/// marked dirty, and reaches the device when it is evicted, on <see cref="Flush"/> (sync, unmount, halt), sorted by
/// block number with neighbouring blocks written in one request. A miss during a sequential read fetches the
/// following blocks too, in one request (read-ahead).
/// </summary>
/// <remarks>
/// The cache's memory is a byte count fixed at start-up; <see cref="Attach"/> divides it into buffers of the file
/// system's block size, so the same memory holds eight times as many 1 KiB blocks as 8 KiB ones. A buffer in use
/// (got and not yet put) is never evicted. A buffer whose write fails stays dirty, and the error is returned.
/// </remarks>
public sealed class BufferCache
{
    /// <summary>The fewest buffers a file system can be mounted with (every operation holds a handful at once).</summary>
    public const int MinBuffers = 16;

    /// <summary>Bytes moved in one device request for a run of neighbouring blocks.</summary>
    public const int RunBytes = 128 * 1024;

    private const int None = -1;

    private readonly byte[] _memory;
    private readonly byte[] _staging;
    private readonly long[] _block;
    private readonly int[] _refs;
    private readonly bool[] _dirty;
    private readonly bool[] _valid;
    private readonly int[] _prev;
    private readonly int[] _next;
    private readonly int[] _hashHead;
    private readonly int[] _hashNext;
    private readonly int[] _order;
    private readonly int[] _run;
    private BlockDevice? _device;
    private int _blockSize;
    private int _count;
    private long _deviceBlocks;
    private int _lruFront = None;
    private int _lruRear = None;

    /// <summary>Allocates the cache's memory (do this at start-up).</summary>
    /// <param name="bytes">Bytes for buffers; at least <see cref="MinBuffers"/> blocks of the largest size a mount will use.</param>
    public BufferCache(int bytes)
    {
        int max = Math.Max(bytes / DiskFormat.MinBlockSize, MinBuffers);
        _memory = PinnedMemory.Allocate(Math.Max(bytes, MinBuffers * DiskFormat.MinBlockSize));
        _staging = PinnedMemory.Allocate(RunBytes);
        _block = new long[max];
        _refs = new int[max];
        _dirty = new bool[max];
        _valid = new bool[max];
        _prev = new int[max];
        _next = new int[max];
        _hashHead = new int[max];
        _hashNext = new int[max];
        _order = new int[max];
        _run = new int[RunBytes / DiskFormat.MinBlockSize];
    }

    /// <summary>The cache's memory in bytes.</summary>
    public int Bytes => _memory.Length;

    /// <summary>Buffers in use for the attached file system.</summary>
    public int Count => _count;

    /// <summary>The block size of the attached file system.</summary>
    public int BlockSize => _blockSize;

    /// <summary>Device reads the cache has made (each may fetch a run of blocks).</summary>
    public long DeviceReads { get; private set; }

    /// <summary>Device writes the cache has made (each may write a run of blocks).</summary>
    public long DeviceWrites { get; private set; }

    /// <summary>Requests answered from a buffer without going to the device.</summary>
    public long Hits { get; private set; }

    /// <summary>The device the cache reads and writes.</summary>
    public BlockDevice? Device => _device;

    /// <summary>Starts caching <paramref name="device"/> in blocks of <paramref name="blockSize"/> bytes: every buffer empty.</summary>
    /// <param name="device">The device.</param>
    /// <param name="blockSize">The block size.</param>
    /// <param name="deviceBlocks">How many blocks exist (reads never go past them).</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.OutOfMemory"/> if the memory holds fewer than <see cref="MinBuffers"/> such blocks.</returns>
    public Status Attach(BlockDevice device, int blockSize, long deviceBlocks)
    {
        int count = Math.Min(_memory.Length / blockSize, _block.Length);
        if (count < MinBuffers)
            return Status.OutOfMemory;
        _device = device;
        _blockSize = blockSize;
        _count = count;
        _deviceBlocks = deviceBlocks;
        _lruFront = None;
        _lruRear = None;
        for (int i = 0; i < count; i++)
        {
            _hashHead[i] = None;
            _hashNext[i] = None;
            _refs[i] = 0;
            _dirty[i] = false;
            _valid[i] = false;
            _block[i] = -1;
            AppendLru(i);
        }

        return Status.Ok;
    }

    /// <summary>Forgets everything (after the last flush of an unmount): dirty buffers are dropped.</summary>
    public void Detach()
    {
        _device = null;
        _count = 0;
        _lruFront = None;
        _lruRear = None;
    }

    /// <summary>The bytes of a buffer.</summary>
    /// <param name="buffer">A buffer from <see cref="Get"/>.</param>
    /// <returns>Its block's bytes.</returns>
    public Span<byte> Data(int buffer) => _memory.AsSpan(buffer * _blockSize, _blockSize);

    /// <summary>The block a buffer holds.</summary>
    /// <param name="buffer">A buffer.</param>
    /// <returns>The block number.</returns>
    public long BlockOf(int buffer) => _block[buffer];

    /// <summary>
    /// Gets the buffer of <paramref name="block"/>, reading it on a miss, and holds it until <see cref="Put"/>.
    /// With <paramref name="readAhead"/> above 1, a miss also reads up to that many following blocks that are not
    /// cached, in the same request.
    /// </summary>
    /// <param name="block">The block number.</param>
    /// <param name="buffer">The buffer.</param>
    /// <param name="readAhead">How many blocks from <paramref name="block"/> on the caller expects to read.</param>
    /// <returns><see cref="Status.Ok"/>, or the device's error (nothing is held then).</returns>
    public Status Get(long block, out int buffer, int readAhead = 1)
    {
        buffer = Find(block);
        if (buffer != None)
        {
            Hits++;
            Hold(buffer);
            return Status.Ok;
        }

        if (block < 0 || block >= _deviceBlocks)
            return Status.IoError;
        int run = readAhead <= 1 ? 1 : RunLength(block, readAhead);
        if (run > 1)
            return ReadRun(block, run, out buffer);

        Status status = Take(block, out buffer);
        if (status != Status.Ok)
            return status;
        DeviceReads++;
        status = _device!.Read(block * _blockSize, Data(buffer));
        if (status != Status.Ok)
        {
            Release(buffer);
            buffer = None;
            return status;
        }

        _valid[buffer] = true;
        return Status.Ok;
    }

    /// <summary>Gets the buffer of <paramref name="block"/> without reading it: the caller overwrites it all. A buffer not cached before is zeroed.</summary>
    /// <param name="block">The block number.</param>
    /// <param name="buffer">The buffer.</param>
    /// <returns><see cref="Status.Ok"/>, or why no buffer is free.</returns>
    public Status GetForOverwrite(long block, out int buffer)
    {
        buffer = Find(block);
        if (buffer != None)
        {
            Hold(buffer);
            return Status.Ok;
        }

        if (block < 0 || block >= _deviceBlocks)
            return Status.IoError;
        Status status = Take(block, out buffer);
        if (status != Status.Ok)
            return status;
        Data(buffer).Clear();
        _valid[buffer] = true;
        return Status.Ok;
    }

    /// <summary>Marks a held buffer changed: it is written back later.</summary>
    /// <param name="buffer">A buffer from <see cref="Get"/>.</param>
    public void MarkDirty(int buffer) => _dirty[buffer] = true;

    /// <summary>Gives a buffer back; it stays cached until it is the least recently used.</summary>
    /// <param name="buffer">A buffer from <see cref="Get"/>.</param>
    public void Put(int buffer)
    {
        if (buffer < 0 || _refs[buffer] == 0)
            return;
        if (--_refs[buffer] == 0)
            AppendLru(buffer);
    }

    /// <summary>Writes every dirty buffer back to the device, in block order, neighbours in one request.</summary>
    /// <returns><see cref="Status.Ok"/>, or the first write error (those buffers stay dirty).</returns>
    public Status Flush()
    {
        int n = 0;
        for (int i = 0; i < _count; i++)
        {
            if (_dirty[i] && _valid[i])
                _order[n++] = i;
        }

        SortByBlock(n);
        Status first = Status.Ok;
        int at = 0;
        while (at < n)
        {
            int run = 1;
            int maxRun = RunBytes / _blockSize;
            while (at + run < n && run < maxRun && _block[_order[at + run]] == _block[_order[at]] + run)
                run++;
            Status status = WriteRun(at, run);
            if (status != Status.Ok && first == Status.Ok)
                first = status;
            at += run;
        }

        return first;
    }

    /// <summary>Whether any buffer waits to be written.</summary>
    public bool HasDirty
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                if (_dirty[i])
                    return true;
            }

            return false;
        }
    }

    /// <summary>Buffers held right now (a leak check for tests: between requests it is 0).</summary>
    public int Held
    {
        get
        {
            int held = 0;
            for (int i = 0; i < _count; i++)
                held += _refs[i] > 0 ? 1 : 0;
            return held;
        }
    }

    private Status WriteRun(int at, int run)
    {
        long block = _block[_order[at]];
        Status status;
        DeviceWrites++;
        if (run == 1)
        {
            status = _device!.Write(block * _blockSize, Data(_order[at]));
        }
        else
        {
            for (int i = 0; i < run; i++)
                Data(_order[at + i]).CopyTo(_staging.AsSpan(i * _blockSize, _blockSize));
            status = _device!.Write(block * _blockSize, _staging.AsSpan(0, run * _blockSize));
        }

        if (status == Status.Ok)
        {
            for (int i = 0; i < run; i++)
                _dirty[_order[at + i]] = false;
        }

        return status;
    }

    /// <remarks>
    /// Every buffer of the run is taken before the device is read: taking one may evict a dirty buffer, and the flush
    /// that writes it back goes through the same staging memory, which would overwrite blocks read and not yet copied.
    /// </remarks>
    private Status ReadRun(long block, int run, out int buffer)
    {
        buffer = None;
        int taken = 0;
        Status status = Status.Ok;
        while (taken < run)
        {
            status = Take(block + taken, out _run[taken]);
            if (status != Status.Ok)
                break;
            taken++;
        }

        if (taken > 0)
        {
            DeviceReads++;
            Span<byte> staging = _staging.AsSpan(0, taken * _blockSize);
            status = _device!.Read(block * _blockSize, staging);
            for (int i = 0; i < taken; i++)
            {
                int b = _run[i];
                if (status == Status.Ok)
                {
                    staging.Slice(i * _blockSize, _blockSize).CopyTo(Data(b));
                    _valid[b] = true;
                }

                if (i == 0 && status == Status.Ok)
                    buffer = b;
                else
                    Release(b);
            }
        }

        return buffer == None ? status : Status.Ok;
    }

    /// <summary>How many blocks from <paramref name="block"/> on are absent from the cache, up to what one request and a quarter of the cache hold.</summary>
    private int RunLength(long block, int wanted)
    {
        int limit = Math.Min(Math.Min(wanted, RunBytes / _blockSize), _count / 4);
        if (_deviceBlocks - block < limit)
            limit = (int)(_deviceBlocks - block);
        int run = 1;
        while (run < limit && Find(block + run) == None)
            run++;
        return run;
    }

    /// <summary>A buffer for <paramref name="block"/>, taken from the front of the LRU list (after writing it back if dirty), held and hashed.</summary>
    private Status Take(long block, out int buffer)
    {
        buffer = _lruFront;
        while (buffer != None && _dirty[buffer])
        {
            // A dirty victim: write back everything dirty (as MINIX does on eviction), then take the front again.
            Status status = Flush();
            if (status != Status.Ok)
            {
                buffer = CleanVictim();
                if (buffer == None)
                    return status;
                break;
            }

            buffer = _lruFront;
        }

        if (buffer == None)
            return Status.OutOfMemory;
        UnlinkLru(buffer);
        Unhash(buffer);
        _block[buffer] = block;
        _valid[buffer] = false;
        _dirty[buffer] = false;
        _refs[buffer] = 1;
        long bucket = block % _count;
        _hashNext[buffer] = _hashHead[bucket];
        _hashHead[bucket] = buffer;
        return Status.Ok;
    }

    private int CleanVictim()
    {
        for (int b = _lruFront; b != None; b = _next[b])
        {
            if (!_dirty[b])
                return b;
        }

        return None;
    }

    /// <summary>Undoes a <see cref="Take"/> whose read failed: the buffer is empty again and first to be reused.</summary>
    private void Release(int buffer)
    {
        _refs[buffer] = 0;
        if (!_valid[buffer])
        {
            Unhash(buffer);
            _block[buffer] = -1;
            PrependLru(buffer);
        }
        else
        {
            AppendLru(buffer);
        }
    }

    private void Hold(int buffer)
    {
        if (_refs[buffer]++ == 0)
            UnlinkLru(buffer);
    }

    private int Find(long block)
    {
        if (block < 0 || _count == 0)
            return None;
        for (int b = _hashHead[block % _count]; b != None; b = _hashNext[b])
        {
            if (_block[b] == block && _valid[b])
                return b;
        }

        return None;
    }

    private void Unhash(int buffer)
    {
        long block = _block[buffer];
        if (block < 0)
            return;
        long bucket = block % _count;
        int prev = None;
        for (int b = _hashHead[bucket]; b != None; prev = b, b = _hashNext[b])
        {
            if (b != buffer)
                continue;
            if (prev == None)
                _hashHead[bucket] = _hashNext[b];
            else
                _hashNext[prev] = _hashNext[b];
            break;
        }

        _hashNext[buffer] = None;
    }

    private void AppendLru(int buffer)
    {
        _prev[buffer] = _lruRear;
        _next[buffer] = None;
        if (_lruRear != None)
            _next[_lruRear] = buffer;
        else
            _lruFront = buffer;
        _lruRear = buffer;
    }

    private void PrependLru(int buffer)
    {
        _next[buffer] = _lruFront;
        _prev[buffer] = None;
        if (_lruFront != None)
            _prev[_lruFront] = buffer;
        else
            _lruRear = buffer;
        _lruFront = buffer;
    }

    private void UnlinkLru(int buffer)
    {
        int prev = _prev[buffer];
        int next = _next[buffer];
        if (prev != None)
            _next[prev] = next;
        else
            _lruFront = next;
        if (next != None)
            _prev[next] = prev;
        else
            _lruRear = prev;
        _prev[buffer] = None;
        _next[buffer] = None;
    }

    /// <summary>Shell sort of the first <paramref name="n"/> entries of the flush order by block number.</summary>
    private void SortByBlock(int n)
    {
        for (int gap = n / 2; gap > 0; gap /= 2)
        {
            for (int i = gap; i < n; i++)
            {
                int value = _order[i];
                long key = _block[value];
                int j = i;
                while (j >= gap && _block[_order[j - gap]] > key)
                {
                    _order[j] = _order[j - gap];
                    j -= gap;
                }

                _order[j] = value;
            }
        }
    }
}
