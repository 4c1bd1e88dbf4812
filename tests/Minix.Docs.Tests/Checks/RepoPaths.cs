using System.IO;

namespace Minix.Docs.Checks;

/// <summary>Finds the repository the tests run in, wherever the test assembly was built to.</summary>
public static class RepoPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFile = "Minix.slnx";

    /// <summary>Walks up from <paramref name="start"/> to the first folder that holds <see cref="SolutionFile"/>.</summary>
    /// <param name="start">Where to start, normally the test assembly's folder.</param>
    /// <returns>The repository root.</returns>
    /// <exception cref="DirectoryNotFoundException">No folder above <paramref name="start"/> holds the solution file.</exception>
    public static string FindRoot(string start)
    {
        for (DirectoryInfo? dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException("no folder above '" + start + "' holds " + SolutionFile);
    }

    /// <summary>The root of the repository these tests were built from.</summary>
    public static string Root => FindRoot(AppContext.BaseDirectory);

    /// <summary>The DocFX project folder, <c>docs/</c>.</summary>
    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>A path relative to <paramref name="root"/>, with forward slashes.</summary>
    /// <param name="root">The base folder.</param>
    /// <param name="path">A full path.</param>
    /// <returns>The relative path.</returns>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
