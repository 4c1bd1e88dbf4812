using Minix.Build.Imaging;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>
/// An image project's values written as text (item metadata and properties) that are not what they must be: each is
/// a <see cref="ToolchainException"/> naming the project, the item and the value, when the project is read, never a
/// .NET parse exception and never a wrapped-round number.
/// </summary>
public sealed class ImageProjectBadValueTests
{
    private const string Project = "/images/Image.csproj";

    private static ImageProject.Contents Create(Dictionary<string, string> metadata, Dictionary<string, string>? properties = null)
    {
        var values = new Dictionary<string, string> { ["Name"] = "p", ["Slot"] = "8", ["Entry"] = "p_main" };
        foreach (var (key, value) in metadata)
            values[key] = value;
        var process = new ImageProject.ProcessItem("p.csproj", "/images/p.csproj", values);
        properties ??= [];
        properties["MinixSystemConf"] = "system.conf";
        properties["MinixKernelProject"] = "kernel.csproj";
        return ImageProject.Create(Project, [process], properties, [], optimize: true);
    }

    [Theory]
    [InlineData("System", "maybe", "MinixProcess 'p': System 'maybe' is not true or false")]
    [InlineData("GarbageCollection", "yes", "MinixProcess 'p': GarbageCollection 'yes' is not true or false")]
    [InlineData("HeapSize", "lots", "MinixProcess 'p': HeapSize 'lots' is not a number of bytes, at least 1")]
    [InlineData("HeapSize", "-1", "MinixProcess 'p': HeapSize '-1' is not a number of bytes, at least 1")]
    [InlineData("HeapSize", "0", "MinixProcess 'p': HeapSize '0' is not a number of bytes, at least 1")]
    [InlineData("HeapSize", "99999999999999999999999", "MinixProcess 'p': HeapSize '99999999999999999999999' is too large")]
    [InlineData("Slot", "32", "MinixProcess 'p' has Slot 32; boot slots are 0..31")]
    public void Bad_process_metadata_is_an_error_naming_the_item_and_the_value(string name, string value, string error)
    {
        var e = Assert.Throws<ToolchainException>(() => Create(new() { [name] = value }));

        Assert.Contains($"{Project}: {error}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_process_metadata_still_reads()
    {
        ImageProcess process = Create(new() { ["System"] = "False", ["HeapSize"] = "2097152", ["Slot"] = "31" }).Spec.Processes.Single();

        Assert.Equal((false, 2097152UL, 31), (process.IsSystem, process.HeapSize, process.Slot));
    }

    [Theory]
    [InlineData("MinixRootSize", "99999999999G", "MinixRootSize '99999999999G' is too large")]
    [InlineData("MinixRootSize", "3G", "MinixRootSize '3G' is larger than a root file system image can be")]
    [InlineData("MinixRootInodes", "9223372036854775808", "MinixRootInodes '9223372036854775808' is too large")]
    [InlineData("MinixRootBlockSize", "4294968320", "MinixRootBlockSize 4294968320 is not a block size the file server mounts")]
    [InlineData("MinixRootBlockSize", "1000", "MinixRootBlockSize 1000 is not a block size the file server mounts")]
    public void Bad_root_file_system_properties_are_errors_naming_the_property(string name, string value, string error)
    {
        var e = Assert.Throws<ToolchainException>(() => Create([], new() { ["MinixRootFileSystem"] = "true", [name] = value }));

        Assert.Contains($"{Project}: {error}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100755")]
    [InlineData("77777777777")]
    public void A_root_file_mode_beyond_the_permission_bits_is_an_error_naming_the_item(string mode)
    {
        var file = new ImageProject.ProcessItem("run.sh", "", new Dictionary<string, string> { ["Path"] = "/bin/run", ["Mode"] = mode });
        var process = new ImageProject.ProcessItem("p.csproj", "/images/p.csproj", new Dictionary<string, string> { ["Name"] = "p", ["Slot"] = "8", ["Entry"] = "p_main" });
        var properties = new Dictionary<string, string> { ["MinixSystemConf"] = "system.conf", ["MinixKernelProject"] = "kernel.csproj", ["MinixRootFileSystem"] = "true" };

        var e = Assert.Throws<ToolchainException>(() => ImageProject.Create(Project, [process], properties, [], optimize: true, rootFiles: [file]));

        Assert.Contains($"MinixRootFile 'run.sh': Mode '{mode}' is not octal permission bits", e.Message, StringComparison.Ordinal);
    }
}
