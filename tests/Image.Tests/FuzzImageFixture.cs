using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>
/// Builds the fuzzing image (tests/Image.Fuzz) once and boots it twice: the CI run (seed 1, 100,000 calls) and a
/// short run with the same seed, whose first calls must be the same.
/// </summary>
public sealed class FuzzImageFixture
{
    /// <summary>Calls in the CI run.</summary>
    public const int Calls = 100_000;

    /// <summary>Calls in the short run.</summary>
    public const int ShortCalls = 20_000;

    public FuzzImageFixture()
    {
        var image = File.ReadAllBytes(ImageBuilds.BuildProject("tests/Image.Fuzz/Image.Fuzz.csproj", "minix-fuzz-image").MultibootFile);
        Run = Qemu.Boot(image, rawDisk: false, timeoutSeconds: 120, extra: ["-append", $"fuzz.seed=1 fuzz.calls={Calls}"]);
        ShortRun = Qemu.Boot(image, rawDisk: false, timeoutSeconds: 60, extra: ["-append", $"fuzz.seed=1 fuzz.calls={ShortCalls}"]);
    }

    /// <summary>The CI run.</summary>
    public QemuRun Run { get; }

    /// <summary>The short run with the same seed.</summary>
    public QemuRun ShortRun { get; }
}
