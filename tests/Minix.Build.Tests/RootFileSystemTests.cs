using Minix.Build.Imaging;
using Minix.Build.Pipeline;
using Minix.Servers.Mfs;

namespace Minix.Build.Tests;

/// <summary>An image project's root file system: built on the host from its items, with the standard /dev.</summary>
public sealed class RootFileSystemTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "minix-root-" + Guid.NewGuid().ToString("N"));

    public RootFileSystemTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "etc"));
        File.WriteAllText(Path.Combine(_folder, "etc", "motd"), "hello\n");
        File.WriteAllText(Path.Combine(_folder, "run.sh"), "#!/bin/sh\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ImageProject.Contents Create(Dictionary<string, string> properties, params ImageProject.ProcessItem[] files)
    {
        var process = new ImageProject.ProcessItem("p.csproj", Path.Combine(_folder, "p.csproj"), new Dictionary<string, string> { ["Name"] = "p", ["Slot"] = "8", ["Entry"] = "p_main" });
        properties["MinixSystemConf"] = "system.conf";
        properties["MinixKernelProject"] = "kernel.csproj";
        return ImageProject.Create(Path.Combine(_folder, "Image.csproj"), [process], properties, [], optimize: true, rootFiles: files);
    }

    private static ImageProject.ProcessItem Item(string file, params (string, string)[] metadata) =>
        new(file, "", metadata.ToDictionary(m => m.Item1, m => m.Item2));

    [Fact]
    public void The_project_items_become_a_root_image_with_etc_files_bin_tmp_and_the_standard_dev()
    {
        var contents = Create(
            new() { ["MinixRootFileSystem"] = "true", ["MinixRootSize"] = "2M", ["MinixRootBlockSize"] = "4096" },
            ImageProject.EtcFile(Item("etc/motd")),
            Item("run.sh", ("Path", "/usr/bin/run"), ("Mode", "755")));
        RootFileSystemSpec spec = contents.Spec.RootFileSystem!;
        Assert.Equal(4096, spec.BlockSize);
        Assert.Equal(2 << 20, spec.Size);
        Assert.Equal(["/etc/motd", "/usr/bin/run"], spec.Files.Select(f => f.Path));

        byte[] root = RootFileSystemBuilder.Build(spec, []);
        Assert.Equal(2 << 20, root.Length);
        using var image = DiskImage.Open(root, "root", writable: false);
        Assert.Equal(4096, image.Volume.Super.BlockSize);
        Assert.Equal("hello\n", System.Text.Encoding.ASCII.GetString(image.ReadFile("/etc/motd")));
        Assert.Equal(0x81ED, image.Stat("/usr/bin/run").Mode);
        Assert.Equal(0x43FF, image.Stat("/tmp").Mode);
        Assert.True(image.Exists("/bin"));
        Assert.True(image.Exists("/mnt"));
        DiskImageEntry console = image.List("/dev").Single(e => e.Name == "console");
        Assert.Equal((0x21B6, 4UL << 8), (console.Mode, console.Device));
        DiskImageEntry disk = image.List("/dev").Single(e => e.Name == "c0d1");
        Assert.Equal((0x61B6, (3UL << 8) | 1), (disk.Mode, disk.Device));
    }

    [Fact]
    public void Root_items_without_the_property_a_missing_path_a_bad_mode_and_a_missing_file_are_errors_naming_them()
    {
        var off = Assert.Throws<ToolchainException>(() => Create(new(), ImageProject.EtcFile(Item("etc/motd"))));
        Assert.Contains("MinixRootFileSystem", off.Message);
        var noPath = Assert.Throws<ToolchainException>(() => Create(new() { ["MinixRootFileSystem"] = "true" }, Item("run.sh")));
        Assert.Contains("MinixRootFile 'run.sh' has no Path", noPath.Message);
        var badMode = Assert.Throws<ToolchainException>(() => Create(new() { ["MinixRootFileSystem"] = "true" }, Item("run.sh", ("Path", "/x"), ("Mode", "rwx"))));
        Assert.Contains("Mode 'rwx' is not octal", badMode.Message);
        var badSize = Assert.Throws<ToolchainException>(() => Create(new() { ["MinixRootFileSystem"] = "true", ["MinixRootSize"] = "big" }));
        Assert.Contains("MinixRootSize 'big'", badSize.Message);
        var missing = Create(new() { ["MinixRootFileSystem"] = "true" }, Item("nothing.txt", ("Path", "/etc/nothing")));
        var error = Assert.Throws<ToolchainException>(() => RootFileSystemBuilder.Build(missing.Spec.RootFileSystem!, []));
        Assert.Contains("nothing.txt: no such file", error.Message);
    }
}
