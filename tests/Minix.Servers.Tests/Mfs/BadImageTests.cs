using System.Runtime.InteropServices;
using System.Text;
using Minix.Ipc;
using Minix.Servers.Mfs;

namespace Minix.Servers.Tests.Mfs;

/// <summary>Damaged images: every call fails with the right error and says what is wrong; nothing crashes, loops or writes outside the file system.</summary>
public class BadImageTests
{
    [Theory]
    [InlineData(24, new byte[] { 0x12, 0x34 }, "bad magic")]
    [InlineData(24, new byte[] { 0x68, 0x24 }, "version 1 or 2")]
    [InlineData(28, new byte[] { 0x00, 0x03 }, "block size")]
    [InlineData(6, new byte[] { 0x00, 0x00 }, "inode bitmap")]
    [InlineData(8, new byte[] { 0x00, 0x00 }, "zone bitmap is empty")]
    [InlineData(20, new byte[] { 0x40, 0x1F, 0x00, 0x00 }, "larger than its device")]
    [InlineData(10, new byte[] { 0x05, 0x00 }, "inside the inode table")]
    [InlineData(14, new byte[] { 0x00, 0x01 }, "features")]
    [InlineData(12, new byte[] { 0x01, 0x00 }, "zones larger than a block")]
    public void A_corrupted_superblock_is_refused_with_EINVAL_and_the_reason(int offset, byte[] bytes, string reason)
    {
        byte[] disk = TestDisks.Formatted();
        bytes.CopyTo(disk, 1024 + offset);
        var volume = new Volume(new BufferCache(1 << 20), new InodeTable(), new FixedClock(0));
        Assert.Equal(Status.InvalidArgument, volume.Mount(new MemoryDisk(disk), readOnly: false));
        Assert.Contains(reason, Encoding.UTF8.GetString(volume.Problem));
        Assert.False(volume.IsMounted);
    }

    [Fact]
    public void An_inode_pointing_past_the_device_gives_EIO_naming_the_inode_and_zone()
    {
        byte[] disk = TestDisks.Formatted();
        using (var image = DiskImage.Open(disk, "disk", writable: true))
            image.WriteFile("/f", new byte[3000]);
        Volume v = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, v.Lookup(1, "f"u8, out uint inode));
        Assert.Equal(Status.Ok, v.GetInode(inode, out int slot));
        v.Node(slot).Zones[1] = 0x00FF_FFFF;
        v.Node(slot).Zones[DiskFormat.DoubleIndirect] = 7; // a metadata block, not a data zone
        var buffer = new ArrayMemory(new byte[3000]);
        Assert.Equal(Status.IoError, v.Read(slot, 0, 3000, buffer, out int done));
        Assert.Equal(1024, done);
        Assert.Contains("names zone 16777215, outside the data zones", Encoding.UTF8.GetString(v.Problem));
        v.Node(slot).Size = 400 << 10;
        Assert.Equal(Status.IoError, v.Read(slot, 300L << 10, 10, buffer, out _));
        Assert.Equal(Status.IoError, v.Write(slot, 1024, 10, buffer, out _));
    }

    [Fact]
    public void A_directory_whose_parent_link_loops_is_found_out_by_rename_instead_of_walking_forever()
    {
        byte[] disk = TestDisks.Formatted();
        using (var image = DiskImage.Open(disk, "disk", writable: true))
        {
            image.MakeDirectory("/a/b");
            image.MakeDirectory("/c");
        }

        Volume v = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, v.Lookup(1, "a"u8, out uint a));
        Assert.Equal(Status.Ok, v.Lookup(a, "b"u8, out uint b));
        // Point b's ".." at b itself.
        Assert.Equal(Status.Ok, v.GetInode(b, out int slot));
        uint zone = v.Node(slot).Zones[0];
        v.PutInode(b, 3);
        v.PutInode(a);
        Assert.Equal(Status.Ok, v.Unmount());
        MemoryMarshal.Write(disk.AsSpan((int)zone * 1024 + 64), b);

        v = TestDisks.Mount(disk);
        Assert.Equal(Status.IoError, v.Rename(1, "c"u8, b, "c"u8));
        Assert.Contains("loops", Encoding.UTF8.GetString(v.Problem));
        Assert.Equal(Status.Ok, v.Lookup(b, ".."u8, out uint up));
        Assert.Equal(b, up);
        v.PutInode(up);
        Assert.Equal(0, v.Inodes.InUse);
    }

    [Fact]
    public void A_zone_bitmap_that_promises_more_blocks_than_exist_never_leads_a_write_outside_the_file_system()
    {
        // A 1 MiB file system on a 2 MiB device whose zone bitmap is all free, the bits past its end included.
        byte[] disk = new byte[2 << 20];
        DiskImage.Format(disk, new FormatOptions { BlockSize = 1024, Blocks = 1024 }, "disk");
        disk.AsSpan(1 << 20).Fill(0xA5);
        Volume probe = TestDisks.Mount(disk);
        int zmap = (int)probe.Super.Bitmaps.ZoneMapStart;
        Assert.Equal(Status.Ok, probe.Unmount());
        disk.AsSpan(zmap * 1024, 1024).Clear();
        disk[zmap * 1024] = 0x03; // bit 0 and the root's zone

        Volume v = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, v.Create(1, "fill"u8, 0x1A4, 0, 0, 0, out uint inode));
        Assert.Equal(Status.Ok, v.GetInode(inode, out int slot));
        var data = new ArrayMemory(new byte[2 << 20]);
        Assert.Equal(Status.Ok, v.Write(slot, 0, data.Bytes.Length, data, out int written));
        Assert.InRange(written, 1, 1 << 20);
        Assert.Equal(Status.NoSpace, v.Write(slot, written, 1024, data, out _));
        v.PutInode(inode, 2);
        Assert.Equal(Status.Ok, v.Unmount());
        Assert.True(disk.AsSpan(1 << 20).IndexOfAnyExcept((byte)0xA5) < 0, "something was written past the file system's last zone");
    }

    [Fact]
    public void A_directory_with_an_impossible_size_gives_EIO_at_once()
    {
        byte[] disk = TestDisks.Formatted();
        Volume v = TestDisks.Mount(disk);
        Assert.Equal(Status.Ok, v.GetInode(1, out int root));
        v.Node(root).Size = int.MaxValue - 63;
        Assert.Equal(Status.IoError, v.Lookup(1, "x"u8, out _));
        Assert.Contains("impossible size", Encoding.UTF8.GetString(v.Problem));
        v.PutInode(1);
    }
}
