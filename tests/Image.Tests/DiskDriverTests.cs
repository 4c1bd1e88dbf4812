using Minix.Samples.BlockCheck;

namespace Image.Tests;

/// <summary>
/// The IDE/ATA driver in QEMU, on disk images the test makes and reads back on the host: what the host wrote the
/// guest reads, what the guest writes lands in the host's file at the right place, on all four IDE positions, with
/// 48-bit addresses beyond 128 GiB.
/// </summary>
[Collection(SampleImageCollection.Name)]
public sealed class DiskDriverTests(SystemImageFixture system) : IDisposable
{
    private const int Mebibyte = 1 << 20;
    private const long BeyondLba28 = (128L << 30) + Mebibyte; // 128 GiB + 1 MiB: sector 2^28 + 2048
    private readonly string _folder = Directory.CreateTempSubdirectory("minix-disks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Disk(string name, long size)
    {
        string path = Path.Combine(_folder, name);
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(size); // sparse: a 129 GiB disk costs only what is written
        return path;
    }

    private static byte[] Pattern(long position, int length)
    {
        var bytes = new byte[length];
        BlockPattern.Fill(bytes, position);
        return bytes;
    }

    private static byte[] ReadBack(string disk, long position, int length)
    {
        using var file = File.OpenRead(disk);
        file.Position = position;
        var bytes = new byte[length];
        file.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void Four_disks_are_found_the_guest_reads_what_the_host_wrote_and_writes_where_the_host_finds_it_beyond_128_GiB_too()
    {
        string c0d0 = Disk("c0d0.img", 4 * Mebibyte), c0d1 = Disk("c0d1.img", 4 * Mebibyte);
        string c1d0 = Disk("c1d0.img", BeyondLba28 + 2 * Mebibyte), c1d1 = Disk("c1d1.img", 2 * Mebibyte);
        using (var file = File.OpenWrite(c0d0))
        {
            file.Position = Mebibyte;
            file.Write(Pattern(Mebibyte, Mebibyte));
        }

        var (run, _) = system.Boot(
            "console=com1 halt.after=blockcheck blockcheck.bytes=1M blockcheck.unit=256K blockcheck.vector=4 " +
            $"blockcheck.do=geometry:2,verify:0:1M,write:1:512K,write:2:{BeyondLba28},verify:2:{BeyondLba28},write:3:0",
            timeoutSeconds: 240, drives: [c0d0, c0d1, c1d0, c1d1]);

        Assert.Contains("ata: c0d0: 8192 sectors (4 MiB), LBA48", run.Output);
        Assert.Contains("ata: c0d1: 8192 sectors (4 MiB), LBA48", run.Output);
        Assert.Contains($"ata: c1d0: {(BeyondLba28 + 2 * Mebibyte) / 512} sectors", run.Output);
        Assert.Contains("ata: c1d1: 4096 sectors (2 MiB), LBA48", run.Output);
        Assert.Contains("ata: ready: 4 disks", run.Output);
        Assert.Contains("log: blockcheck: minor 2: " + (BeyondLba28 + 2 * Mebibyte) + " bytes, 512-byte sectors", run.Output);
        Assert.Contains("log: blockcheck: verified 1048576 bytes at 1048576 of minor 0 in 4 vectored requests", run.Output);
        Assert.Contains($"log: blockcheck: verified 1048576 bytes at {BeyondLba28} of minor 2 in 4 vectored requests", run.Output);
        Assert.Equal(0, run.GuestStatus);
        Assert.Equal(Pattern(512 * 1024, Mebibyte), ReadBack(c0d1, 512 * 1024, Mebibyte));
        Assert.Equal(new byte[512 * 1024], ReadBack(c0d1, 0, 512 * 1024));
        Assert.Equal(Pattern(BeyondLba28, Mebibyte), ReadBack(c1d0, BeyondLba28, Mebibyte));
        Assert.Equal(Pattern(0, Mebibyte), ReadBack(c1d1, 0, Mebibyte));
    }
}
