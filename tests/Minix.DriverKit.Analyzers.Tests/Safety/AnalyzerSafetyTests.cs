using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Minix.DriverKit.Inventory;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// The analyzers must never throw (AD0001): every analyzer runs over every C# file of the repository (libs/,
/// samples/, tests/ with the edge-case corpus), one compilation per project, in both placements, with every
/// system.conf of the repository and a malformed one.
/// </summary>
public class AnalyzerSafetyTests
{
    public static IEnumerable<object[]> Placements => new[] { new object[] { "User" }, new object[] { "Kernel" } };

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task No_analyzer_throws_on_any_file_of_the_repository(string placement)
    {
        ImmutableArray<DiagnosticAnalyzer> analyzers = RuleCatalogTests.AllAnalyzers().ToImmutableArray();
        MetadataReference[] references = TestReferences.HostFramework("xunit.core.dll", "xunit.assert.dll", "xunit.abstractions.dll").Concat(TestReferences.Minix).ToArray();
        var failures = new List<string>();
        int files = 0;

        foreach (IGrouping<string, string> project in SourceFiles().GroupBy(ProjectOf))
        {
            var parse = new CSharpParseOptions(LanguageVersion.Preview);
            var trees = project.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), parse, f)).ToList();
            files += trees.Count;
            var compilation = CSharpCompilation.Create(
                Path.GetFileName(project.Key),
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
            var options = new AnalyzerOptions(AdditionalFiles(), new BuildPropertyOptions(new Dictionary<string, string>
            {
                ["MinixPlacement"] = placement,
                ["MinixServiceName"] = "printer",
            }));
            var run = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, diagnostic) => failures.Add(analyzer + " on " + project.Key + ": " + exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
            ImmutableArray<Diagnostic> diagnostics = await run.GetAllDiagnosticsAsync();
            failures.AddRange(diagnostics.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.ToString()));
        }

        Assert.True(files > 50, "only " + files + " files found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static IEnumerable<string> SourceFiles() =>
        new[] { "libs", "samples", "tests" }
            .Select(d => Repository.PathOf(d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    private static string ProjectOf(string file)
    {
        for (string? directory = Path.GetDirectoryName(file); directory != null && directory.Length >= Repository.Root.Length; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.EnumerateFiles(directory, "*.csproj").Any() || Path.GetFileName(directory) == "Corpus")
                return directory;
        }

        return Repository.Root;
    }

    private static ImmutableArray<AdditionalText> AdditionalFiles()
    {
        var files = Directory.EnumerateFiles(Repository.Root, "system.conf", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Select(f => (AdditionalText)new FileText(f, File.ReadAllText(f)))
            .ToList();
        files.Add(new FileText("/corpus/malformed/system.conf", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "malformed.system.conf.txt"))));
        files.Add(new FileText("/corpus/empty/system.conf", ""));
        return files.ToImmutableArray();
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText _text;

        public FileText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
