namespace Image.Tests;

/// <summary>
/// Disk drivers restarted under their client in QEMU: the RAM disk's disk is a boot data module, memory that outlives
/// the driver, so the new incarnation serves the bytes the old one was given.
/// </summary>
[Collection(DiskImageCollection.Name)]
public sealed class DiskRecoveryTests(DiskImageFixture disks)
{
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
}
