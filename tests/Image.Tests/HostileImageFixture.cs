using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>Builds the hostile image (tests/Image.Hostile) once and boots it once: every attack runs in that boot, each in its own incarnation of the attacker.</summary>
public sealed class HostileImageFixture
{
    public HostileImageFixture()
    {
        var image = ImageBuilds.BuildProject("tests/Image.Hostile/Image.Hostile.csproj", "minix-hostile-image");
        Run = Qemu.Boot(File.ReadAllBytes(image.MultibootFile), rawDisk: false, timeoutSeconds: 120);
        Lines = Run.Output.Split('\n', StringSplitOptions.TrimEntries);
    }

    /// <summary>The boot.</summary>
    public QemuRun Run { get; }

    /// <summary>The transcript's lines.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The kernel's line about the attacker's end after it announced <paramref name="attack"/>, or null.</summary>
    /// <param name="attack">The attack's name.</param>
    /// <returns>The line.</returns>
    public string? KernelLineAfter(string attack)
    {
        int at = Lines.ToList().IndexOf("hostile: trying " + attack);
        if (at < 0)
            return null;
        for (int i = at + 1; i < Lines.Count && !Lines[i].StartsWith("hostile: trying ", StringComparison.Ordinal); i++)
        {
            if (Lines[i].StartsWith("kernel: hostile (endpoint ", StringComparison.Ordinal))
                return Lines[i];
        }

        return null;
    }
}
