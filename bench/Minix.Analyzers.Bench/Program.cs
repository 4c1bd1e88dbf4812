using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Minix.Analyzers.Bench;
using Minix.DriverKit.Analyzers;

// The Minix# analyzer's cost on a generated driver project, measured side by side in one run.
//   dotnet run -c Release --project bench/Minix.Analyzers.Bench [-- LINES ROUNDS] [--no-build]
// MINIX_BENCH_ONLY=ImageApiAnalyzer,... limits the Minix# analyzers measured (to find an expensive one).
// 1. In process, alternating on fresh compilations of the same sources (parse, bind, diagnose, emit):
//    the compiler alone; the compiler with a do-nothing analyzer (the analyzer driver's own cost, which every SDK build
//    pays for its built-in analyzers); and that plus every Minix# analyzer.
// 2. Real builds: `dotnet build` of the project with and without the analyzer referenced, alternating.
int lines = args.Length > 0 && int.TryParse(args[0], out int l) ? l : 10_000;
int rounds = args.Length > 1 && int.TryParse(args[1], out int r) ? r : 10;
bool builds = !args.Contains("--no-build");

List<(string Name, string Text)> files = DriverGenerator.Generate(lines);
var parse = new CSharpParseOptions(LanguageVersion.Latest);
MetadataReference[] references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "Minix.Ipc.dll" or "Minix.Kernel.dll" or "Minix.DriverKit.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .ToArray();
ImmutableArray<DiagnosticAnalyzer> minix = typeof(RuleIds).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .Where(a => Environment.GetEnvironmentVariable("MINIX_BENCH_ONLY") is not { Length: > 0 } only || only.Split(',').Contains(a.GetType().Name))
    .ToImmutableArray();
ImmutableArray<DiagnosticAnalyzer> floor = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer());
var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);

Console.WriteLine($"generated driver project: {files.Count} files, {DriverGenerator.CountLines(files)} lines; {minix.Length} Minix# analyzers; {rounds} rounds after 3 warm-ups");

var wall = new Dictionary<string, List<double>> { ["compiler"] = new(), ["floor"] = new(), ["minix"] = new() };
var cpu = new Dictionary<string, List<double>> { ["compiler"] = new(), ["floor"] = new(), ["minix"] = new() };
int reported = 0;
for (int round = -3; round < rounds; round++)
{
    (double Wall, double Cpu) compiler = Compile(ImmutableArray<DiagnosticAnalyzer>.Empty, out _);
    (double Wall, double Cpu) driver = Compile(floor, out _);
    (double Wall, double Cpu) all = Compile(floor.AddRange(minix), out int count);
    if (round < 0)
        continue;
    foreach ((string key, (double Wall, double Cpu) time) in new[] { ("compiler", compiler), ("floor", driver), ("minix", all) })
    {
        wall[key].Add(time.Wall);
        cpu[key].Add(time.Cpu);
    }

    reported = count;
}

Console.WriteLine($"in process, single-threaded, median of {rounds} (wall clock / CPU time of this process):");
Report("compiler alone", "compiler", null);
Report("+ analyzer driver (do-nothing)", "floor", "compiler");
Report($"+ Minix# analyzers ({reported} diagnostics)", "minix", "floor");
Console.WriteLine($"  Minix# analyzers over the driver floor: wall {Ratio(wall, "minix", "floor"):+0.0;-0.0}%, CPU {Ratio(cpu, "minix", "floor"):+0.0;-0.0}%;"
    + $" over the bare compiler: wall {Ratio(wall, "minix", "compiler"):+0.0;-0.0}%, CPU {Ratio(cpu, "minix", "compiler"):+0.0;-0.0}%");
Console.WriteLine($"  fastest round (least disturbed): compiler {cpu["compiler"].Min():F0} ms, floor {cpu["floor"].Min():F0} ms, Minix# {cpu["minix"].Min():F0} ms CPU"
    + $" => Minix# over the floor {(cpu["minix"].Min() - cpu["floor"].Min()) / cpu["floor"].Min() * 100:+0.0;-0.0}%");

void Report(string label, string key, string? over) =>
    Console.WriteLine($"  {label,-42} {BuildBench.Median(wall[key]),7:F0} ms / {BuildBench.Median(cpu[key]),7:F0} ms" + (over == null ? "" : $"   ({Ratio(wall, key, over):+0.0;-0.0}% / {Ratio(cpu, key, over):+0.0;-0.0}%)"));

static double Ratio(Dictionary<string, List<double>> times, string key, string over) => (BuildBench.Median(times[key]) - BuildBench.Median(times[over])) / BuildBench.Median(times[over]) * 100;

if (builds)
{
    (double without, double with) = BuildBench.Run(files, FindRoot(), Math.Max(3, rounds / 2));
    Console.WriteLine($"dotnet build (recompile), median of {Math.Max(3, rounds / 2)}:");
    Console.WriteLine($"  without the analyzer  {without,7:F0} ms");
    Console.WriteLine($"  with the analyzer     {with,7:F0} ms");
    Console.WriteLine($"  analyzer cost: {(with - without) / without * 100:+0.0;-0.0}% of the build (goal: under 5%)");
    double added = BuildBench.Median(wall["minix"]) - BuildBench.Median(wall["floor"]);
    Console.WriteLine($"  the in-process cost ({added:F0} ms) as a share of the build: {added / without * 100:+0.0;-0.0}%");
}

return 0;

(double Wall, double Cpu) Compile(ImmutableArray<DiagnosticAnalyzer> analyzers, out int diagnostics)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var trees = files.Select(x => CSharpSyntaxTree.ParseText(x.Text, parse, x.Name)).ToList();
    // One thread throughout, so CPU time measures work done rather than scheduling on a busy machine.
    Compilation compilation = CSharpCompilation.Create("Generated", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, concurrentBuild: false));
    diagnostics = 0;
    if (analyzers.IsEmpty)
    {
        if (compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            throw new InvalidOperationException(string.Join("\n", compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }
    else
    {
        var run = compilation.WithAnalyzers(analyzers, options);
        diagnostics = run.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id.StartsWith("MINIX", StringComparison.Ordinal));
        compilation = run.Compilation;
    }

    using var stream = new MemoryStream();
    compilation.Emit(stream);
    return (stopwatch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds);
}

static string FindRoot()
{
    for (string? directory = AppContext.BaseDirectory; directory != null; directory = Path.GetDirectoryName(directory))
    {
        if (File.Exists(Path.Combine(directory, "Minix.slnx")))
            return directory;
    }

    throw new InvalidOperationException("run the bench from inside the repository");
}
