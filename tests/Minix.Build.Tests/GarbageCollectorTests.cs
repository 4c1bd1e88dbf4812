using Minix.Build.Corpus.Stress;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>The stress program of the collector, built once with a 16 MiB heap limit.</summary>
public sealed class StressImage
{
    /// <summary>The heap limit of the stress executable.</summary>
    public const ulong HeapLimit = 16UL << 20;

    private readonly Lazy<RunnableImage> _image = new(() => RunImageBuilder.Build(RepoPaths.CorpusProject,
        new[] { "Minix.Build.Corpus.Stress.GarbageStress.Churn", "Minix.Build.Corpus.Stress.GarbageStress.KeepUntilOutOfMemory" },
        optimize: true, Path.Combine(AppContext.BaseDirectory, "stress-image"), heapLimit: HeapLimit));

    /// <summary>The executable.</summary>
    public string Executable => _image.Value.ExecutablePath;
}

/// <summary>
/// The garbage collector of programs: more than 1 GiB allocated through a 16 MiB heap with live data checked all
/// along (the result must equal .NET's), and OutOfMemoryException at the heap limit, after which the program goes on.
/// </summary>
public sealed class GarbageCollectorTests(StressImage stress) : IClassFixture<StressImage>
{
    [Fact]
    public void MoreThanAGibibyteThroughASixteenMebibyteHeapKeepsLiveDataIntact()
    {
        const int megabytes = 1100;
        long expected = GarbageStress.Churn(megabytes);
        var run = ProcessRunner.Run(stress.Executable, new[] { megabytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Error}");
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Output.Trim());
        Assert.True(expected > 0);
    }

    [Fact]
    public void TheHeapLimitRaisesOutOfMemoryAndTheProgramRecovers()
    {
        var run = ProcessRunner.Run(stress.Executable, new[] { "--batch" }, "1 64\n");
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Error}");
        int result = int.Parse(run.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        int kept = result / 1000, again = result % 1000;
        Assert.InRange(kept, 8, 15);
        Assert.Equal(kept, again);
    }
}
