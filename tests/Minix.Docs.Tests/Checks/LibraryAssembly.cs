using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Minix.Docs.Checks;

/// <summary>A library project the docs' API section comes from, and where its build output is.</summary>
/// <param name="Name">The assembly name (the project file's name).</param>
/// <param name="ProjectPath">The project file.</param>
/// <param name="AssemblyPath">The built assembly, or null if none was found.</param>
/// <param name="XmlDocPath">The compiler's XML documentation file beside it, or null.</param>
public sealed record LibraryAssembly(string Name, string ProjectPath, string? AssemblyPath, string? XmlDocPath)
{
    /// <summary>
    /// Finds the library projects docfx.json's metadata section takes, and their built assemblies: first beside the
    /// tests (the test project references the libraries), else in the project's own <c>bin/&lt;configuration&gt;</c>.
    /// </summary>
    /// <param name="site">The docs.</param>
    /// <param name="configuration">The build configuration to prefer (Release or Debug).</param>
    /// <param name="besideTests">The test assembly's folder.</param>
    /// <param name="issues">Receives metadata groups that match no project.</param>
    /// <returns>The libraries, in path order.</returns>
    public static IReadOnlyList<LibraryAssembly> FindAll(DocSite site, string configuration, string besideTests, List<DocIssue> issues)
    {
        var found = new List<LibraryAssembly>();
        foreach (FileGroup group in site.Project.MetadataSources)
        {
            string baseDir = Path.GetFullPath(Path.Combine(site.Root, group.Src));
            if (!Directory.Exists(baseDir))
            {
                issues.Add(new DocIssue(DocfxProject.FileName, 0, "metadata src '" + group.Src + "' does not exist"));
                continue;
            }

            var projects = Directory.EnumerateFiles(baseDir, "*.csproj", SearchOption.AllDirectories)
                .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
                .Where(p => group.MatchesInSrc(RepoPaths.Relative(baseDir, p)))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (projects.Count == 0)
                issues.Add(new DocIssue(DocfxProject.FileName, 0, "metadata src '" + group.Src + "' with files " + string.Join(", ", group.Files) + " matches no project"));
            foreach (string project in projects)
                found.Add(Locate(project, configuration, besideTests));
        }

        return found;
    }

    /// <summary>
    /// Finds the build output of one project: in the project's own <c>bin</c> folder (preferring
    /// <paramref name="configuration"/>, where the compiler also writes the XML docs), else beside the tests.
    /// </summary>
    /// <param name="projectPath">The project file.</param>
    /// <param name="configuration">The configuration to prefer.</param>
    /// <param name="besideTests">The test assembly's folder.</param>
    /// <returns>The library with whatever was found.</returns>
    public static LibraryAssembly Locate(string projectPath, string configuration, string besideTests)
    {
        string name = Path.GetFileNameWithoutExtension(projectPath);
        string bin = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin");
        string? dll = Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, name + ".dll", SearchOption.AllDirectories)
                .Where(p => !p.Contains("/ref/", StringComparison.Ordinal) && !p.Contains("/refint/", StringComparison.Ordinal))
                .OrderByDescending(p => p.Contains("/" + configuration + "/", StringComparison.Ordinal))
                .ThenByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
        if (dll is null && File.Exists(Path.Combine(besideTests, name + ".dll")))
            dll = Path.Combine(besideTests, name + ".dll");

        string? xml = dll is null ? null : Path.ChangeExtension(dll, ".xml");
        return new LibraryAssembly(name, projectPath, dll, xml is not null && File.Exists(xml) ? xml : null);
    }
}
