using System.Text;
using Minix.DriverKit;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Posix;
using Minix.Posix.Abi;
using Minix.Samples.Printer;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using static Minix.Posix.Posix;

namespace Minix.Servers.Tests.Vfs;

/// <summary>Special files routed to their drivers by label, and file systems mounted on directories.</summary>
public class DeviceAndMountTests(ITestOutputHelper output)
{
    private const int UserSlot = 12;

    [Fact]
    public void Writing_to_dev_lp_prints_through_the_printer_driver_which_answers_VFS_later()
    {
        const string text = "printed through /dev/lp, VFS and the printer driver\n";
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine,
            SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
            SampleSystem.User(UserSlot, "client", () =>
            {
                long fd = Open("/dev/lp"u8, OpenFlags.WriteOnly);
                log.Add("open " + fd);
                log.Add("write " + Write((int)fd, Encoding.ASCII.GetBytes(text)));
                log.Add("isatty " + IsTerminal((int)fd));
                log.Add("read a write-only device " + Read((int)fd, new byte[4]));
                log.Add("close " + Close((int)fd));
                log.Add("open a device with no driver " + Open("/dev/console"u8, OpenFlags.ReadWrite));
                log.Add("mknod as root " + MakeNode("/dev/lp1"u8, FileModeBits.CharacterDevice | 0x1B6, DeviceNumber.Make(6, 1)));
                log.Add("open a minor the driver lacks " + Open("/dev/lp1"u8, OpenFlags.WriteOnly));
                done = true;
            }));
        var port = sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal(["open 0", $"write {text.Length}", "isatty 0", "read a write-only device -9", "close 0", "open a device with no driver -6", "mknod as root 0", "open a minor the driver lacks -6"], log);
        Assert.Equal(text, port.PrintedText);
    }

    [Fact]
    public void A_file_system_mounted_on_a_directory_is_entered_left_through_dotdot_and_unmounted()
    {
        byte[] second = new byte[4 << 20];
        DiskImage.Format(second, new FormatOptions { BlockSize = 2048 }, "second");
        using (var image = DiskImage.Open(second, "second", writable: true))
            image.WriteFile("/hello", Encoding.ASCII.GetBytes("from the second disk"));
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine,
        [
            .. FileSystemMachine.SecondDisk(second),
            SampleSystem.User(UserSlot, "client", () =>
            {
                log.Add("mount a character device " + Mount("/dev/lp"u8, "/mnt"u8));
                log.Add("mount on a file " + Mount("/dev/c0d0"u8, "/dev/lp"u8));
                log.Add("mount " + Mount("/dev/c0d0"u8, "/mnt"u8));
                log.Add("mount it again " + Mount("/dev/c0d0"u8, "/tmp"u8));
                var buffer = new byte[64];
                long fd = Open("/mnt/hello"u8, OpenFlags.ReadOnly);
                long n = Read((int)fd, buffer);
                log.Add("read " + Encoding.ASCII.GetString(buffer, 0, (int)Math.Max(0, n)));
                Close((int)fd);
                log.Add("stat of the mount point " + Stat("/mnt"u8, out FileStatus mounted) + " " + mounted.Inode + " " + mounted.BlockSize);
                log.Add("chdir " + ChangeDirectory("/mnt"u8));
                log.Add("stat of .. " + Stat(".."u8, out FileStatus up) + " " + up.BlockSize);
                log.Add("stat of ../tmp " + Stat("../tmp"u8, out _));
                long cwd = GetWorkingDirectory(buffer);
                log.Add("getcwd " + Encoding.ASCII.GetString(buffer, 0, (int)Math.Max(0, cwd)));
                log.Add("rename across file systems " + Rename("hello"u8, "/tmp/hello"u8));
                log.Add("link across file systems " + Link("hello"u8, "/tmp/hello"u8));
                log.Add("rmdir the mount point " + RemoveDirectory("/mnt"u8));
                log.Add("umount while it is the working directory " + Unmount("/mnt"u8));
                log.Add("chdir / " + ChangeDirectory("/"u8));
                log.Add("mkdir on it " + MakeDirectory("/mnt/made"u8));
                log.Add("umount " + Unmount("/dev/c0d0"u8));
                log.Add("the directory again " + Stat("/mnt/hello"u8, out _));
                log.Add("umount of / " + Unmount("/"u8));
                done = true;
            }),
        ]);
        sim.RunUntil(() => done);
        Assert.Equal(
        [
            "mount a character device -15",
            "mount on a file -20",
            "mount 0",
            "mount it again -16",
            "read from the second disk",
            "stat of the mount point 0 1 2048",
            "chdir 0",
            "stat of .. 0 1024",
            "stat of ../tmp 0",
            "getcwd /mnt",
            "rename across file systems -18",
            "link across file systems -18",
            "rmdir the mount point -16",
            "umount while it is the working directory -16",
            "chdir / 0",
            "mkdir on it 0",
            "umount 0",
            "the directory again -2",
            "umount of / -16",
        ], log);
        using var check = DiskImage.Open(second, "second", writable: false);
        Assert.True(check.Exists("/made"));
        Assert.True(check.Volume.WasClean);
    }

    [Fact]
    public void Statvfs_answers_for_the_file_system_that_holds_the_path_mounted_or_not()
    {
        byte[] second = new byte[4 << 20];
        DiskImage.Format(second, new FormatOptions { BlockSize = 2048, Inodes = 96 }, "second");
        using (var image = DiskImage.Open(second, "second", writable: true))
            image.WriteFile("/hello", new byte[10_000]);
        long secondFree;
        using (var image = DiskImage.Open(second, "second", writable: false))
        {
            image.Volume.StatFileSystem(out FileSystemStatistics expected);
            secondFree = expected.FreeBlocks;
        }

        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine,
        [
            .. FileSystemMachine.SecondDisk(second),
            SampleSystem.User(UserSlot, "client", () =>
            {
                log.Add("mount read-only " + Mount("/dev/c0d0"u8, "/mnt"u8, MountFlags.ReadOnly));
                foreach (string path in new[] { "/", "/tmp", "/dev/c0d0", "/mnt", "/mnt/hello", "/mnt/missing" })
                {
                    long result = StatFileSystem(Encoding.ASCII.GetBytes(path), out FileSystemStatistics s);
                    log.Add($"{path} {result} {s.BlockSize} {s.TotalBlocks} {s.FreeBlocks == s.AvailableBlocks} {s.TotalInodes} {s.Flags}");
                    if (path == "/mnt/hello")
                        log.Add("free as on the disk " + (s.FreeBlocks == secondFree));
                }

                Unmount("/mnt"u8);
                done = true;
            }),
        ]);
        sim.RunUntil(() => done);

        using var root = DiskImage.Open(FileSystemMachine.RootImage(), "root", writable: false);
        string rootLine = $"0 {root.Volume.Super.BlockSize} {root.Volume.Super.Zones} True {root.Volume.Super.Inodes} None";
        Assert.Equal(
        [
            "mount read-only 0",
            "/ " + rootLine,
            "/tmp " + rootLine,
            "/dev/c0d0 " + rootLine,
            "/mnt 0 2048 2048 True 96 ReadOnly",
            "/mnt/hello 0 2048 2048 True 96 ReadOnly",
            "free as on the disk True",
            "/mnt/missing -2 0 0 True 0 None",
        ], log);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(2048)]
    [InlineData(4096)]
    [InlineData(8192)]
    public void A_crash_of_the_disk_driver_in_the_middle_of_a_copy_is_invisible_and_the_copy_is_bit_identical(int blockSize)
    {
        byte[] root = FileSystemMachine.RootImage(12 << 20, blockSize);
        byte[] data = Mfs.VolumeTests.Pattern(3 << 20, blockSize);
        var counters = new ImageDiskDriver.Counters();
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(root, output.WriteLine,
            SampleSystem.User(UserSlot, "copy", () =>
            {
                long fd = Open("/tmp/copy"u8, OpenFlags.WriteOnly | OpenFlags.Create);
                long written = 0;
                for (int at = 0; at < data.Length; at += 64 << 10)
                {
                    if (at == data.Length / 2)
                    {
                        log.Add("crash asked " + Misbehave.Request("ramdisk"u8, Misbehaviour.NullDereference, afterRequests: 3));
                    }

                    written += Write((int)fd, data.AsSpan(at, Math.Min(64 << 10, data.Length - at)));
                    if (at == data.Length / 2)
                        log.Add("sync after the crash " + Sync());
                }

                log.Add("written " + written);
                log.Add("close " + Close((int)fd));
                log.Add("sync " + Sync());
                done = true;
            }));
        sim.RunUntil(() => done, seconds: 120);
        Assert.Equal(["crash asked Ok", "sync after the crash 0", $"written {data.Length}", "close 0", "sync 0"], log);
        Assert.True(sim.Logged("ramdisk", "panicked"), "the driver did not crash");
        Assert.True(sim.Logged("ramdisk is back"), "RS did not restart the driver");
        Assert.True(sim.Logged("fs_root: driver ramdisk restarted: the request was repeated"), "the file server did not repeat a request");
        using var image = DiskImage.Open(root, "root", writable: false);
        Assert.Equal(data, image.ReadFile("/tmp/copy"));
        if (blockSize == 1024)
            Mfs.TestDisks.FsckClean(root);
    }
}
