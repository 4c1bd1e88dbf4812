using System.Text.RegularExpressions;
using Minix.Ipc;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests.Mfs;

/// <summary>statvfs on MFS: the superblock's totals and the bitmaps' free counts, against what fsck.minix counts.</summary>
public class StatFileSystemTests
{
    [Fact]
    public void Free_zones_and_inodes_are_what_fsck_minix_counts_as_unused_after_files_come_and_go()
    {
        string path = TestDisks.ToFile(new byte[8 << 20]);
        try
        {
            var (exit, made) = HostProgram.Run("mkfs.minix", "-3", path);
            Assert.True(exit == 0, made);
            long inodes = long.Parse(Regex.Match(made, @"(?m)^(\d+) inodes$").Groups[1].Value);
            FileSystemStatistics before, after;
            using (var image = DiskImage.Open(path, writable: true))
            {
                Assert.Equal(Status.Ok, image.Volume.StatFileSystem(out before));
                image.MakeDirectory("/usr/src/kernel");
                image.WriteFile("/usr/src/kernel/proc.c", VolumeTests.Pattern(3_000_000, 7));
                for (int i = 0; i < 40; i++)
                    image.WriteFile($"/usr/src/f{i}", new byte[i * 700]);
                image.WriteFile("/scratch", new byte[500_000]);
                image.Remove("/scratch");
                image.MakeDevice("/dev0", block: true, major: 3, minor: 0);
                Assert.Equal(Status.Ok, image.Volume.StatFileSystem(out after));
            }

            var (fsckExit, counted) = HostProgram.Run("fsck.minix", "-fv", path);
            Assert.True(fsckExit == 0, counted);
            long inodesUsed = long.Parse(Regex.Match(counted, @"(\d+) inodes used").Groups[1].Value);
            long zonesUsed = long.Parse(Regex.Match(counted, @"(\d+) zones used").Groups[1].Value);

            Assert.Equal((1024L, 8192L, inodes), (after.BlockSize, after.TotalBlocks, after.TotalInodes));
            Assert.Equal(8192 - zonesUsed, after.FreeBlocks);
            Assert.Equal(after.FreeBlocks, after.AvailableBlocks);
            Assert.Equal(inodes - inodesUsed, after.FreeInodes);
            Assert.Equal((60, FileSystemFlags.None), (after.NameMax, after.Flags));
            // An empty file system has only its root directory: one zone and one inode in use.
            // Empty, it had only the root directory: every zone before the data zones and the root's one in use.
            long firstDataZone = long.Parse(Regex.Match(made, @"Firstdatazone=(\d+)").Groups[1].Value);
            Assert.Equal(8192 - firstDataZone - 1, before.FreeBlocks);
            Assert.Equal(inodes - 1, before.FreeInodes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_read_only_volume_says_so_and_larger_blocks_count_in_their_own_size()
    {
        byte[] disk = TestDisks.Formatted(blockSize: 4096, bytes: 16 << 20, inodes: 256);
        using var image = DiskImage.Open(disk, "test disk", writable: false);

        Assert.Equal(Status.Ok, image.Volume.StatFileSystem(out FileSystemStatistics stats));
        Assert.Equal((4096L, 4096L, 256L), (stats.BlockSize, stats.TotalBlocks, stats.TotalInodes));
        Assert.Equal(FileSystemFlags.ReadOnly, stats.Flags);
        Assert.Equal(255, stats.FreeInodes);
        Assert.Equal(4096L - image.Volume.Super.FirstDataZone - 1, stats.FreeBlocks);
    }
}
