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
/// arguments; a reference compiled again is newer, so what uses it compiles again too.
/// </remarks>
internal static class ImageCompileSchedule
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

    /// <summary>Runs every compile that is stale, references first.</summary>
    /// <param name="compiles">The compiles (each assembly once).</param>
    /// <param name="failed">What the error says first if a compile fails ("image compile of X failed").</param>
    /// <param name="finished">Called as each ends without error (on a thread of its own), with whether it compiled (false: up to date), or null.</param>
    /// <exception cref="ToolchainException">A compile failed: <paramref name="failed"/>, then the errors, one per line, in the order of <paramref name="compiles"/>.</exception>
    public static void Run(IReadOnlyList<Compile> compiles, string failed, Action<Compile, bool>? finished = null)
    {
        var byAssembly = compiles.ToDictionary(c => c.Assembly, StringComparer.Ordinal);
        var errors = new ConcurrentDictionary<Compile, string>();
        var started = new Dictionary<Compile, Task<bool>>();
        using var cores = new SemaphoreSlim(Environment.ProcessorCount);

        Task<bool> Start(Compile compile, HashSet<Compile> path)
        {
            if (started.TryGetValue(compile, out Task<bool>? known))
                return known;
            if (!path.Add(compile))
                throw new ToolchainException("compile", $"{compile.Project}: its image compile references itself through {string.Join(" -> ", path.Select(p => Path.GetFileName(p.Project)))}");
            var references = File.ReadLines(compile.ArgumentsFile)
                .Where(a => a.StartsWith(ReferenceArgument, StringComparison.Ordinal))
                .Select(a => byAssembly.GetValueOrDefault(a[ReferenceArgument.Length..]))
                .OfType<Compile>()
                .Select(r => Start(r, path))
                .ToArray();
            path.Remove(compile);
            var task = Task.WhenAll(references).ContinueWith(
                async done =>
                {
                    if (done.Result.Any(ok => !ok))
                        return false;
                    await cores.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        string answer = SdkCompilerContext.CompileFunction(compile.CompilerDirectory)(compile.ArgumentsFile, Path.GetDirectoryName(compile.Project)!, compile.Project);
                        if (answer is not (CSharpImageCompiler.Compiled or CSharpImageCompiler.UpToDate))
                        {
                            errors[compile] = answer;
                            return false;
                        }

                        finished?.Invoke(compile, answer == CSharpImageCompiler.Compiled);
                        return true;
                    }
                    catch (Exception e)
                    {
                        errors[compile] = e is ToolchainException ? e.Message : $"{compile.Project}: the image compile stopped: {e.GetType().Name}: {e.Message}";
                        return false;
                    }
                    finally
                    {
                        cores.Release();
                    }
                },
                TaskScheduler.Default).Unwrap();
            started[compile] = task;
            return task;
        }

        var all = compiles.Select(c => Start(c, [])).ToArray();
        Task.WaitAll(all);
        if (!errors.IsEmpty)
            throw ProjectImageCompiler.CompileFailure(failed, compiles.Where(errors.ContainsKey).SelectMany(c => errors[c].Split('\n')).Distinct());
    }
}
