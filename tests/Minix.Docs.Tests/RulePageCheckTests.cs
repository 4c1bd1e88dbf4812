using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The rule-page check with fake descriptor sets, and the analyzer loader with a fake analyzer assembly.</summary>
public sealed class RulePageCheckTests
{
    private static readonly RuleDescriptor[] TwoRules =
    [
        new("MINIX001", "Driver uses a kernel symbol", "https://example.org/docs/rules/MINIX001.html"),
        new("MINIX005", "Driver does port I/O itself", ""),
    ];

    private static FixtureDocs WithRulePages(params string[] ids)
    {
        var docs = new FixtureDocs().Write("page.md", "# Page\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Rules\n  href: rules/\n");
        string toc = "- name: Overview\n  href: index.md\n";
        docs.Write("rules/index.md", "# Analyzer rules\n");
        foreach (string id in ids)
        {
            docs.Write("rules/" + id + ".md", "# " + id + ": a rule\n");
            toc += "- name: " + id + "\n  href: " + id + ".md\n";
        }

        return docs.Write("rules/toc.yml", toc);
    }

    [Fact]
    public void EveryRuleWithAListedPagePasses()
    {
        using FixtureDocs docs = WithRulePages("MINIX001", "MINIX005");

        Assert.Empty(RulePageCheck.Run(docs.Load(), TwoRules));
    }

    [Fact]
    public void MissingRulePageFails()
    {
        using FixtureDocs docs = WithRulePages("MINIX001");

        DocIssue issue = Assert.Single(RulePageCheck.Run(docs.Load(), TwoRules));
        Assert.Equal("rules/MINIX005.md", issue.File);
        Assert.Contains("has no page", issue.Message);
    }

    [Fact]
    public void PageForAnUndeclaredRuleFails()
    {
        using FixtureDocs docs = WithRulePages("MINIX001", "MINIX005", "MINIX009");

        Assert.Contains("does not declare", Assert.Single(RulePageCheck.Run(docs.Load(), TwoRules)).Message);
    }

    [Fact]
    public void UnlistedPageAndWrongTitleFail()
    {
        using FixtureDocs docs = WithRulePages("MINIX001");
        docs.Write("rules/MINIX005.md", "# Port I/O\n");

        var messages = RulePageCheck.Run(docs.Load(), TwoRules).Select(i => i.Message).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("not listed"));
        Assert.Contains(messages, m => m.Contains("title must name"));
    }

    [Fact]
    public void HelpLinkToAnotherPageFails()
    {
        using FixtureDocs docs = WithRulePages("MINIX001");

        RuleDescriptor[] rules = [new("MINIX001", "Driver uses a kernel symbol", "https://example.org/docs/rules/MINIX002.html")];
        Assert.Contains("help link", Assert.Single(RulePageCheck.Run(docs.Load(), rules)).Message);
    }

    [Fact]
    public void DescriptorsAreReadFromAnAnalyzerAssemblyAndAMissingPageFails()
    {
        string dir = Path.Combine(Path.GetTempPath(), "minix-analyzer-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string assembly = Path.Combine(dir, "Fake.Analyzers.dll");
            EmitFakeAnalyzer(assembly);

            var rules = AnalyzerRules.Load(assembly);
            Assert.Equal(["MINIX001", "MINIX102"], rules.Select(r => r.Id));

            using FixtureDocs docs = WithRulePages("MINIX001");
            DocIssue issue = Assert.Single(RulePageCheck.Run(docs.Load(), rules));
            Assert.Equal("rules/MINIX102.md", issue.File);
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // The load context may still hold the file; a leftover temp folder is harmless.
            }
            catch (System.UnauthorizedAccessException)
            {
            }
        }
    }

    [Fact]
    public void TheCheckActivatesOnlyWithTheAnalyzerProject()
    {
        using var repo = new FixtureDocs();
        Assert.Null(AnalyzerRules.FindProject(repo.Root));

        repo.Write("libs/" + AnalyzerRules.ProjectName + "/" + AnalyzerRules.ProjectName + ".csproj", "<Project />");
        Assert.NotNull(AnalyzerRules.FindProject(repo.Root));
    }

    private static void EmitFakeAnalyzer(string path)
    {
        const string Source = """
            using System.Collections.Immutable;
            using Microsoft.CodeAnalysis;
            using Microsoft.CodeAnalysis.Diagnostics;

            [DiagnosticAnalyzer(LanguageNames.CSharp)]
            public sealed class FakeRules : DiagnosticAnalyzer
            {
                private static readonly DiagnosticDescriptor KernelSymbol = new("MINIX001", "Driver uses a kernel symbol", "m", "Placement", DiagnosticSeverity.Error, true, helpLinkUri: "https://example.org/rules/MINIX001.html");
                private static readonly DiagnosticDescriptor NoGc = new("MINIX102", "Allocation after start-up", "m", "SystemCSharp", DiagnosticSeverity.Warning, true);
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(KernelSymbol, NoGc);
                public override void Initialize(AnalysisContext context) { }
            }
            """;
        var references = CompilationReferences.Platform()
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(System.Collections.Immutable.ImmutableArray).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Fake.Analyzers",
            [CSharpSyntaxTree.ParseText(Source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
