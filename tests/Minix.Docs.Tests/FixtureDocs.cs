using System.Collections.Generic;
using System.IO;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>
/// A throw-away docs folder for negative tests: a minimal docfx.json and toc, plus whatever files a test writes.
/// Deleted on dispose.
/// </summary>
public sealed class FixtureDocs : IDisposable
{
    /// <summary>The docfx.json every fixture starts with.</summary>
    public const string DefaultDocfxJson = """
        {
          "metadata": [ { "src": [ { "src": "../libs", "files": [ "**/*.csproj" ] } ], "dest": "api" } ],
          "build": {
            "content": [ { "files": [ "**/*.{md,yml}" ], "exclude": [ "_site/**" ] } ],
            "resource": [ { "files": [ "images/**" ] } ],
            "output": "_site"
          }
        }
        """;

    /// <summary>Creates the folder with docfx.json, index.md and a toc listing <c>page.md</c>.</summary>
    public FixtureDocs()
    {
        Root = Path.Combine(Path.GetTempPath(), "minix-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("docfx.json", DefaultDocfxJson);
        Write("index.md", "# Home\n");
        Write("toc.yml", "- name: Page\n  href: page.md\n");
    }

    /// <summary>The docs folder.</summary>
    public string Root { get; }

    /// <summary>Writes (or overwrites) a file.</summary>
    /// <param name="path">Docs-relative path.</param>
    /// <param name="text">Contents.</param>
    /// <returns>This fixture.</returns>
    public FixtureDocs Write(string path, string text)
    {
        string full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Loads the folder; fails the test if docfx.json cannot be read.</summary>
    /// <returns>The site.</returns>
    public DocSite Load()
    {
        var issues = new List<DocIssue>();
        DocSite? site = DocSite.Load(Root, issues);
        Assert.True(site is not null, string.Join("\n", issues));
        return site!;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
