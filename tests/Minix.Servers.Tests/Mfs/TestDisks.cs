using Minix.Ipc;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests.Mfs;

/// <summary>Disks for the file-system tests: formatted in memory, or by util-linux in a temporary file.</summary>
internal static class TestDisks
{
    public const int Time = 1_700_000_000;

    /// <summary>An empty file system of <paramref name="bytes"/> bytes in memory.</summary>
    public static byte[] Formatted(int blockSize = 1024, int bytes = 4 << 20, long inodes = 0)
    {
        var disk = new byte[bytes];
        DiskImage.Format(disk, new FormatOptions { BlockSize = blockSize, Inodes = inodes, Time = Time }, "test disk");
        return disk;
    }

    /// <summary>A volume mounted read-write on <paramref name="disk"/>, with a fixed clock.</summary>
    public static Volume Mount(byte[] disk, int cacheBytes = 1 << 20)
    {
        var volume = new Volume(new BufferCache(cacheBytes), new InodeTable(), new FixedClock(Time));
        Status status = volume.Mount(new MemoryDisk(disk), readOnly: false);
        Assert.True(status == Status.Ok, "mount: " + status + " " + System.Text.Encoding.UTF8.GetString(volume.Problem));
        return volume;
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary image file and returns its path.</summary>
    public static string ToFile(byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), "minix-fs-" + Guid.NewGuid().ToString("N") + ".img");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>util-linux's fsck.minix -f on <paramref name="bytes"/>: asserts it finds nothing wrong, and returns the -fl listing.</summary>
    public static string FsckClean(byte[] bytes)
    {
        string path = ToFile(bytes);
        try
        {
            var (exit, output) = HostProgram.Run("fsck.minix", "-f", path);
            Assert.True(exit == 0, "fsck.minix -f exit " + exit + ":\n" + output);
            var (listExit, listing) = HostProgram.Run("fsck.minix", "-fl", path);
            Assert.Equal(0, listExit);
            return listing;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
