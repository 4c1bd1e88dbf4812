using System.Diagnostics;
using System.Text;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>The console program of Minix.Build.Programs, built once by <c>minix run</c>'s program path.</summary>
public sealed class ProgramImage
{
    private readonly Lazy<RunnableImage> _image = new(() => RunImageBuilder.BuildProgram(RepoPaths.ProgramsProject, optimize: true,
        Path.Combine(AppContext.BaseDirectory, "program-image"), IlcToolchain.Locate()));

    /// <summary>The static executable.</summary>
    public string Executable => _image.Value.ExecutablePath;

    /// <summary>The same program built for .NET (the reference).</summary>
    public static string DotNetAssembly
    {
        get
        {
            string configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(RepoPaths.Root, "tests", "Minix.Build.Programs", "bin", configuration, "net10.0", "Minix.Build.Programs.dll");
        }
    }
}

/// <summary>
/// Console, System.IO and Environment end to end: the same program runs under .NET and as a static executable on
/// the program ABI (minix_program_start, the minix_sys_* imports over Linux system calls), with the same arguments,
/// environment, standard input and a fresh directory each; output, files and exit status must agree.
/// </summary>
public sealed class ProgramTests(ProgramImage program) : IClassFixture<ProgramImage>
{
    private sealed record Outcome(int ExitCode, string Output, string Error);

    [Theory]
    [InlineData("console")]
    [InlineData("paths")]
    [InlineData("caught")]
    [InlineData("files")]
    [InlineData("directories")]
    [InlineData("errors")]
    [InlineData("streams")]
    public void ScenarioAgreesWithDotNet(string scenario)
    {
        var (dotnet, image) = RunBoth(scenario, withDirectory: true);
        Assert.Equal(dotnet.Output, image.Output);
        Assert.Equal(dotnet.Error, image.Error);
        Assert.Equal(dotnet.ExitCode, image.ExitCode);
    }

    [Fact]
    public void ArgumentsReachMainAndTheCommandLine()
    {
        var (dotnet, image) = RunBoth("args", extra: new[] { "plain", "with space", "", "quote\"d", "ünï" });
        Assert.Equal(dotnet.Output, image.Output);
        Assert.Equal(5, image.ExitCode);
        Assert.Contains("2: [] 0", image.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvironmentVariablesAreTheProcesssOwn()
    {
        var environment = new Dictionary<string, string> { ["MINIX_PROGRAM_VALUE"] = "a=b c", ["MINIX_EMPTY"] = "" };
        var (dotnet, image) = RunBoth("env", extra: new[] { "MINIX_PROGRAM_VALUE", "MINIX_EMPTY", "MINIX_UNSET" }, environment: environment);
        Assert.Equal(dotnet.Output, image.Output);
        Assert.Contains("MINIX_PROGRAM_VALUE=a=b c", image.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputIsReadLineByLine()
    {
        const string input = "Xfirst\nsecond\r\n\nthird with ü\rfourth";
        var (dotnet, image) = RunBoth("stdin", input: input);
        Assert.Equal(dotnet.Output, image.Output);
        Assert.Equal(dotnet.ExitCode, image.ExitCode);
    }

    [Fact]
    public void EnvironmentExitEndsWithItsStatus()
    {
        var (dotnet, image) = RunBoth("exit", extra: new[] { "42" });
        Assert.Equal("before exit\n", image.Output);
        Assert.Equal(dotnet.Output, image.Output);
        Assert.Equal(42, image.ExitCode);
        Assert.Equal(dotnet.ExitCode, image.ExitCode);
    }

    [Fact]
    public void UnhandledExceptionPrintsTypeMessageAndCSharpStackWithFailingStatus()
    {
        var (dotnet, image) = RunBoth("unhandled");
        Assert.Equal(134, image.ExitCode);
        Assert.Equal(dotnet.ExitCode, image.ExitCode);
        string firstLine = "Unhandled exception. System.InvalidOperationException: boom from the program";
        Assert.StartsWith(firstLine, dotnet.Error, StringComparison.Ordinal);
        Assert.StartsWith(firstLine, image.Error, StringComparison.Ordinal);
        // The same frames with the same lines: .NET writes "at Type.Method(args) in /path/File.cs:line N".
        var expected = Frames(dotnet.Error, ".NET");
        var actual = Frames(image.Error, "image");
        Assert.Equal(expected, actual);
        Assert.Equal(4, actual.Count(f => f.StartsWith("Minix.Build.Programs.Program.Nested Program.cs:", StringComparison.Ordinal)));
    }

    // "Namespace.Type.Method File.cs:N" for each frame of the program's own code.
    private static List<string> Frames(string error, string who)
    {
        var frames = new List<string>();
        foreach (string line in error.Split('\n'))
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^\s+at (?<method>Minix\.Build\.Programs\.[\w.]+?)(\(.*\))? in (?:.*/)?(?<file>\w+\.cs):line (?<line>\d+)");
            if (match.Success)
                frames.Add($"{match.Groups["method"].Value} {match.Groups["file"].Value}:{match.Groups["line"].Value}");
        }

        Assert.True(frames.Count > 0, $"no frames in the {who} output:\n{error}");
        return frames;
    }

    private (Outcome DotNet, Outcome Image) RunBoth(string scenario, bool withDirectory = false, string[]? extra = null, string? input = null,
        Dictionary<string, string>? environment = null)
    {
        string dotnetRoot = RepoPaths.Scratch("program-dotnet");
        string imageRoot = RepoPaths.Scratch("program-image");
        var args = new List<string> { scenario };
        if (withDirectory)
            args.Add("<root>");
        args.AddRange(extra ?? Array.Empty<string>());

        var dotnet = Run("dotnet", new[] { ProgramImage.DotNetAssembly }.Concat(args.Select(a => a == "<root>" ? dotnetRoot : a)), input, environment, dotnetRoot);
        var image = Run(program.Executable, args.Select(a => a == "<root>" ? imageRoot : a), input, environment, imageRoot);
        if (withDirectory)
            Assert.Equal(Tree(dotnetRoot), Tree(imageRoot));
        return (dotnet, image);
    }

    // The files left behind: relative path and contents' length and checksum, sorted.
    private static string Tree(string root) => string.Join("\n", Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p) + (File.Exists(p) ? $" {new FileInfo(p).Length} {Checksum(File.ReadAllBytes(p))}" : "/"))
        .Order(StringComparer.Ordinal));

    private static uint Checksum(byte[] bytes)
    {
        uint hash = 2166136261;
        foreach (byte b in bytes)
            hash = (hash ^ b) * 16777619;
        return hash;
    }

    private static Outcome Run(string file, IEnumerable<string> args, string? input, Dictionary<string, string>? environment, string workingDirectory)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(input);
            process.StandardInput.BaseStream.Write(bytes, 0, bytes.Length);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
