using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>Builds the kernel test image once for all the tests that boot it.</summary>
public sealed class KernelImageFixture
{
    public KernelImageFixture()
    {
        string programs = RepositoryRoot.Combine("tests", "Image.Programs", "Image.Programs.csproj");
        var spec = new SystemImageSpec
        {
            KernelProject = RepositoryRoot.Combine("libs", "Minix.Kernel", "Minix.Kernel.csproj"),
            SystemConf = RepositoryRoot.Combine("tests", "Image.Programs", "system.conf"),
            Processes =
            [
                new ImageProcess("ping", programs, 4, true, "ping_main"),
                new ImageProcess("pong", programs, 5, true, "pong_main"),
                new ImageProcess("nullref", programs, 6, true, "nullref_main"),
                new ImageProcess("intruder", programs, 7, true, "intruder_main"),
                new ImageProcess("looper", programs, 8, true, "looper_main"),
            ],
        };
        Image = ImageBuilds.Build(spec, "minix-kernel-test-image");
    }

    public SystemImage Image { get; }
}
