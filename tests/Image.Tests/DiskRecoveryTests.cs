using Minix.Samples.BlockCheck;

namespace Image.Tests;

/// <summary>
/// Disk drivers restarted under their client in QEMU. A block request the driver's crash left unanswered is repeated
/// on the new incarnation (DriverKit's BlockDeviceClient), so the client's multi-megabyte write completes and every
/// byte lands once; the RAM disk's disk is a boot data module, memory that outlives the driver, so the new
/// incarnation serves the bytes the old one was given.
/// </summary>
[Collection(DiskImageCollection.Name)]
public sealed class DiskRecoveryTests(DiskImageFixture disks) : IDisposable
{
    private const int Mebibyte = 1 << 20;
    private readonly string _folder = Directory.CreateTempSubdirectory("minix-disks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_ram_disk_that_crashes_comes_back_with_the_bytes_written_before_the_crash()
    {
        var run = disks.Boot("console=com1 halt.after=blockcheck blockcheck.device=ramdisk blockcheck.bytes=1M blockcheck.at=1M blockcheck.do=write,crash,verify");

        Assert.Contains("ramdisk: ready: 4096 KiB of boot memory", run.Output);
        Assert.Contains("log: blockcheck: wrote 1048576 bytes at 1048576 of minor 0", run.Output);
        Assert.Contains("kernel: ramdisk (endpoint 10) killed by page fault", run.Output);
        Assert.Contains("ramdisk: ready again after a restart: 4096 KiB of boot memory, as it was", run.Output);
        Assert.Contains("log: blockcheck: the driver crashed and came back as endpoint 10/1", run.Output);
        Assert.Contains("log: blockcheck: verified 1048576 bytes at 1048576 of minor 0", run.Output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void A_ram_disk_that_crashes_in_the_middle_of_a_vectored_write_is_invisible_to_the_writer()
    {
        var run = disks.Boot("console=com1 halt.after=blockcheck blockcheck.device=ramdisk blockcheck.bytes=3M blockcheck.unit=128K blockcheck.vector=8 blockcheck.do=crash:9,write,verify");

        Assert.Contains("ramdisk: ready again after a restart: 4096 KiB of boot memory, as it was", run.Output);
        Assert.Contains("log: blockcheck: wrote 3145728 bytes at 0 of minor 0 in 24 vectored requests, 1 repeated after a driver restart", run.Output);
        Assert.Contains("log: blockcheck: verified 3145728 bytes at 0 of minor 0 in 24 vectored requests", run.Output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void An_ide_driver_that_crashes_in_the_middle_of_a_4_MiB_write_is_restarted_the_write_completes_and_the_disk_file_holds_it_exactly()
    {
        string disk = Path.Combine(_folder, "c0d0.img");
        using (var file = new FileStream(disk, FileMode.CreateNew))
            file.SetLength(8 * Mebibyte);

        var run = disks.Boot("console=com1 halt.after=blockcheck blockcheck.bytes=4M blockcheck.at=1M blockcheck.unit=64K blockcheck.do=crash:30,write,verify",
            drives: [disk], timeoutSeconds: 240);

        Assert.Contains("ata: c0d0: 16384 sectors (8 MiB), LBA48", run.Output);
        Assert.Contains("kernel: ata (endpoint 16) killed by page fault", run.Output);
        Assert.Contains("ata: ready again after a restart: 1 disk", run.Output);
        Assert.Contains("log: blockcheck: wrote 4194304 bytes at 1048576 of minor 0 in 64 requests, 1 repeated after a driver restart", run.Output);
        Assert.Contains("log: blockcheck: verified 4194304 bytes at 1048576 of minor 0 in 64 requests", run.Output);
        Assert.Equal(0, run.GuestStatus);
        byte[] expected = new byte[8 * Mebibyte];
        BlockPattern.Fill(expected.AsSpan(Mebibyte, 4 * Mebibyte), Mebibyte);
        Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(disk)), "the disk file differs from the pattern written once at 1 MiB and zeroes elsewhere");
    }
}
