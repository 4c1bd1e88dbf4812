using System.Text.Json;

namespace Minix.Build.Pipeline;

/// <summary>
/// A project's image compile: <c>dotnet msbuild</c> evaluates it and its references (the MinixImageCompile target of
/// build/Minix.Build.targets, injected into projects that do not import it) and writes their compile arguments;
/// <see cref="ImageCompileSchedule"/> compiles them in this process.
/// </summary>
public static class ProjectImageCompiler
{
    /// <summary>
    /// The directory holding build/Minix.Build.targets and runtime/Minix.Runtime.dll: this assembly's own folder (the
    /// <c>minix</c> tool, a test's output) or, when it runs as the Minix.Build package's MSBuild task from
    /// tasks/net10.0/, the package's root.
    /// </summary>
    public static string ToolDirectory { get; } = FindToolDirectory();

    /// <summary>Minix.Runtime.dll as shipped next to Minix.Build.</summary>
    public static string RuntimeAssembly => Path.Combine(ToolDirectory, "runtime", "Minix.Runtime.dll");

    /// <summary>Compiles <paramref name="project"/> and its references for the image.</summary>
    /// <param name="project">The .csproj.</param>
    /// <param name="optimize">Optimized or debug C# compile.</param>
    /// <param name="extraSources">Additional sources for the project's image build only.</param>
    /// <param name="outputDirectory">Where the project's image assembly goes (null: obj/.../minix/).</param>
    /// <param name="program">Compile the project as a program (its Main is the entry) rather than a library.</param>
    /// <returns>The image assemblies: the project's first, then its references'.</returns>
    /// <exception cref="ToolchainException">The compile failed; the message holds the compiler's errors with file:line.</exception>
    public static IReadOnlyList<string> Compile(string project, bool optimize, IEnumerable<string>? extraSources = null, string? outputDirectory = null, bool program = false)
    {
        string runtime = RuntimeAssembly;
        if (!File.Exists(runtime))
            throw new ToolchainException("setup", $"Minix.Runtime.dll not found at {runtime}");
        var args = new List<string>
        {
            "msbuild", Path.GetFullPath(project), "-nologo", "-nodeReuse:false", "-maxCpuCount:1",
            "-t:MinixImageCompile", "-getTargetResult:MinixImageCompile",
        };
        args.AddRange(Properties(optimize));
        var extra = extraSources?.Select(Path.GetFullPath).ToList() ?? new List<string>();
        if (extra.Count > 0)
            args.Add("-p:MinixImageExtraSources=" + string.Join("%3B", extra));
        if (outputDirectory is not null)
            args.Add("-p:MinixImageOutputPath=" + Path.GetFullPath(outputDirectory).TrimEnd('/') + "/");
        if (program)
            args.Add("-p:MinixImageTargetType=exe");

        // A project that was never restored (an image project's driver, before its first build) has no package
        // references yet, and so none of the Minix packages' image assemblies.
        string assets = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(project))!, "obj", "project.assets.json");
        if (!File.Exists(assets))
            args.Add("-restore");

        // Its references compile into their own folders, which an image compile at the same time writes too.
        using FileStream held = ImageCompileGraph.HoldCompileLock();
        var (result, answer) = MSBuildQuery.Run(args);
        using JsonDocument? json = answer;
        string all = result.Output + result.Error;
        string failed = $"image compile of {Path.GetFileName(project)} failed";
        if (result.ExitCode != 0)
            throw MSBuildFailure(failed, all);
        if (json is null)
            throw new ToolchainException("compile", $"no target result from msbuild:\n{all}");
        var items = json.RootElement.GetProperty("TargetResults").GetProperty("MinixImageCompile").GetProperty("Items").EnumerateArray().ToList();
        var compiles = items.Select(ImageCompileSchedule.FromItem).OfType<ImageCompileSchedule.Compile>().DistinctBy(c => c.Assembly).ToList();
        ImageCompileSchedule.Run(compiles, failed);
        return items.Select(i => i.GetProperty("FullPath").GetString()!).Distinct().ToList();
    }

    /// <summary>
    /// The global properties of every image compile's msbuild run: configuration, optimization, the tool's runtime and
    /// targets, and (unless <paramref name="argumentsOnly"/> is false) compile arguments only, the tool compiling.
    /// </summary>
    internal static IEnumerable<string> Properties(bool optimize, bool argumentsOnly = true) =>
    [
        "-p:Configuration=" + (optimize ? "Release" : "Debug"),
        "-p:MinixImageOptimize=" + (optimize ? "true" : "false"),
        "-p:MinixImageCompileArgumentsOnly=" + (argumentsOnly ? "true" : "false"),
        "-p:MinixRuntimeAssembly=" + RuntimeAssembly,
        "-p:CustomAfterMicrosoftCommonTargets=" + Path.Combine(ToolDirectory, "build", "Minix.Build.Inject.targets"),
    ];

    /// <summary>A failed msbuild run of an image compile: its error lines, each with its rule's note, or all it said if none.</summary>
    internal static ToolchainException MSBuildFailure(string failed, string output)
    {
        var errors = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        return CompileFailure(failed, errors.Count > 0 ? errors : [output.Trim()]);
    }

    /// <summary>A failed image compile: <paramref name="failed"/>, then each error line with the rule's note that applies.</summary>
    internal static ToolchainException CompileFailure(string failed, IEnumerable<string> errors) =>
        new("compile", failed + ":\n" + string.Join("\n", errors.Select(ImageRuleNote.ForCompileError)));

    private static string FindToolDirectory()
    {
        string here = Path.GetDirectoryName(typeof(ProjectImageCompiler).Assembly.Location) is { Length: > 0 } location ? location : AppContext.BaseDirectory;
        string packageRoot = Path.GetFullPath(Path.Combine(here, "..", ".."));
        bool HasTargets(string directory) => File.Exists(Path.Combine(directory, "build", "Minix.Build.Inject.targets"));
        return HasTargets(here) || !HasTargets(packageRoot) ? here : packageRoot;
    }
}
