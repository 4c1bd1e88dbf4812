using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>
/// Builds the commands image (tests/Image.Commands) once and boots it once: init runs etc/rc, whose lines run the
/// utilities of /bin joined by pipes through the pipeline program, then proctest halts the machine.
/// </summary>
public sealed class CommandImageFixture
{
    public CommandImageFixture()
    {
        var image = ImageBuilds.BuildProject("tests/Image.Commands/Image.Commands.csproj", "minix-command-image");
        Run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, timeoutSeconds: 600);
    }

    /// <summary>The boot.</summary>
    public QemuRun Run { get; }
}
