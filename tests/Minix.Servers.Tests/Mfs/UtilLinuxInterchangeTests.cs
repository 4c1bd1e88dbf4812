using System.Text;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests.Mfs;

/// <summary>util-linux's mkfs.minix -3 and fsck.minix, which nobody here wrote, as the oracle of the on-disk format at 1 KiB blocks.</summary>
public class UtilLinuxInterchangeTests
{
    [Fact]
    public void An_image_made_by_mkfs_minix_mounts_takes_changes_and_then_passes_fsck_minix_listing_them()
    {
        string path = Path.Combine(Path.GetTempPath(), "minix-mkfs-" + Guid.NewGuid().ToString("N") + ".img");
        try
        {
            File.WriteAllBytes(path, new byte[8 << 20]);
            var (exit, output) = HostProgram.Run("mkfs.minix", "-3", path);
            Assert.True(exit == 0, output);
            byte[] contents = VolumeTests.Pattern(2_000_000, 42);
            using (var image = DiskImage.Open(path, writable: true))
            {
                Assert.Equal(1024, image.Volume.Super.BlockSize);
                Assert.Equal([".", ".."], image.List("/").Select(e => e.Name));
                image.MakeDirectory("/home/ast/src");
                image.WriteFile("/home/ast/src/minix.c", contents);
                image.WriteFile("/home/ast/notes", Encoding.UTF8.GetBytes("three servers\n"));
                image.WriteFile("/scratch", new byte[70_000]);
                image.Rename("/home/ast/notes", "/home/notes");
                image.Remove("/scratch");
                image.MakeDevice("/console", block: false, major: 4, minor: 0);
            }

            byte[] written = File.ReadAllBytes(path);
            string listing = TestDisks.FsckClean(written);
            Assert.Contains("/home/ast/src/minix.c", listing);
            Assert.Contains("/home/notes", listing);
            Assert.Contains("/console", listing);
            Assert.DoesNotContain("/scratch", listing);
            using var again = DiskImage.Open(path, writable: false);
            Assert.Equal(contents, again.ReadFile("/home/ast/src/minix.c"));
            DiskImageEntry console = again.List("/").Single(e => e.Name == "console");
            Assert.Equal((0x2000 | 0x1B6, 4UL << 8), (console.Mode, console.Device));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(4 << 20)]
    [InlineData(9 << 20)] // two zone bitmap blocks
    [InlineData(33 << 20)] // two inode bitmap blocks and five zone bitmap blocks
    public void Our_mkfs_lays_out_1_KiB_file_systems_as_mkfs_minix_does_and_fsck_minix_finds_nothing_to_fix(int bytes)
    {
        byte[] ours = TestDisks.Formatted(1024, bytes);
        string path = TestDisks.ToFile(new byte[bytes]);
        try
        {
            Assert.Equal(0, HostProgram.Run("mkfs.minix", "-3", path).Exit);
            byte[] theirs = File.ReadAllBytes(path);
            // Every superblock field but s_flags (offset 14: MINIX's clean flag, which util-linux leaves 0).
            Assert.Equal(theirs.AsSpan(1024, 14).ToArray(), ours.AsSpan(1024, 14).ToArray());
            Assert.Equal(theirs.AsSpan(1024 + 16, 15).ToArray(), ours.AsSpan(1024 + 16, 15).ToArray());
            Assert.Equal(DiskFormat.CleanFlag, BitConverter.ToUInt16(ours, 1024 + 14));
            TestDisks.FsckClean(ours);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
