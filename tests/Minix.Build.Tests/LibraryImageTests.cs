using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>The toolkit's own libraries build for the image: every non-Host/ file of Minix.Kernel and Minix.Ipc.</summary>
[Trait("Needs", "ilc")]
public sealed class LibraryImageTests
{
    [Fact]
    public void KernelAndIpcCompileForTheImage()
    {
        string kernel = Path.Combine(RepoPaths.Root, "libs", "Minix.Kernel", "Minix.Kernel.csproj");

        var assemblies = ProjectImageCompiler.Compile(kernel, optimize: true, outputDirectory: RepoPaths.Scratch("libraries"));

        Assert.Equal("Minix.Kernel.dll", Path.GetFileName(assemblies[0]));
        Assert.Contains(assemblies, a => Path.GetFileName(a) == "Minix.Ipc.dll");
    }
}
