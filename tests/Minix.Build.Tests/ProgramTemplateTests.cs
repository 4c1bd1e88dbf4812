using System.Diagnostics;
using Minix.Build.Pipeline;
using Minix.Build.Stubs;

namespace Minix.Build.Tests;

/// <summary>
/// The <c>minix-program</c> template (templates/Minix.Templates/content/Program): `dotnet new` makes an ordinary console
/// program, and the image build compiles and links it for the image's /bin as it is (its Main the entry, Minix.Posix's
/// calls beside it). The template is installed from its folder into a dotnet home of the test's own, and its package
/// reference becomes a reference to this repository's Minix.Posix (PackTests checks the packed template's versions).
/// </summary>
public sealed class ProgramTemplateTests
{
    [Fact]
    [Trait("Needs", "ilc")]
    public void A_project_made_by_dotnet_new_minix_program_builds_for_the_image_with_its_main_as_the_entry()
    {
        string root = RepoPaths.Scratch("program-template");
        var environment = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.Combine(root, "home"), ["DOTNET_NOLOGO"] = "1" };
        string template = Path.Combine(RepoPaths.Root, "templates", "Minix.Templates", "content", "Program");
        Dotnet(root, environment, "new", "install", template);
        Dotnet(root, environment, "new", "minix-program", "-n", "WordCount", "-o", Path.Combine(root, "WordCount"));

        string project = Path.Combine(root, "WordCount", "WordCount.csproj");
        string text = File.ReadAllText(project);
        const string packageReference = "<PackageReference Include=\"Minix.Posix\" Version=\"MINIX_PACKAGE_VERSION\" />";
        Assert.Contains(packageReference, text);
        string posix = Path.Combine(RepoPaths.Root, "libs", "Minix.Posix", "Minix.Posix.csproj");
        File.WriteAllText(project, text.Replace(packageReference, $"<ProjectReference Include=\"{posix}\" />", StringComparison.Ordinal));
        Assert.Contains("namespace WordCount;", File.ReadAllText(Path.Combine(root, "WordCount", "Program.cs")));

        var (file, image) = ProgramImageBuilder.Build(project, optimize: true, Path.Combine(root, "image"), IlcToolchain.Locate());
        Assert.True(new FileInfo(file).Length > 0);
        Assert.Equal(image.Symbols.Find(ProgramStubs.EntrySymbol)!.Address, image.EntryPoint);
        foreach (string symbol in new[] { ProgramStubs.ManagedMainSymbol, "minix_sys_write", "minix_sys_open", "minix_heap_grow", ProgramStubs.BreakSymbol })
            Assert.True(image.Symbols.Find(symbol) is not null, $"the program image lacks {symbol}");
    }

    private static void Dotnet(string directory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed:\n{output}");
    }
}
