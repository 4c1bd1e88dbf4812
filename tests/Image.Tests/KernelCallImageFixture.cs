using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>
/// Builds the kernel-call image (tests/Image.Calls) once and boots it once, with COM2 on a file: every check line
/// the tests look for comes from that one boot.
/// </summary>
public sealed class KernelCallImageFixture
{
    public KernelCallImageFixture()
    {
        var image = ImageBuilds.BuildProject("tests/Image.Calls/Image.Calls.csproj", "minix-kernel-call-image");
        string com2 = Path.Combine(Path.GetTempPath(), "minix-com2-" + Guid.NewGuid().ToString("N") + ".out");
        try
        {
            Run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, timeoutSeconds: 90, extra: ["-serial", "file:" + com2]);
            Com2 = File.Exists(com2) ? File.ReadAllText(com2) : "";
        }
        finally
        {
            File.Delete(com2);
        }

        Lines = Run.Output.Split('\n', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The boot.</summary>
    public QemuRun Run { get; }

    /// <summary>What the guest wrote to COM2.</summary>
    public string Com2 { get; }

    /// <summary>The transcript's lines.</summary>
    public IReadOnlySet<string> Lines { get; }
}
