using Minix.Ipc;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;

namespace Minix.Servers.Tests.Mfs;

/// <summary>A write whose client memory cannot be read part-way: what was written counts, and nothing else changes.</summary>
public class FailedWriteTests
{
    private const int BlockSize = 1024;

    [Fact]
    public void A_write_that_fails_in_a_later_block_counts_the_blocks_before_and_leaves_the_old_block_intact_on_disk()
    {
        byte[] disk = TestDisks.Formatted(BlockSize);
        byte[] old = VolumeTests.Pattern(3 * BlockSize, seed: 1);
        using (var image = DiskImage.Open(disk, "disk", writable: true))
            image.WriteFile("/f", old);

        // A fresh mount, so the file's blocks are not cached when the write overwrites them whole.
        Volume volume = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, volume.Lookup(DiskFormat.RootInode, "f"u8, out uint inode));
        Assert.Equal(Status.Ok, volume.GetInode(inode, out int slot));
        byte[] replacement = VolumeTests.Pattern(BlockSize + (BlockSize / 2), seed: 2);
        var shortMemory = new ArrayMemory(replacement);
        Assert.Equal(Status.Ok, volume.Write(slot, 0, 3 * BlockSize, shortMemory, out int written));
        Assert.Equal(BlockSize, written);
        volume.PutInode(inode);
        volume.PutInode(inode);
        Assert.Equal(Status.Ok, volume.Unmount());

        using var again = DiskImage.Open(disk, "disk", writable: false);
        byte[] expected = [.. replacement.AsSpan(0, BlockSize), .. old.AsSpan(BlockSize)];
        Assert.Equal(expected, again.ReadFile("/f"));
    }

    [Fact]
    public void A_write_past_the_end_that_fails_at_once_returns_the_error_and_allocates_no_block()
    {
        byte[] disk = TestDisks.Formatted(BlockSize);
        Volume volume = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, volume.Create(DiskFormat.RootInode, "f"u8, 0x1A4, 0, 0, 0, out uint inode));
        Assert.Equal(Status.Ok, volume.GetInode(inode, out int slot));
        var one = new ArrayMemory(VolumeTests.Pattern(BlockSize, seed: 3));
        Assert.Equal(Status.Ok, volume.Write(slot, 0, BlockSize, one, out _));
        Assert.Equal(Status.Ok, volume.StatFileSystem(out FileSystemStatistics before));

        var unreadable = new ArrayMemory([]);
        Assert.Equal(Status.BadAddress, volume.Write(slot, BlockSize, 2 * BlockSize, unreadable, out int written));

        Assert.Equal(0, written);
        Assert.Equal(BlockSize, volume.Node(slot).Size);
        Assert.Equal(Status.Ok, volume.StatFileSystem(out FileSystemStatistics after));
        Assert.Equal(before.FreeBlocks, after.FreeBlocks);
        volume.PutInode(inode);
        volume.PutInode(inode);
        Assert.Equal(Status.Ok, volume.Unmount());
        TestDisks.FsckClean(disk);
    }
}
