using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Minix.Docs.Checks;

/// <summary>
/// Checks that docfx.json's metadata section takes every package library under <c>libs/</c> (projects with
/// <c>&lt;MinixPackage&gt;true&lt;/MinixPackage&gt;</c>), that each was built with its XML documentation file, so the
/// API section documents every package users can add.
/// </summary>
public static class LibraryCoverageCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <param name="libraries">The libraries the metadata section takes.</param>
    /// <returns>The problems found.</returns>
    public static IEnumerable<DocIssue> Run(string repoRoot, IReadOnlyList<LibraryAssembly> libraries)
    {
        var issues = new List<DocIssue>();
        var taken = new HashSet<string>(libraries.Select(l => Path.GetFullPath(l.ProjectPath)), StringComparer.Ordinal);
        string libs = Path.Combine(repoRoot, "libs");
        if (Directory.Exists(libs))
        {
            foreach (string project in Directory.EnumerateFiles(libs, "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (File.ReadAllText(project).Contains("<MinixPackage>true</MinixPackage>", StringComparison.Ordinal) && !taken.Contains(Path.GetFullPath(project)))
                    issues.Add(new DocIssue(DocfxProject.FileName, 0, "package " + Path.GetFileNameWithoutExtension(project) + " is not in the metadata section, so its API is undocumented"));
            }
        }

        foreach (LibraryAssembly library in libraries)
        {
            if (library.AssemblyPath is null)
                issues.Add(new DocIssue(DocfxProject.FileName, 0, library.Name + " has not been built: build the solution before running the docs tests"));
            else if (library.XmlDocPath is null)
                issues.Add(new DocIssue(DocfxProject.FileName, 0, library.Name + " has no XML documentation file beside " + library.AssemblyPath + ": set GenerateDocumentationFile"));
        }

        return issues;
    }
}
