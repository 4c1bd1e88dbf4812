using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Minix.Build.Pipeline;

/// <summary>
/// Runs image compiles in this process (<see cref="CSharpImageCompiler"/> on the SDK's compiler), each after the
/// compiles of the assemblies it references, as many at once as there are cores.
/// </summary>
/// <remarks>
/// MSBuild's part is to evaluate the projects and write each compile's arguments (MinixImageCompile with
/// MinixImageCompileArgumentsOnly=true); the compiles themselves, one csc process each before, cost a second of
/// start-up apiece. A compile is skipped when its assembly is newer than its sources, its references and its
/// arguments; a reference compiled again is newer, so what uses it compiles again too. A schedule takes compiles as
/// they become known: the image build adds each as msbuild announces it, so the compiles run while msbuild still
/// evaluates the projects after them.
/// </remarks>
internal sealed class ImageCompileSchedule : IDisposable
{
    private const string ReferenceArgument = "/reference:";

    /// <summary>One project's compile, as MSBuild described it.</summary>
    /// <param name="Assembly">The image assembly it writes.</param>
    /// <param name="ArgumentsFile">Its csc arguments, one per line.</param>
    /// <param name="Project">The project file (relative sources are read against its folder).</param>
    /// <param name="CompilerDirectory">The SDK's compiler folder.</param>
    public sealed record Compile(string Assembly, string ArgumentsFile, string Project, string CompilerDirectory);

    /// <summary>The compile an item of MSBuild's answer describes (MinixImageCompile's result), or null for an assembly given as is.</summary>
    /// <param name="item">The item, with its metadata.</param>
    /// <returns>The compile, or null (a package's image assembly).</returns>
    public static Compile? FromItem(JsonElement item)
    {
        string? Metadata(string name) => item.TryGetProperty(name, out JsonElement value) && value.GetString() is { Length: > 0 } text ? text : null;
        return Metadata("MinixImageCompileArguments") is { } arguments
            ? new Compile(item.GetProperty("FullPath").GetString()!, arguments, Metadata("MinixImageProject")!, Metadata("MinixImageCompilerDirectory")!)
            : null;
    }

    /// <summary>
    /// The compile a line of msbuild's output announces (MinixImageCompile prints one per project as it writes the
    /// arguments, in the tool's builds), or null for any other line.
    /// </summary>
    /// <param name="line">A line msbuild printed.</param>
    /// <returns>The compile, or null.</returns>
    public static Compile? FromLine(string line)
    {
        string text = line.Trim();
        if (!text.StartsWith(AnnouncePrefix, StringComparison.Ordinal))
            return null;
        string[] fields = text[AnnouncePrefix.Length..].Split('|');
        return fields.Length == 4 && fields.All(f => f.Length > 0) ? new Compile(Path.GetFullPath(fields[0]), fields[1], fields[2], fields[3]) : null;
    }

    /// <summary>Runs every compile that is stale, references first.</summary>
    /// <param name="compiles">The compiles (each assembly once).</param>
    /// <param name="failed">What the error says first if a compile fails ("image compile of X failed").</param>
    /// <param name="finished">Called as each ends without error (on a thread of its own), with whether it compiled (false: up to date), or null.</param>
    /// <exception cref="ToolchainException">A compile failed: <paramref name="failed"/>, then the errors, one per line, references first.</exception>
    public static void Run(IReadOnlyList<Compile> compiles, string failed, Action<Compile, bool>? finished = null)
    {
        using var schedule = new ImageCompileSchedule(finished);
        foreach (var (compile, references) in ReferencesFirst(compiles))
            schedule.Add(compile, references);
        schedule.Wait(failed);
    }

    private const string AnnouncePrefix = "minix-image-compile: ";

    private readonly object _gate = new();
    private readonly Dictionary<string, Task<bool>> _started = new(StringComparer.Ordinal);
    private readonly List<Compile> _order = [];
    private readonly Dictionary<Compile, string[]> _unknownReferences = [];
    private readonly ConcurrentDictionary<Compile, string> _errors = new();
    private readonly SemaphoreSlim _cores = new(Environment.ProcessorCount);
    private readonly Action<Compile, bool>? _finished;
    private volatile bool _abandoned;

    /// <summary>An empty schedule, for compiles added as they become known (msbuild prints them as it goes).</summary>
    /// <param name="finished">Called as each compile ends without error (on a thread of its own), with whether it compiled (false: up to date), or null.</param>
    public ImageCompileSchedule(Action<Compile, bool>? finished = null) => _finished = finished;

    /// <summary>
    /// Adds a compile, started as soon as the compiles added before it of the assemblies it references end and a core
    /// is free; one whose assembly was added already is ignored, its arguments not read again (msbuild's answer
    /// repeats every compile its output announced).
    /// </summary>
    /// <param name="compile">The compile.</param>
    public void Add(Compile compile)
    {
        lock (_gate)
        {
            if (_started.ContainsKey(Path.GetFullPath(compile.Assembly)))
                return;
        }

        Add(compile, ReferencesOf(compile));
    }

    /// <summary>
    /// Whether every compile was added after the compiles of the assemblies it references (msbuild announces a
    /// project's references before it), so none can have read an old or missing assembly. Asked once all are added.
    /// </summary>
    public bool InOrder
    {
        get
        {
            lock (_gate)
                return !_unknownReferences.Values.Any(references => references.Any(_started.ContainsKey));
        }
    }

    /// <summary>Waits for every compile added and throws their errors, if any.</summary>
    /// <param name="failed">What the error says first ("image compile of X failed").</param>
    /// <exception cref="ToolchainException">A compile failed: <paramref name="failed"/>, then the errors, one per line, in the order the compiles were added.</exception>
    public void Wait(string failed)
    {
        WaitQuietly();
        if (!_errors.IsEmpty)
            throw ProjectImageCompiler.CompileFailure(failed, _order.Where(_errors.ContainsKey).SelectMany(c => _errors[c].Split('\n')).Distinct());
    }

    /// <summary>Waits for every compile added, whatever their outcome.</summary>
    public void WaitQuietly()
    {
        Task[] all;
        lock (_gate)
            all = [.. _started.Values];
        Task.WaitAll(all);
    }

    /// <summary>Drops the compiles that have not started and waits for those that have: none is left writing.</summary>
    public void Dispose()
    {
        _abandoned = true;
        WaitQuietly();
        _cores.Dispose();
    }

    private void Add(Compile compile, string[] references)
    {
        string assembly = Path.GetFullPath(compile.Assembly);
        lock (_gate)
        {
            if (_started.ContainsKey(assembly))
                return;
            Task<bool>[] before = [.. references.Where(_started.ContainsKey).Select(r => _started[r])];
            _unknownReferences[compile] = [.. references.Where(r => !_started.ContainsKey(r))];
            _order.Add(compile);
            _started[assembly] = Task.WhenAll(before).ContinueWith(done => RunAfter(compile, done.Result), TaskScheduler.Default).Unwrap();
        }
    }

    private async Task<bool> RunAfter(Compile compile, bool[] references)
    {
        if (references.Any(ok => !ok))
            return false;
        await _cores.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_abandoned)
                return false;
            string answer = SdkCompilerContext.CompileFunction(compile.CompilerDirectory)(compile.ArgumentsFile, Path.GetDirectoryName(compile.Project)!, compile.Project);
            if (answer is not (CSharpImageCompiler.Compiled or CSharpImageCompiler.UpToDate))
            {
                _errors[compile] = answer;
                return false;
            }

            _finished?.Invoke(compile, answer == CSharpImageCompiler.Compiled);
            return true;
        }
        catch (Exception e)
        {
            _errors[compile] = e is ToolchainException ? e.Message : $"{compile.Project}: the image compile stopped: {e.GetType().Name}: {e.Message}";
            return false;
        }
        finally
        {
            _cores.Release();
        }
    }

    private static string[] ReferencesOf(Compile compile) =>
        [.. File.ReadLines(compile.ArgumentsFile).Where(a => a.StartsWith(ReferenceArgument, StringComparison.Ordinal)).Select(a => Path.GetFullPath(a[ReferenceArgument.Length..]))];

    /// <summary>The compiles with their references, each after the compiles of what it references.</summary>
    private static List<(Compile Compile, string[] References)> ReferencesFirst(IReadOnlyList<Compile> compiles)
    {
        var byAssembly = compiles.ToDictionary(c => Path.GetFullPath(c.Assembly), StringComparer.Ordinal);
        var ordered = new List<(Compile, string[])>();
        var placed = new HashSet<Compile>();

        void Place(Compile compile, List<Compile> path)
        {
            if (placed.Contains(compile))
                return;
            if (path.Contains(compile))
                throw new ToolchainException("compile", $"{compile.Project}: its image compile references itself through {string.Join(" -> ", path.Append(compile).Select(p => Path.GetFileName(p.Project)))}");
            string[] references = ReferencesOf(compile);
            path.Add(compile);
            foreach (string reference in references)
            {
                if (byAssembly.TryGetValue(reference, out Compile? referenced))
                    Place(referenced, path);
            }

            path.RemoveAt(path.Count - 1);
            placed.Add(compile);
            ordered.Add((compile, references));
        }

        foreach (Compile compile in compiles)
            Place(compile, []);
        return ordered;
    }
}
