using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The repository's own docs and libraries, loaded once and shared by every test that checks them.</summary>
public sealed class RealDocs
{
    private static readonly Lazy<RealDocs> Shared = new(() => new RealDocs());

    private RealDocs()
    {
        RepoRoot = RepoPaths.Root;
        DocsRoot = Path.Combine(RepoRoot, "docs");
        Configuration = typeof(RealDocs).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

        var loadIssues = new List<DocIssue>();
        Site = DocSite.Load(DocsRoot, loadIssues);
        if (Site is not null)
        {
            loadIssues.AddRange(Site.LoadIssues);
            var libraryIssues = new List<DocIssue>();
            Libraries = LibraryAssembly.FindAll(Site, Configuration, AppContext.BaseDirectory, libraryIssues);
            LibraryIssues = libraryIssues;
        }

        LoadIssues = loadIssues;
        Platform = CompilationReferences.Platform();
        LibraryReferences = CompilationReferences.Libraries(Libraries);
        int libraryCount = Libraries.Count(l => l.AssemblyPath is not null);
        Api = ApiSurface.From(CompilationReferences.Symbols(LibraryReferences.Take(libraryCount).ToList(), Platform.Concat(LibraryReferences.Skip(libraryCount))));
        var platformUids = new PlatformUids(Platform);
        Uids = new UidIndex(Api.Uids, platformUids.Contains);
        // Snippets see the libraries the test project references (they sit beside the tests), and their dependencies.
        var besideTests = Libraries.Where(l => l.AssemblyPath is not null && File.Exists(Path.Combine(AppContext.BaseDirectory, l.Name + ".dll")));
        // Tutorials show unit tests too, so xunit's assemblies (beside these tests) are available to snippets.
        var xunit = new[] { "xunit.assert.dll", "xunit.core.dll", "xunit.abstractions.dll" }
            .Select(f => Path.Combine(AppContext.BaseDirectory, f))
            .Where(File.Exists)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
        Compiler = new SnippetCompiler(Platform.Concat(CompilationReferences.Libraries(besideTests)).Concat(xunit));
    }

    /// <summary>The instance.</summary>
    public static RealDocs Instance => Shared.Value;

    /// <summary>The repository root.</summary>
    public string RepoRoot { get; }

    /// <summary>The docs folder.</summary>
    public string DocsRoot { get; }

    /// <summary>The configuration the tests were built in.</summary>
    public string Configuration { get; }

    /// <summary>The parsed docs, or null if docfx.json is unreadable.</summary>
    public DocSite? Site { get; }

    /// <summary>Problems loading docfx.json, toc files and pages.</summary>
    public IReadOnlyList<DocIssue> LoadIssues { get; }

    /// <summary>The libraries docfx.json's metadata takes.</summary>
    public IReadOnlyList<LibraryAssembly> Libraries { get; } = [];

    /// <summary>Problems finding them.</summary>
    public IReadOnlyList<DocIssue> LibraryIssues { get; } = [];

    /// <summary>The running .NET's assemblies.</summary>
    public IReadOnlyList<MetadataReference> Platform { get; }

    /// <summary>The libraries (with docs) and their dependencies.</summary>
    public IReadOnlyList<MetadataReference> LibraryReferences { get; }

    /// <summary>The libraries' public API.</summary>
    public ApiSurface Api { get; }

    /// <summary>API and base-library UIDs.</summary>
    public UidIndex Uids { get; }

    /// <summary>Compiles snippets against platform and libraries.</summary>
    public SnippetCompiler Compiler { get; }

    /// <summary>Fails the test with every issue listed, one a line, if there are any.</summary>
    /// <param name="issues">What a check found.</param>
    public static void AssertClean(IEnumerable<DocIssue> issues)
    {
        var list = issues.ToList();
        Assert.True(list.Count == 0, list.Count + " problem(s) in the docs:\n" + string.Join("\n", list));
    }
}
