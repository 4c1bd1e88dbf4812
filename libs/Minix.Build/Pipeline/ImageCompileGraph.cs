using System.Security;
using System.Text;
using System.Text.Json;

namespace Minix.Build.Pipeline;

/// <summary>
/// The C# image compiles of a whole system: one <c>dotnet msbuild</c> run evaluates every project at once (a generated
/// project asks for each one's MinixImageCompile target with MinixImageCompileArgumentsOnly=true) and writes each
/// compile's arguments; this process compiles them with the SDK's compiler, references first, on every core
/// (<see cref="ImageCompileSchedule"/>), each as msbuild announces it, while msbuild goes on with the other projects.
/// </summary>
/// <remarks>
/// One msbuild start per project cost about 2 s each before the compiler did anything, and a csc process per project
/// about 1 s more: for the sample system's 40 projects that was most of a clean build. Each project is reported as
/// its compile ends. A rebuild with none of the files the last run read changed does not start msbuild at all, and
/// one with only C# sources edited runs the last run's compiles without it (<see cref="ImageCompileStamp"/>).
/// </remarks>
public static class ImageCompileGraph
{
    /// <summary>
    /// One project to compile for the image, into its own intermediate folder (<c>obj/&lt;cfg&gt;/&lt;tfm&gt;/minix/</c>,
    /// a program's <c>minix-program/</c>), where every image that runs its code finds it compiled.
    /// </summary>
    /// <param name="Project">The .csproj (full path).</param>
    /// <param name="Program">Compiled as a program (its Main is the entry) rather than a library.</param>
    public sealed record Request(string Project, bool Program);

    /// <summary>Compiles every request; <paramref name="finished"/> hears of each as its compile ends.</summary>
    /// <param name="requests">The projects (each project once).</param>
    /// <param name="optimize">Optimized or debug C#.</param>
    /// <param name="graphDirectory">Where the generated project goes.</param>
    /// <param name="finished">Called with each request when its compile ended (on a thread of its own), with its image assemblies (the project's first, then its references', every one compiled by then) and whether the compiler ran (false: it was up to date), or null.</param>
    /// <returns>Per request, its image assemblies: the project's first, then its references'.</returns>
    /// <exception cref="ToolchainException">A compile failed; the message holds the compiler's errors with file:line.</exception>
    public static IReadOnlyDictionary<Request, IReadOnlyList<string>> Compile(IReadOnlyList<Request> requests, bool optimize, string graphDirectory, Action<Request, IReadOnlyList<string>, bool>? finished = null)
    {
        var results = new Dictionary<Request, IReadOnlyList<string>>();
        if (requests.Count == 0)
            return results;
        string runtime = ProjectImageCompiler.RuntimeAssembly;
        if (!File.Exists(runtime))
            throw new ToolchainException("setup", $"Minix.Runtime.dll not found at {runtime}");
        foreach (var repeated in requests.GroupBy(r => r.Project).Where(g => g.Count() > 1))
            throw new ToolchainException("compile", $"{repeated.Key} is asked for twice in one image compile");
        foreach (var request in requests.Where(r => !Path.IsPathFullyQualified(r.Project)))
            throw new ToolchainException("compile", $"{request.Project}: a project of an image compile is given by its full path");

        Directory.CreateDirectory(graphDirectory);
        using FileStream held = HoldCompileLock();
        string graph = Path.Combine(graphDirectory, "image-compile.proj");
        var unrestored = requests.Where(r => !File.Exists(Path.Combine(Path.GetDirectoryName(r.Project)!, "obj", "project.assets.json"))).ToList();
        string graphText = GraphProject(requests, unrestored);
        WriteIfChanged(graph, graphText);
        string stampFile = Path.Combine(graphDirectory, "image-compile.stamp");
        DateTime started = DateTime.UtcNow;
        if (unrestored.Count == 0 && ImageCompileStamp.Read(stampFile, graphText) is { State: not ImageCompileStamp.Freshness.Gone } stamp
            && requests.All(r => stamp.Answers.ContainsKey(r.Project)))
        {
            foreach (Request request in requests)
                results[request] = stamp.Answers[request.Project];
            if (stamp.State == ImageCompileStamp.Freshness.Current)
            {
                foreach (Request request in requests)
                    finished?.Invoke(request, results[request], false);
                return results;
            }

            RunCompiles(requests, results, stamp.Compiles, finished);
            stamp.WriteAgain(stampFile, started);
            return results;
        }

        File.Delete(stampFile);

        var args = MSBuildArguments(graph, optimize).ToList();
        // A project never restored (an image project's driver before its first build) has no package references yet.
        if (unrestored.Count > 0)
            args.Add("-restore");

        // Each compile starts as msbuild announces it: its references were announced before it, and the rest of
        // msbuild's run (evaluating the other projects, mostly one core's work) goes on beside it. Until the requests'
        // assemblies are known (msbuild's answer), what ended is only noted.
        var gate = new object();
        var ended = new Dictionary<string, bool>(StringComparer.Ordinal);
        Dictionary<string, Request>? requestOf = null;
        void Ended(ImageCompileSchedule.Compile compile, bool compiledNow)
        {
            Request? request;
            lock (gate)
            {
                if (requestOf is null)
                {
                    ended[compile.Assembly] = compiledNow;
                    return;
                }

                if (!requestOf.TryGetValue(compile.Assembly, out request))
                    return;
            }

            finished?.Invoke(request, results[request], compiledNow);
        }

        using var schedule = new ImageCompileSchedule(Ended);
        var (result, answer) = MSBuildQuery.Run(args, line =>
        {
            try
            {
                if (ImageCompileSchedule.FromLine(line) is { } announced)
                    schedule.Add(announced);
            }
            catch (IOException)
            {
                // Its arguments file could not be read now: it is added again from msbuild's answer, and fails there.
            }
        });
        using JsonDocument? json = answer;
        string all = result.Output + result.Error;
        if (result.ExitCode != 0)
            throw ProjectImageCompiler.MSBuildFailure(Failed(requests), all);

        if (json is null)
            throw new ToolchainException("compile", $"no target result from msbuild:\n{all}");
        var items = json.RootElement.GetProperty("TargetResults").GetProperty("MinixImageCompileAll").GetProperty("Items");
        var byProject = requests.ToDictionary(r => Path.GetFullPath(r.Project), StringComparer.Ordinal);
        var assemblies = requests.ToDictionary(r => r, _ => new List<string>());
        var compiles = new Dictionary<string, ImageCompileSchedule.Compile>(StringComparer.Ordinal);
        var inputs = new List<string> { runtime, typeof(ImageCompileGraph).Assembly.Location };
        inputs.AddRange(Directory.GetFiles(Path.Combine(ProjectImageCompiler.ToolDirectory, "build"), "*.targets"));
        foreach (JsonElement item in items.EnumerateArray())
        {
            string path = item.GetProperty("FullPath").GetString()!;
            if (item.TryGetProperty("MinixImageInput", out JsonElement input) && input.GetString() == "true")
            {
                inputs.Add(path);
                continue;
            }

            if (byProject.TryGetValue(Path.GetFullPath(item.GetProperty("MinixImageRequester").GetString()!), out Request? request) && !assemblies[request].Contains(path))
                assemblies[request].Add(path);
            if (ImageCompileSchedule.FromItem(item) is { } compile)
                compiles.TryAdd(path, compile);
        }

        foreach (Request request in requests)
        {
            if (assemblies[request].Count == 0)
                throw new ToolchainException("compile", $"msbuild returned no image assembly for {request.Project}:\n{all}");
            results[request] = assemblies[request];
        }

        foreach (ImageCompileSchedule.Compile compile in compiles.Values)
            schedule.Add(compile);
        if (schedule.InOrder)
        {
            List<(Request Request, bool CompiledNow)> already;
            lock (gate)
            {
                requestOf = ByOwnAssembly(requests, results);
                already = [.. ended.Where(e => requestOf.ContainsKey(e.Key)).Select(e => (requestOf[e.Key], e.Value))];
            }

            foreach (var (request, compiledNow) in already)
                finished?.Invoke(request, results[request], compiledNow);
            schedule.Wait(Failed(requests));
        }
        else
        {
            // A compile ran before one of its references was announced (msbuild never did this when written): what
            // it read may be old, so every compile is checked again, references first, and only then reported.
            schedule.WaitQuietly();
            RunCompiles(requests, results, [.. compiles.Values], finished);
        }

        ImageCompileStamp.Write(stampFile, graphText, started, inputs, assemblies.ToDictionary(a => a.Key.Project, a => a.Value, StringComparer.Ordinal), compiles.Values);
        return results;
    }

    /// <summary>The compiles in this process; each request is reported when the compile of its own assembly (the first of its answer) ends.</summary>
    private static void RunCompiles(IReadOnlyList<Request> requests, IReadOnlyDictionary<Request, IReadOnlyList<string>> answers, IReadOnlyList<ImageCompileSchedule.Compile> compiles, Action<Request, IReadOnlyList<string>, bool>? finished)
    {
        var requestOf = ByOwnAssembly(requests, answers);
        ImageCompileSchedule.Run(compiles, Failed(requests), (compile, compiledNow) =>
        {
            if (finished is not null && requestOf.TryGetValue(compile.Assembly, out Request? request))
                finished(request, answers[request], compiledNow);
        });
    }

    // A request is reported when its own assembly (the first of its answer) is compiled.
    private static Dictionary<string, Request> ByOwnAssembly(IReadOnlyList<Request> requests, IReadOnlyDictionary<Request, IReadOnlyList<string>> answers) =>
        requests.ToDictionary(r => answers[r][0], StringComparer.Ordinal);

    private static string Failed(IReadOnlyList<Request> requests) => $"image compile failed ({string.Join(", ", requests.Select(r => Path.GetFileName(r.Project)))})";

    /// <summary>The <c>dotnet</c> command line of the msbuild run over a generated project (image-compile.proj).</summary>
    /// <param name="graphProject">The generated project.</param>
    /// <param name="optimize">Optimized or debug C#.</param>
    /// <param name="argumentsOnly">
    /// True (what <see cref="Compile"/> runs): MSBuild only writes each compile's arguments. False: MSBuild's Csc task
    /// compiles each project in a csc process of its own, as a plain msbuild build does (the benchmark's comparison).
    /// </param>
    /// <returns>The arguments, starting with <c>msbuild</c>.</returns>
    public static IReadOnlyList<string> MSBuildArguments(string graphProject, bool optimize, bool argumentsOnly = true) =>
    [
        "msbuild", graphProject, "-nologo", "-nodeReuse:false", "-maxCpuCount", "-verbosity:minimal",
        "-t:MinixImageCompileAll", "-getTargetResult:MinixImageCompileAll",
        .. ProjectImageCompiler.Properties(optimize, argumentsOnly),
    ];

    /// <summary>
    /// The generated project: each request an item (a program marked as such), the common settings global;
    /// and, when some project was never restored, a Restore target for those (msbuild's -restore runs it first).
    /// </summary>
    private static string GraphProject(IReadOnlyList<Request> requests, IReadOnlyList<Request> unrestored)
    {
        var text = new StringBuilder();
        text.Append("<Project>\n  <!-- Written by Minix.Build for one image's compiles; rewritten on every build. -->\n  <ItemGroup>\n");
        foreach (Request r in requests)
        {
            text.Append("    <MinixCompileRequest Include=\"").Append(Escape(r.Project)).Append('"')
                .Append(r.Program ? " AdditionalProperties=\"MinixImageTargetType=exe\"" : "").Append(" />\n");
        }

        foreach (Request r in unrestored)
            text.Append("    <MinixRestoreRequest Include=\"").Append(Escape(r.Project)).Append("\" />\n");
        text.Append("  </ItemGroup>\n");
        text.Append("""
              <Target Name="Restore">
                <MSBuild Projects="@(MinixRestoreRequest)" Targets="Restore" Properties="MSBuildRestoreSessionId=$([System.Guid]::NewGuid())" Condition="'@(MinixRestoreRequest)' != ''" />
              </Target>
              <Target Name="MinixImageCompileAll" Returns="@(_MinixCompiled)">
                <MSBuild Projects="@(MinixCompileRequest)" Targets="MinixImageCompileInGraph" BuildInParallel="true">
                  <Output TaskParameter="TargetOutputs" ItemName="_MinixCompiled" />
                </MSBuild>
              </Target>
            </Project>

            """);
        return text.ToString();
    }

    /// <summary>
    /// One image compile at a time among this user's processes: images share each project's image assemblies, which two
    /// builds at once (two test assemblies, a tool and a test) would both write. Held until the returned file closes.
    /// </summary>
    internal static FileStream HoldCompileLock()
    {
        string file = Path.Combine(Path.GetTempPath(), $"minix-image-compile-{Environment.UserName}.lock");
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); ; System.Threading.Thread.Sleep(100))
        {
            try
            {
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(30))
            {
                // Another build holds it.
            }
        }
    }

    // XML-escaped, and MSBuild's own special characters (% $ @ ; ' * ?) as %XX so a path is taken as written.
    private static string Escape(string value)
    {
        var msbuild = new StringBuilder();
        foreach (char c in value)
        {
            if (c is '%' or '$' or '@' or ';' or '\'' or '*' or '?')
                msbuild.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                msbuild.Append(c);
        }

        return SecurityElement.Escape(msbuild.ToString());
    }

    private static void WriteIfChanged(string file, string text)
    {
        if (!File.Exists(file) || File.ReadAllText(file) != text)
            File.WriteAllText(file, text);
    }
}
