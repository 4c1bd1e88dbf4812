namespace Minix.DriverKit.Analyzers.Tests;

[Trait("Needs", "restore")]
[Collection(DotnetBuilds.Name)]
public class SampleBuildTests(LegacyTutorialRun tutorial)
{
    private static readonly string Legacy = Repository.PathOf("samples", "drivers", "LegacyPrinter", "LegacyPrinter.csproj");

    // The tutorial builds the legacy printer and its fixed twin with --no-incremental: these tests read those builds.
    [Fact]
    public void The_legacy_printer_builds_with_its_MINIX_2_dependencies_as_warnings()
    {
        string output = tutorial.OutputOf("dotnet build samples/drivers/LegacyPrinter");

        Assert.Equal(
            new[]
            {
                "Printer.cs(36,9): warning MINIX005",
                "Printer.cs(37,9): warning MINIX005",
                "Printer.cs(38,40): warning MINIX004",
                "Printer.cs(39,9): warning MINIX001",
                "Printer.cs(51,49): warning MINIX003",
                "Printer.cs(62,9): warning MINIX005",
                "Printer.cs(71,14): warning MINIX005",
                "Printer.cs(72,13): warning MINIX001",
                "Printer.cs(81,9): warning MINIX005",
                "Printer.cs(82,9): warning MINIX005",
                "Printer.cs(83,9): warning MINIX005",
            },
            Repository.Diagnostics(output));
    }

    [Fact]
    public void In_kernel_placement_the_legacy_printer_builds_without_warnings()
    {
        (int exit, List<string> diagnostics, string output) = Repository.Build(Legacy, "MinixPlacement=Kernel");

        Assert.True(exit == 0, output);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_fixed_twin_builds_clean_with_warnings_as_errors()
    {
        string output = tutorial.OutputOf("dotnet build samples/drivers/LegacyPrinter.Fixed");

        Assert.Empty(Repository.Diagnostics(output));
        Assert.Contains("0 Warning(s)", output);
        Assert.Contains("<TreatWarningsAsErrors>", File.ReadAllText(Repository.PathOf("Directory.Build.props")));
    }
}

/// <summary>The command-line route the rule pages give for the code fix: <c>dotnet format analyzers</c>.</summary>
[Collection(DotnetBuilds.Name)]
public class CommandLineFixTests
{
    [Fact]
    [Trait("Needs", "restore")]
    public void Dotnet_format_finds_what_the_code_fix_would_rewrite_in_the_legacy_printer()
    {
        // --verify-no-changes reports the fixes without writing them: the sample stays as it is.
        (int exit, string output) = Repository.Run(["format", "analyzers", Repository.PathOf("samples", "drivers", "LegacyPrinter", "LegacyPrinter.csproj"),
            "--diagnostics", "MINIX005", "--severity", "info", "--verify-no-changes", "--no-restore"]);

        Assert.True(exit == 2, $"dotnet format exited {exit}, not 2 (changes to make):\n{output}");
        Assert.Contains("Printer.cs(36,9)", output);
        Assert.Contains("MINIX005", output);
        // The same command, for a project of one's own, is what the rule page documents.
        Assert.Contains("dotnet format analyzers MyDriver --diagnostics MINIX005 --severity info", File.ReadAllText(Repository.PathOf("docs", "rules", "MINIX005.md")));
    }
}
