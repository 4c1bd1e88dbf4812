using System.Text;
using Minix.Build.Imaging;
using Minix.Tool;

namespace Minix.Build.Tests;

/// <summary><c>minix boot --append</c>: more kernel command line, for the Multiboot kernel and for the raw disk.</summary>
public sealed class BootCommandTests
{
    private static ImageProject.Contents Contents(string folder) => new(
        new SystemImageSpec { KernelProject = "k.csproj", Processes = [], SystemConf = "system.conf", CommandLine = "console=com1" },
        ["-serial", "file:com2.out"],
        folder);

    [Fact]
    public void Without_append_the_image_boots_as_built()
    {
        var (file, arguments) = BootCommand.Target("minix.elf", "minix.img", Contents("out"), raw: false, append: null);
        Assert.Equal("minix.elf", file);
        Assert.Equal(["-serial", "file:com2.out"], arguments);
    }

    [Fact]
    public void Append_reaches_a_multiboot_kernel_through_qemu_after_the_images_own_line()
    {
        var (file, arguments) = BootCommand.Target("minix.elf", "minix.img", Contents("out"), raw: false, append: "fuzz.seed=7 fuzz.calls=1000000");
        Assert.Equal("minix.elf", file);
        Assert.Equal(["-serial", "file:com2.out", "-append", "console=com1 fuzz.seed=7 fuzz.calls=1000000"], arguments);
    }

    [Fact]
    public void Append_reaches_the_raw_disk_through_a_copy_whose_loader_carries_the_longer_line()
    {
        string folder = Path.Combine(Path.GetTempPath(), "minix-boot-append-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string kernel = Path.Combine(folder, "minix.elf");
            File.WriteAllBytes(kernel, new byte[1000]);
            var (file, arguments) = BootCommand.Target(kernel, Path.Combine(folder, "minix.img"), Contents(folder), raw: true, append: "fuzz.seed=7");
            Assert.Equal(Path.Combine(folder, "minix-append.img"), file);
            Assert.Equal(["-serial", "file:com2.out"], arguments);
            Assert.Contains("console=com1 fuzz.seed=7", Encoding.ASCII.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
