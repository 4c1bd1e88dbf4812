using Minix.Tests.Shared;

namespace Minix.Build.Tests;

/// <summary><c>minix mkfs</c> and <c>minix fs</c>: build a MINIX image from a folder and look inside it, on the host.</summary>
public sealed class FileSystemToolTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "minix-fs-tool-" + Guid.NewGuid().ToString("N"));

    public FileSystemToolTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "src", "etc", "rc.d"));
        Directory.CreateDirectory(Path.Combine(_folder, "src", "bin"));
        File.WriteAllText(Path.Combine(_folder, "src", "etc", "motd"), "Welcome to MINIX 3.\n");
        File.WriteAllBytes(Path.Combine(_folder, "src", "bin", "prog"), Bytes(300_000));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Mkfs_makes_an_image_that_fsck_minix_passes_and_fs_lists_prints_and_copies_out()
    {
        string image = Path.Combine(_folder, "root.img");
        var made = ToolTests.Minix("mkfs", "--inodes", "100", Path.Combine(_folder, "src"), image);
        Assert.True(made.Exit == 0, made.Error);
        Assert.Contains("1024-byte blocks", made.Output);
        Assert.Contains("112 inodes", made.Output); // rounded up to a whole inode block

        var fsck = HostProgram.Run("fsck.minix", "-fl", image);
        Assert.True(fsck.Exit == 0, fsck.Output);
        Assert.Contains("/etc/rc.d", fsck.Output);
        Assert.Contains("/bin/prog", fsck.Output);

        var ls = ToolTests.Minix("fs", "ls", image, "/etc");
        Assert.True(ls.Exit == 0, ls.Error);
        string[] lines = ls.Output.TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^-rw-r--r--\s+1\s+0\s+0\s+20 \d{4}-\d\d-\d\d \d\d:\d\d motd$", Assert.Single(lines, l => l.EndsWith("motd", StringComparison.Ordinal)));
        Assert.StartsWith("drwxr-xr-x", Assert.Single(lines, l => l.EndsWith(" rc.d", StringComparison.Ordinal)));

        var cat = ToolTests.Minix("fs", "cat", image, "/etc/motd");
        Assert.Equal("Welcome to MINIX 3.\n", cat.Output);

        string copy = Path.Combine(_folder, "copy");
        var get = ToolTests.Minix("fs", "get", image, "/", copy);
        Assert.True(get.Exit == 0, get.Error);
        Assert.Equal(Bytes(300_000), File.ReadAllBytes(Path.Combine(copy, "bin", "prog")));
        Assert.True(Directory.Exists(Path.Combine(copy, "etc", "rc.d")));
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(8192)]
    public void Mkfs_makes_images_of_larger_blocks_that_fs_reads(int blockSize)
    {
        string image = Path.Combine(_folder, "big-blocks.img");
        var made = ToolTests.Minix("mkfs", "--block-size", blockSize.ToString(), "--size", "4M", Path.Combine(_folder, "src"), image);
        Assert.True(made.Exit == 0, made.Error);
        Assert.Equal(4 << 20, new FileInfo(image).Length);
        Assert.Contains($"{blockSize}-byte blocks", made.Output);
        string copy = Path.Combine(_folder, "prog");
        Assert.Equal(0, ToolTests.Minix("fs", "get", image, "/bin/prog", copy).Exit);
        Assert.Equal(Bytes(300_000), File.ReadAllBytes(copy));
    }

    [Fact]
    public void Bad_sources_are_refused_with_a_message_naming_the_file_and_no_image_is_written()
    {
        string image = Path.Combine(_folder, "bad.img");
        string longName = new string('x', 61);
        File.WriteAllText(Path.Combine(_folder, "src", "etc", longName), "");
        var tooLong = ToolTests.Minix("mkfs", Path.Combine(_folder, "src"), image);
        Assert.Equal(1, tooLong.Exit);
        Assert.Contains(longName, tooLong.Error);
        Assert.Contains("at most 60", tooLong.Error);
        File.Delete(Path.Combine(_folder, "src", "etc", longName));

        var tooSmall = ToolTests.Minix("mkfs", "--size", "200K", Path.Combine(_folder, "src"), image);
        Assert.Equal(1, tooSmall.Exit);
        Assert.Contains(Path.Combine(_folder, "src", "bin", "prog"), tooSmall.Error);
        Assert.Contains("ENOSPC", tooSmall.Error);

        var missing = ToolTests.Minix("mkfs", Path.Combine(_folder, "nothing"), image);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("nothing: no such folder", missing.Error);
        Assert.False(File.Exists(image));

        var notAnImage = ToolTests.Minix("fs", "ls", Path.Combine(_folder, "src", "bin", "prog"), "/");
        Assert.Equal(1, notAnImage.Exit);
        Assert.Contains("prog: cannot mount", notAnImage.Error);
    }

    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}
