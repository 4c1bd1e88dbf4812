using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>
/// The file system in QEMU: a user program's POSIX calls go through VFS and the MINIX file server to a disk driver,
/// all in user mode. The disks are built on the host; the program checks what it reads back.
/// </summary>
public class FileSystemImageTests(FileSystemImageFixture fixture) : IClassFixture<FileSystemImageFixture>
{
    private static void Saw(QemuRun run, params string[] lines)
    {
        var seen = run.Output.Split('\n', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            if (!seen.Contains(line))
                Assert.Fail("missing line: " + line + "\n--- transcript ---\n" + run.Output);
        }
    }

    [Fact]
    public void A_program_creates_writes_reads_renames_and_removes_files_and_directories_and_uses_a_pipe()
    {
        QemuRun run = fixture.Boot("basic,pipes");
        Saw(run,
            "fs_root: mounted ramdisk minor 0: 1024-byte blocks, 18432 zones, 1024 buffers",
            "vfs: root file system: ramdisk minor 0 on 3/0",
            "fscheck: mkdir /home = 0",
            "fscheck: open /home/notes = 0",
            "fscheck: write = 26",
            "fscheck: lseek = 6",
            "fscheck: read = 20",
            "fscheck: text = servers and a kernel",
            "fscheck: rename to /tmp/notes = 0",
            "fscheck: stat the old name = ENOENT",
            "fscheck: size = 26",
            "fscheck: getcwd = /tmp",
            "fscheck: stat after unlink = ENOENT",
            "fscheck: rmdir /home = ENOTEMPTY",
            "fscheck: rmdir /home again = 0",
            "fscheck: name of 61 bytes = ENAMETOOLONG",
            "fscheck: ls /etc = . .. motd rc",
            "fscheck: ls /bin = . .. fscheck",
            "fscheck: cat /etc/motd = Welcome to Minix# on MFS",
            "fscheck: write 5000 = 5000",
            "fscheck: read 3000 = 3000",
            "fscheck: read the rest = 2000",
            "fscheck: end of file = 0",
            "fscheck: write with no reader = EPIPE",
            "fscheck: done = 0");
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void A_file_of_sixteen_and_a_half_mebibytes_uses_double_indirect_zones_and_reads_back_identical()
    {
        QemuRun run = fixture.Boot("large");
        Saw(run,
            "fscheck: open for writing = 0",
            "fscheck: written = 17301504",
            "fscheck: bytes read back identical = 17301504",
            "fscheck: fstat size = 17301504",
            "fscheck: done = 0");
    }

    [Fact]
    public void Disks_of_2_4_and_8_KiB_blocks_mount_and_hold_a_file_and_an_mkfs_minix_disk_takes_the_guests_changes()
    {
        QemuRun run = fixture.Boot("blocksizes,foreign");
        Saw(run,
            "fs1: mounted ramdisk minor 1: 2048-byte blocks, 1024 zones, 512 buffers",
            "fs1: mounted ramdisk minor 2: 4096-byte blocks, 512 zones, 256 buffers",
            "fs1: mounted ramdisk minor 3: 8192-byte blocks, 256 zones, 128 buffers",
            "fscheck: block size = 2048",
            "fscheck: block size = 4096",
            "fscheck: block size = 8192",
            "fscheck: mount the mkfs.minix disk = 0",
            "fscheck: cat /mnt/from-host = written on the host into an mkfs.minix image",
            "fscheck: write /mnt/guest/from-guest = 28",
            "fscheck: cat /mnt/guest/from-guest = written by MFS in the guest",
            "fscheck: done = 0");
        Assert.Equal(3, run.Output.Split('\n').Count(l => l.Trim() == "fscheck: bytes read back identical = 1048576"));
        Assert.Equal(5, run.Output.Split('\n').Count(l => l.Trim() == "fscheck: umount = 0"));
    }

    [Fact]
    public void A_crash_of_the_disk_driver_during_a_multi_megabyte_write_is_invisible_and_the_file_reads_back_identical()
    {
        QemuRun run = fixture.Boot("crash", "mfs.cache=256");
        Saw(run,
            "fscheck: ask the disk driver to crash = 0",
            "fscheck: written = 4194304",
            "fscheck: bytes read back identical = 4194304",
            "fscheck: done = 0");
        Assert.True(run.Output.Contains("rs: ramdisk (endpoint 10/0) died of a CPU exception", StringComparison.Ordinal), run.Output);
        Assert.Contains("rs: ramdisk is back as endpoint 10/1", run.Output);
        Assert.Contains("fs_root: driver ramdisk restarted: the request was repeated at endpoint 10/1", run.Output);
    }
}
