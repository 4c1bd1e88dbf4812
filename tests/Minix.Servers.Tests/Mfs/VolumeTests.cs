using System.Text;
using Minix.Ipc;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;

namespace Minix.Servers.Tests.Mfs;

/// <summary>The file server's on-disk code on a disk in memory: files, directories, names and links, at every block size.</summary>
public class VolumeTests
{
    public static TheoryData<int> BlockSizes => new() { 1024, 2048, 4096, 8192 };

    [Theory]
    [MemberData(nameof(BlockSizes))]
    public void Files_and_directories_written_at_any_block_size_read_back_after_a_remount(int blockSize)
    {
        byte[] disk = TestDisks.Formatted(blockSize, 8 << 20);
        byte[] big = Pattern(300_000, seed: blockSize);
        using (var image = DiskImage.Open(disk, "disk", writable: true, new FixedClock(TestDisks.Time)))
        {
            image.MakeDirectory("/etc/rc.d");
            image.WriteFile("/etc/motd", Encoding.UTF8.GetBytes("hello\n"));
            image.WriteFile("/etc/rc.d/big", big);
            image.MakeDirectory("/tmp");
            image.WriteFile("/tmp/gone", new byte[5000]);
            image.Remove("/tmp/gone");
            image.Rename("/etc/motd", "/tmp/motd");
        }

        using var again = DiskImage.Open(disk, "disk", writable: false);
        Assert.Equal(blockSize, again.Volume.Super.BlockSize);
        Assert.Equal("hello\n", Encoding.UTF8.GetString(again.ReadFile("/tmp/motd")));
        Assert.Equal(big, again.ReadFile("/etc/rc.d/big"));
        Assert.False(again.Exists("/etc/motd"));
        Assert.False(again.Exists("/tmp/gone"));
        Assert.Equal([".", "..", "rc.d"], again.List("/etc").Select(e => e.Name));
        Assert.True(again.Volume.WasClean);
    }

    [Fact]
    public void A_file_of_seventeen_mebibytes_at_1_KiB_blocks_uses_the_double_indirect_zone_and_reads_back_exactly()
    {
        byte[] disk = TestDisks.Formatted(1024, 24 << 20);
        byte[] contents = Pattern(17 << 20, seed: 17);
        using (var image = DiskImage.Open(disk, "disk", writable: true))
            image.WriteFile("/big", contents);

        using var again = DiskImage.Open(disk, "disk", writable: false);
        Assert.Equal(contents, again.ReadFile("/big"));
        uint inode = again.Resolve("/big");
        Assert.Equal(Status.Ok, again.Volume.GetInode(inode, out int slot));
        Assert.NotEqual(0u, again.Volume.Node(slot).Zones[DiskFormat.DoubleIndirect]);
        again.Volume.PutInode(inode);
        TestDisks.FsckClean(disk);
    }

    [Fact]
    public void Truncating_a_file_frees_its_blocks_and_zeroes_the_tail_of_the_last_one()
    {
        byte[] disk = TestDisks.Formatted(1024, 4 << 20);
        Volume volume = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, volume.Create(DiskFormat.RootInode, "f"u8, 0x1A4, 0, 0, 0, out uint inode));
        Assert.Equal(Status.Ok, volume.GetInode(inode, out int slot));
        var data = new ArrayMemory(Pattern(400_000, 3));
        Assert.Equal(Status.Ok, volume.Write(slot, 0, data.Bytes.Length, data, out int written));
        Assert.Equal(400_000, written);
        Assert.Equal(Status.Ok, volume.Truncate(slot, 1500));
        Assert.Equal(Status.Ok, volume.Truncate(slot, 5000));
        var back = new ArrayMemory(new byte[5000]);
        Assert.Equal(Status.Ok, volume.Read(slot, 0, 5000, back, out int read));
        Assert.Equal(5000, read);
        Assert.Equal(data.Bytes.AsSpan(0, 1500).ToArray(), back.Bytes.AsSpan(0, 1500).ToArray());
        Assert.All(back.Bytes.AsSpan(1500).ToArray(), b => Assert.Equal(0, b));
        volume.PutInode(inode);
        volume.PutInode(inode);
        Assert.Equal(Status.Ok, volume.Unmount());
        string listing = TestDisks.FsckClean(disk);
        Assert.Contains("/f", listing);
    }

    [Fact]
    public void A_name_of_60_bytes_is_kept_whole_and_one_of_61_is_refused_with_ENAMETOOLONG()
    {
        byte[] disk = TestDisks.Formatted();
        Volume volume = TestDisks.Mount(disk);
        byte[] sixty = Encoding.ASCII.GetBytes(new string('n', 60));
        byte[] sixtyOne = Encoding.ASCII.GetBytes(new string('n', 61));
        Assert.Equal(Status.Ok, volume.Create(DiskFormat.RootInode, sixty, 0x1A4, 0, 0, 0, out uint inode));
        volume.PutInode(inode);
        Assert.Equal(Status.NameTooLong, volume.Create(DiskFormat.RootInode, sixtyOne, 0x1A4, 0, 0, 0, out _));
        Assert.Equal(Status.NameTooLong, volume.Lookup(DiskFormat.RootInode, sixtyOne, out _));
        Assert.Equal(Status.Ok, volume.Lookup(DiskFormat.RootInode, sixty, out uint found));
        Assert.Equal(inode, found);
        volume.PutInode(found);
        Assert.Equal(Status.Ok, volume.Unmount());
        // fsck.minix -l prints at most 59 bytes of a name (its own buffer), but checks the whole entry.
        Assert.Contains("/" + new string('n', 59), TestDisks.FsckClean(disk));
    }

    [Fact]
    public void Directory_operations_give_the_posix_errors()
    {
        byte[] disk = TestDisks.Formatted();
        Volume v = TestDisks.Mount(disk);
        const uint root = DiskFormat.RootInode;
        Assert.Equal(Status.Ok, v.MakeDirectory(root, "d"u8, 0x1ED, 0, 0, out uint d));
        Assert.Equal(Status.Ok, v.Create(d, "f"u8, 0x1A4, 0, 0, 0, out uint f));
        v.PutInode(f);
        Assert.Equal(Status.AlreadyExists, v.MakeDirectory(root, "d"u8, 0x1ED, 0, 0, out _));
        Assert.Equal(Status.AlreadyExists, v.Create(d, "f"u8, 0x1A4, 0, 0, 0, out _));
        Assert.Equal(Status.DirectoryNotEmpty, v.RemoveDirectory(root, "d"u8));
        Assert.Equal(Status.PermissionDenied, v.Unlink(root, "d"u8));
        Assert.Equal(Status.NotDirectory, v.RemoveDirectory(d, "f"u8));
        Assert.Equal(Status.NotDirectory, v.Lookup(f, "x"u8, out _));
        Assert.Equal(Status.InvalidArgument, v.RemoveDirectory(d, "."u8));
        Assert.Equal(Status.DirectoryNotEmpty, v.RemoveDirectory(d, ".."u8));
        Assert.Equal(Status.NotFound, v.Unlink(d, "missing"u8));
        Assert.Equal(Status.PermissionDenied, v.Link(root, "dlink"u8, d));
        Assert.Equal(Status.Ok, v.Link(root, "flink"u8, f));
        Assert.Equal(Status.Ok, v.Stat(f, 0, out FileStatus stat));
        Assert.Equal(2, stat.Links);
        Assert.Equal(Status.InvalidArgument, v.Rename(root, "d"u8, d, "inside"u8));
        Assert.Equal(Status.Ok, v.MakeDirectory(root, "e"u8, 0x1ED, 0, 0, out uint e));
        Assert.Equal(Status.IsDirectory, v.Rename(root, "flink"u8, root, "e"u8));
        Assert.Equal(Status.NotDirectory, v.Rename(root, "e"u8, root, "flink"u8));
        Assert.Equal(Status.DirectoryNotEmpty, v.Rename(root, "e"u8, root, "d"u8));
        Assert.Equal(Status.Ok, v.Rename(root, "d"u8, e, "moved"u8));
        Assert.Equal(Status.Ok, v.Lookup(e, "moved"u8, out uint moved));
        Assert.Equal(d, moved);
        v.PutInode(moved);
        Assert.Equal(Status.Ok, v.Lookup(d, ".."u8, out uint parent));
        Assert.Equal(e, parent);
        v.PutInode(parent);
        Assert.Equal(Status.Ok, v.Unlink(d, "f"u8));
        Assert.Equal(Status.Ok, v.Unlink(root, "flink"u8));
        Assert.Equal(Status.Ok, v.RemoveDirectory(e, "moved"u8));
        Assert.Equal(Status.Ok, v.Stat(root, 0, out FileStatus rootStat));
        Assert.Equal(3, rootStat.Links); // ".", "..", and e's ".."
        Assert.Equal(0, v.Inodes.InUse);
        Assert.Equal(0, v.Cache.Held);
        Assert.Equal(Status.Ok, v.Unmount());
        string listing = TestDisks.FsckClean(disk);
        Assert.Contains("/e", listing);
        Assert.DoesNotContain("/d", listing);
    }

    [Fact]
    public void A_file_unlinked_while_held_keeps_its_data_until_the_last_holder_lets_go()
    {
        byte[] disk = TestDisks.Formatted();
        Volume v = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, v.Create(DiskFormat.RootInode, "tmp"u8, 0x1A4, 0, 0, 0, out uint inode));
        Assert.Equal(Status.Ok, v.GetInode(inode, out int slot));
        var data = new ArrayMemory(Pattern(10_000, 5));
        Assert.Equal(Status.Ok, v.Write(slot, 0, 10_000, data, out _));
        Assert.Equal(Status.Ok, v.Unlink(DiskFormat.RootInode, "tmp"u8));
        var back = new ArrayMemory(new byte[10_000]);
        Assert.Equal(Status.Ok, v.Read(slot, 0, 10_000, back, out int read));
        Assert.Equal(data.Bytes, back.Bytes);
        v.PutInode(inode, 2);
        Assert.Equal(0, v.Inodes.InUse);
        Assert.Equal(Status.Ok, v.Unmount());
        TestDisks.FsckClean(disk);
    }

    [Fact]
    public void A_full_disk_gives_ENOSPC_after_a_short_write_and_stays_consistent()
    {
        byte[] disk = TestDisks.Formatted(1024, 256 << 10);
        Volume v = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, v.Create(DiskFormat.RootInode, "fill"u8, 0x1A4, 0, 0, 0, out uint inode));
        Assert.Equal(Status.Ok, v.GetInode(inode, out int slot));
        var data = new ArrayMemory(new byte[1 << 20]);
        Assert.Equal(Status.Ok, v.Write(slot, 0, data.Bytes.Length, data, out int written));
        Assert.InRange(written, 100_000, 256 << 10);
        Assert.Equal(Status.NoSpace, v.Write(slot, written, 1024, data, out int more));
        Assert.Equal(0, more);
        v.PutInode(inode, 2);
        Assert.Equal(Status.Ok, v.Unmount());
        TestDisks.FsckClean(disk);
    }

    [Fact]
    public void A_full_inode_table_gives_ENOSPC()
    {
        byte[] disk = TestDisks.Formatted(1024, 1 << 20, inodes: 16);
        Volume v = TestDisks.Mount(disk);
        int made = 0;
        Status status;
        while ((status = v.Create(DiskFormat.RootInode, Encoding.ASCII.GetBytes("f" + made), 0x1A4, 0, 0, 0, out uint inode)) == Status.Ok)
        {
            v.PutInode(inode);
            made++;
        }

        Assert.Equal(Status.NoSpace, status);
        Assert.Equal(15, made); // 16 inodes, the root uses one
        Assert.Equal(Status.Ok, v.Unmount());
        TestDisks.FsckClean(disk);
    }

    internal static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
