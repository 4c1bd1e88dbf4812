using Minix.Ipc;
using Minix.Servers.Mfs;

namespace Minix.Servers.Tests.Mfs;

/// <summary>The buffer cache on its own: what a read gives back when the cache must write back dirty blocks to make room.</summary>
public class BufferCacheTests
{
    private const int BlockSize = 1024;

    [Fact]
    public void A_read_ahead_into_a_cache_full_of_dirty_blocks_gives_each_block_its_own_bytes()
    {
        var disk = new MemoryDisk(Numbered(256));
        var cache = new BufferCache(BufferCache.MinBuffers * BlockSize);
        Assert.Equal(Status.Ok, cache.Attach(disk, BlockSize, 256));
        for (long block = 100; block < 100 + BufferCache.MinBuffers; block++)
        {
            Assert.Equal(Status.Ok, cache.GetForOverwrite(block, out int dirty));
            cache.Data(dirty).Fill((byte)(0x80 + block - 100));
            cache.MarkDirty(dirty);
            cache.Put(dirty);
        }

        // A miss reading four blocks ahead: every buffer it takes is dirty, so the write-back happens while it reads.
        Assert.Equal(Status.Ok, cache.Get(8, out int first, readAhead: 4));
        Assert.True(IsBlock(cache.Data(first), 8), "block 8 came back with another block's bytes");
        cache.Put(first);
        long reads = cache.DeviceReads;
        for (long block = 9; block < 12; block++)
        {
            Assert.Equal(Status.Ok, cache.Get(block, out int ahead));
            Assert.True(IsBlock(cache.Data(ahead), block), $"block {block}, read ahead, came back with another block's bytes");
            cache.Put(ahead);
        }

        Assert.Equal(reads, cache.DeviceReads); // the three were read ahead, not read again
        for (int block = 100; block < 100 + BufferCache.MinBuffers; block++)
            Assert.All(disk.Bytes.AsSpan(block * BlockSize, BlockSize).ToArray(), b => Assert.Equal((byte)(0x80 + block - 100), b));
        Assert.Equal(0, cache.Held);
    }

    [Fact]
    public void A_failed_read_ahead_holds_no_buffer_and_caches_nothing()
    {
        var disk = new FailingDisk(Numbered(64));
        var cache = new BufferCache(BufferCache.MinBuffers * BlockSize);
        Assert.Equal(Status.Ok, cache.Attach(disk, BlockSize, 64));
        disk.Failing = true;
        Assert.Equal(Status.IoError, cache.Get(4, out _, readAhead: 4));
        Assert.Equal(0, cache.Held);
        disk.Failing = false;
        Assert.Equal(Status.Ok, cache.Get(5, out int buffer));
        Assert.True(IsBlock(cache.Data(buffer), 5));
        cache.Put(buffer);
    }

    /// <summary>A disk whose block N holds the bytes of N's low half-word over and over.</summary>
    private static byte[] Numbered(int blocks)
    {
        byte[] bytes = new byte[blocks * BlockSize];
        for (int block = 0; block < blocks; block++)
        {
            for (int i = 0; i < BlockSize; i += 2)
            {
                bytes[block * BlockSize + i] = (byte)block;
                bytes[block * BlockSize + i + 1] = (byte)(block >> 8);
            }
        }

        return bytes;
    }

    private static bool IsBlock(Span<byte> data, long block)
    {
        for (int i = 0; i < data.Length; i += 2)
        {
            if (data[i] != (byte)block || data[i + 1] != (byte)(block >> 8))
                return false;
        }

        return true;
    }

    private sealed class FailingDisk(byte[] bytes) : BlockDevice
    {
        private readonly MemoryDisk _disk = new(bytes);

        public bool Failing { get; set; }

        public override long Size => _disk.Size;

        public override Status Read(long position, Span<byte> destination) => Failing ? Status.IoError : _disk.Read(position, destination);

        public override Status Write(long position, ReadOnlySpan<byte> source) => Failing ? Status.IoError : _disk.Write(position, source);
    }
}
