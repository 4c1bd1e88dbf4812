using System.Text;
using Minix.Build.Imaging;
using Minix.Build.Pipeline;
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

    [Fact]
    public void Append_that_makes_the_command_line_longer_than_the_kernel_takes_is_refused_with_a_message_not_cut()
    {
        string append = string.Join(' ', Enumerable.Range(0, 120).Select(i => "word" + i + "=x")) + " lpr.misbehave=null";
        var error = Assert.Throws<ToolchainException>(() => BootCommand.Target("minix.elf", "minix.img", Contents("out"), raw: false, append: append));
        Assert.Contains("--append: the kernel command line would be " + ("console=com1 " + append).Length + " bytes; the kernel takes at most 1024", error.Message);
    }

    [Fact]
    public void A_command_line_of_exactly_the_kernels_limit_is_accepted()
    {
        string append = new string('x', Minix.Kernel.Limits.BootCommandLineLength - "console=com1 ".Length);
        var (_, arguments) = BootCommand.Target("minix.elf", "minix.img", Contents("out"), raw: false, append: append);
        Assert.Equal(Minix.Kernel.Limits.BootCommandLineLength, arguments[^1].Length);
    }

    [Fact]
    public void An_image_whose_own_command_line_is_too_long_is_refused_before_anything_is_compiled()
    {
        var spec = new SystemImageSpec { KernelProject = "k.csproj", Processes = [], SystemConf = "system.conf", CommandLine = "console=com1 " + new string('y', 1100) };
        var error = Assert.Throws<ToolchainException>(() => SystemImageBuilder.Build(spec, Path.Combine(Path.GetTempPath(), "minix-long-line-" + Guid.NewGuid().ToString("N"))));
        Assert.StartsWith("MinixCommandLine: the kernel command line would be 1113 bytes", error.Message);
    }
}
