using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Minix.Build.Pipeline;

/// <summary>
/// What an image compile read, what it answered and which compiles it ran, so that the next build with nothing changed
/// can answer without starting msbuild (about a second per start and several to evaluate a system's forty projects),
/// and one with only C# sources edited can run the same compiles without it.
/// </summary>
/// <remarks>
/// The record holds the generated project's hash, the time the run started, every file the compiles read (sources,
/// project files, package assets, the Directory.Build and package-version files above each project, Minix.Build's
/// targets and runtime), every folder of each project (a new source file changes its folder's time), and each
/// request's answer. It is current when the generated project is the same, no file or folder is newer than that start
/// or gone, and every answered assembly exists. An edit made while msbuild runs is newer than the start, so the next
/// build compiles again.
/// </remarks>
internal sealed class ImageCompileStamp
{
    private static readonly string[] FilesAbove = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config"];
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", ".vs"];

    private readonly string graphHash;
    private readonly DateTime started;
    private readonly List<string> files = [];
    private readonly List<string> folders = [];
    private readonly Dictionary<string, List<string>> results = new(StringComparer.Ordinal);
    private readonly List<ImageCompileSchedule.Compile> compiles = [];

    private ImageCompileStamp(string graphHash, DateTime started)
    {
        this.graphHash = graphHash;
        this.started = started;
    }

    /// <summary>The hash of a generated project's text, as the record keeps it.</summary>
    public static string Hash(string graphText) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(graphText)));

    /// <summary>How much of the last run still holds.</summary>
    public enum Freshness
    {
        /// <summary>No record, another generated project, or a project file, a folder or a package changed: msbuild must run.</summary>
        Gone,

        /// <summary>Nothing the compiles read changed and every answered assembly exists: nothing to do.</summary>
        Current,

        /// <summary>
        /// Only C# sources changed (none added, moved or deleted, which would change a folder): msbuild would write the
        /// same compile arguments, so the recorded compiles can run without it.
        /// </summary>
        SourcesEdited,
    }

    /// <summary>What the record says of the last run.</summary>
    public Freshness State { get; private set; }

    /// <summary>Per project, the image assemblies the last run answered.</summary>
    public IReadOnlyDictionary<string, List<string>> Answers => results;

    /// <summary>The compiles the last run ran (each assembly's arguments file).</summary>
    public IReadOnlyList<ImageCompileSchedule.Compile> Compiles => compiles;

    /// <summary>The record at <paramref name="file"/> for the same generated project, with its <see cref="State"/>; null if there is none.</summary>
    public static ImageCompileStamp? Read(string file, string graphText)
    {
        if (!File.Exists(file))
            return null;
        ImageCompileStamp? stamp = Parse(File.ReadAllLines(file));
        if (stamp is null || stamp.graphHash != Hash(graphText))
            return null;
        bool foldersKept = stamp.folders.All(d => Directory.Exists(d) && Directory.GetLastWriteTimeUtc(d) < stamp.started);
        if (!foldersKept)
            return stamp;
        // Changed: newer than the run's start, or gone.
        var changed = stamp.files.Where(f => !File.Exists(f) || File.GetLastWriteTimeUtc(f) >= stamp.started).ToList();
        if (changed.Count == 0 && stamp.results.Values.All(list => list.Count > 0 && list.All(File.Exists)))
            stamp.State = Freshness.Current;
        else if (stamp.compiles.Count > 0 && stamp.compiles.All(c => File.Exists(c.ArgumentsFile))
            && changed.All(f => File.Exists(f) && f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)))
            stamp.State = Freshness.SourcesEdited;
        return stamp;
    }

    /// <summary>Writes this record again for a run that started at <paramref name="runStarted"/> and compiled the same way.</summary>
    public void WriteAgain(string file, DateTime runStarted)
    {
        var renewed = new ImageCompileStamp(graphHash, runStarted);
        renewed.files.AddRange(files);
        renewed.folders.AddRange(folders);
        renewed.compiles.AddRange(compiles);
        foreach (var (project, assemblies) in results)
            renewed.results[project] = assemblies;
        renewed.Save(file);
    }

    /// <summary>Writes the record of a run that started at <paramref name="started"/> and succeeded.</summary>
    public static void Write(string file, string graphText, DateTime started, IEnumerable<string> inputs, IReadOnlyDictionary<string, List<string>> answers, IEnumerable<ImageCompileSchedule.Compile> compiles)
    {
        var stamp = new ImageCompileStamp(Hash(graphText), started);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The global usings file is written by the compile from the project file's items (which is listed): as an input
        // it would make the first build after any compile look changed.
        foreach (string input in inputs.Where(i => i.Length > 0 && !i.EndsWith(".GlobalUsings.g.cs", StringComparison.Ordinal)).Select(Path.GetFullPath))
        {
            if (seen.Add(input) && File.Exists(input))
                stamp.files.Add(input);
        }

        foreach (string project in seen.Where(f => f.EndsWith("proj", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            string directory = Path.GetDirectoryName(project)!;
            foreach (string folder in Folders(directory))
                stamp.folders.Add(folder);
            for (string? up = directory; up is not null; up = Path.GetDirectoryName(up))
            {
                foreach (string name in FilesAbove)
                {
                    string candidate = Path.Combine(up, name);
                    if (File.Exists(candidate) && seen.Add(candidate))
                        stamp.files.Add(candidate);
                }
            }
        }

        foreach (var (project, assemblies) in answers)
            stamp.results[project] = assemblies;
        stamp.compiles.AddRange(compiles);
        stamp.Save(file);
    }

    private void Save(string file)
    {
        string partial = file + ".partial";
        File.WriteAllLines(partial, Lines());
        File.Move(partial, file, overwrite: true);
    }

    private static IEnumerable<string> Folders(string directory)
    {
        yield return directory;
        IEnumerable<string> children;
        try
        {
            children = Directory.GetDirectories(directory);
        }
        catch (IOException)
        {
            yield break;
        }

        foreach (string child in children.Where(c => !SkippedFolders.Contains(Path.GetFileName(c), StringComparer.OrdinalIgnoreCase)))
        {
            foreach (string folder in Folders(child))
                yield return folder;
        }
    }

    private IEnumerable<string> Lines()
    {
        yield return "graph " + graphHash;
        yield return "started " + started.Ticks.ToString(CultureInfo.InvariantCulture);
        foreach (string f in files)
            yield return "file " + f;
        foreach (string d in folders.Distinct(StringComparer.Ordinal))
            yield return "folder " + d;
        foreach (var (project, assemblies) in results)
        {
            foreach (string assembly in assemblies)
                yield return "answer " + project + "\t" + assembly;
        }

        foreach (var c in compiles)
            yield return "compile " + string.Join('\t', c.Assembly, c.ArgumentsFile, c.Project, c.CompilerDirectory);
    }

    private static ImageCompileStamp? Parse(string[] lines)
    {
        if (lines.Length < 2 || !lines[0].StartsWith("graph ", StringComparison.Ordinal) || !lines[1].StartsWith("started ", StringComparison.Ordinal)
            || !long.TryParse(lines[1]["started ".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks))
            return null;
        var stamp = new ImageCompileStamp(lines[0]["graph ".Length..], new DateTime(ticks, DateTimeKind.Utc));
        foreach (string line in lines.Skip(2))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string kind = space < 0 ? line : line[..space];
            string rest = space < 0 ? "" : line[(space + 1)..];
            switch (kind)
            {
                case "file":
                    stamp.files.Add(rest);
                    break;
                case "folder":
                    stamp.folders.Add(rest);
                    break;
                case "answer" when rest.Split('\t') is [string project, string assembly]:
                    if (!stamp.results.TryGetValue(project, out List<string>? list))
                        stamp.results[project] = list = [];
                    list.Add(assembly);
                    break;
                case "compile" when rest.Split('\t') is [string assembly, string arguments, string project, string compiler]:
                    stamp.compiles.Add(new ImageCompileSchedule.Compile(assembly, arguments, project, compiler));
                    break;
                default:
                    return null;
            }
        }

        return stamp;
    }
}
