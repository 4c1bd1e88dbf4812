using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>
/// Builds the process image (tests/Image.Processes) once and boots it once: init runs every proctest check from the
/// root file system, then proctest halts the machine; the tests read that one transcript.
/// </summary>
public sealed class ProcessImageFixture
{
    public ProcessImageFixture()
    {
        var image = ImageBuilds.BuildProject("tests/Image.Processes/Image.Processes.csproj", "minix-process-image");
        Run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, timeoutSeconds: 300);
        Lines = Run.Output.Split('\n', StringSplitOptions.TrimEntries).ToList();
    }

    /// <summary>The boot.</summary>
    public QemuRun Run { get; }

    /// <summary>The transcript's lines, in order.</summary>
    public IReadOnlyList<string> Lines { get; }
}
