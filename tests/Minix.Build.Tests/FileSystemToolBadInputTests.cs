using Minix.Servers.Mfs;

namespace Minix.Build.Tests;

/// <summary>
/// Bad input to <c>minix mkfs</c> and <c>minix fs</c>: a message naming the option, file or path at fault, exit 1,
/// no stack trace, and no image file or partial file left behind.
/// </summary>
public sealed class FileSystemToolBadInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "minix-fs-bad-" + Guid.NewGuid().ToString("N"));

    public FileSystemToolBadInputTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "src", "etc"));
        File.WriteAllText(Path.Combine(_folder, "src", "etc", "motd"), "Welcome to MINIX 3.\n");
    }

    private string Source => Path.Combine(_folder, "src");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--size 99999999999G: too large", "--size", "99999999999G")]
    [InlineData("an image of 1024 bytes: cannot make a file system: the device is too small for the inode table and a root directory", "--size", "1K")]
    [InlineData("--inodes -1: give a number of inodes, at least 1", "--inodes", "-1")]
    [InlineData("--inodes 0: give a number of inodes, at least 1", "--inodes", "0")]
    [InlineData("--inodes 99999999999: too large", "--inodes", "99999999999")]
    [InlineData("--block-size 1000: give a power of two from 1024 to 32768", "--block-size", "1000")]
    [InlineData("--block-size 4k: give a power of two from 1024 to 32768", "--block-size", "4k")]
    public void Mkfs_refuses_an_out_of_range_option_naming_it_and_writes_nothing(string error, string option, string value)
    {
        string image = Path.Combine(_folder, "root.img");

        var made = ToolTests.Minix("mkfs", option, value, Source, image);

        Assert.Equal(1, made.Exit);
        Assert.Contains(error, made.Error + made.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", made.Error + made.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(image));
    }

    [Fact]
    public void Mkfs_onto_a_folder_is_refused_naming_it_and_leaves_no_partial_file()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_folder, "out")).FullName;

        var made = ToolTests.Minix("mkfs", Source, folder);

        Assert.Equal(1, made.Exit);
        Assert.Contains($"{folder}: a folder, not an image file", made.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Mkfs_into_a_folder_that_does_not_exist_names_the_folder()
    {
        string image = Path.Combine(_folder, "missing", "root.img");

        var made = ToolTests.Minix("mkfs", Source, image);

        Assert.Equal(1, made.Exit);
        Assert.Contains($"{image}: no such folder {Path.Combine(_folder, "missing")}", made.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".partial", made.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0xFFFFFFFFu, "its inode gives a size of -1 bytes, which no file of this file system has")]
    [InlineData(0x7FFFFFFFu, "2147483647 bytes is more than one array holds")]
    public void Fs_cat_and_get_of_a_file_whose_inode_size_is_damaged_name_the_file_instead_of_crashing(uint size, string error)
    {
        string image = Path.Combine(_folder, "root.img");
        Assert.Equal(0, ToolTests.Minix("mkfs", Source, image).Exit);
        DamageSize(image, "/etc/motd", size);

        var cat = ToolTests.Minix("fs", "cat", image, "/etc/motd");
        var get = ToolTests.Minix("fs", "get", image, "/etc", Path.Combine(_folder, "copy"));

        foreach (var run in new[] { cat, get })
        {
            Assert.Equal(1, run.Exit);
            Assert.Contains($"{image}: /etc/motd: {error}", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fs_get_of_a_file_to_a_folder_copies_it_into_the_folder_and_a_directory_onto_a_file_is_refused_naming_it()
    {
        string image = Path.Combine(_folder, "root.img");
        Assert.Equal(0, ToolTests.Minix("mkfs", Source, image).Exit);
        string folder = Directory.CreateDirectory(Path.Combine(_folder, "out")).FullName;
        string file = Path.Combine(_folder, "out", "plain");
        File.WriteAllText(file, "keep\n");

        var intoFolder = ToolTests.Minix("fs", "get", image, "/etc/motd", folder);
        var ontoFile = ToolTests.Minix("fs", "get", image, "/etc", file);

        Assert.True(intoFolder.Exit == 0, intoFolder.Error);
        Assert.Equal("Welcome to MINIX 3.\n", File.ReadAllText(Path.Combine(folder, "motd")));
        Assert.Equal(1, ontoFile.Exit);
        Assert.Contains($"{file}: a file is in the way of the directory /etc", ontoFile.Error, StringComparison.Ordinal);
        Assert.Equal("keep\n", File.ReadAllText(file));
    }

    // Writes a size into the file's inode, as a damaged image may hold: MINIX v3 inodes are 64 bytes, the size at byte 8.
    private static void DamageSize(string image, string path, uint size)
    {
        uint inode;
        long table;
        using (DiskImage opened = DiskImage.Open(image, writable: false))
        {
            inode = opened.Resolve(path);
            ref readonly SuperBlock super = ref opened.Volume.Super;
            table = super.InodeTableStart * super.BlockSize;
        }

        using var file = new FileStream(image, FileMode.Open, FileAccess.ReadWrite);
        file.Position = table + ((inode - 1) * 64L) + 8;
        file.Write(BitConverter.GetBytes(size));
    }
}
