namespace Minix.Build.Tests;

/// <summary>Locations inside the repository the tests build from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string CorpusProject => Path.Combine(Root, "tests", "Minix.Build.Corpus", "Minix.Build.Corpus.csproj");

    /// <summary>The console program the program tests run under .NET and as an image program.</summary>
    public static string ProgramsProject => Path.Combine(Root, "tests", "Minix.Build.Programs", "Minix.Build.Programs.csproj");

    /// <summary>Methods that fault, one per kind, run only through <c>minix run</c>.</summary>
    public static string FaultSamplesProject => Path.Combine(Root, "tests", "Minix.Build.FaultSamples", "Minix.Build.FaultSamples.csproj");

    /// <summary>A fresh scratch directory under the test output (removed by the OS's tmp cleaning, not by us).</summary>
    public static string Scratch(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "scratch", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minix.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("repository root (Minix.slnx) not found above " + AppContext.BaseDirectory);
    }
}
