using Minix.Build.Imaging;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>
/// The system.conf an image project names (MinixSystemConf) that is missing, in a folder that is missing, or is a
/// folder: the build stops before compiling anything with an error naming the path and the property, not an I/O
/// exception.
/// </summary>
public sealed class SystemConfPathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minix-conf-path-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("nothing.conf", "no such file (the image project's MinixSystemConf)")]
    [InlineData("no-folder/system.conf", "no such file (the image project's MinixSystemConf)")]
    [InlineData("", "a folder, not a system.conf (the image project's MinixSystemConf)")]
    public void A_system_conf_that_is_not_a_file_is_an_error_naming_it(string name, string error)
    {
        string conf = Path.Combine(_folder, name);
        var spec = new SystemImageSpec
        {
            KernelProject = Path.Combine(_folder, "kernel.csproj"),
            Processes = [new ImageProcess("p", Path.Combine(_folder, "p.csproj"), 8, IsSystem: true)],
            SystemConf = conf,
        };

        var e = Assert.Throws<ToolchainException>(() => SystemImageBuilder.Build(spec, Path.Combine(_folder, "out")));

        Assert.Contains($"{conf}: {error}", e.Message, StringComparison.Ordinal);
    }
}
