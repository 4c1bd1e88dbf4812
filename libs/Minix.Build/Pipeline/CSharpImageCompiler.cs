using System.Collections.Concurrent;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Minix.Build.Pipeline;

/// <summary>
/// One image compile in this process: the arguments the SDK's Csc task would pass to csc, parsed and compiled by the
/// SDK's own Roslyn, written as csc writes them (the same bytes: assembly, portable PDB and its path, version resource).
/// </summary>
/// <remarks>
/// This class runs only inside <see cref="SdkCompilerContext"/>, where Microsoft.CodeAnalysis is the SDK's compiler
/// (the one `dotnet build` uses, so the image and the host compile the same language); it is built against an older
/// Roslyn package whose API the SDK's keeps. Its methods take and return only strings, which both contexts share.
/// A csc process costs about a second to start and warm up; here a small program compiles in tens of milliseconds,
/// and the assemblies every project references are read once.
/// </remarks>
internal static class CSharpImageCompiler
{
    /// <summary>What <see cref="Compile"/> returns when the assembly is newer than everything it is made from.</summary>
    public const string UpToDate = "up-to-date";

    /// <summary>What <see cref="Compile"/> returns when it compiled and wrote the assembly.</summary>
    public const string Compiled = "compiled";

    // One reference per file, read again only when the file changes (a test process builds many images).
    private static readonly ConcurrentDictionary<string, (DateTime Written, long Length, MetadataReference Reference)> References = new(StringComparer.Ordinal);

    /// <summary>
    /// Compiles, unless the output is newer than every source, reference and the arguments file.
    /// </summary>
    /// <param name="argumentsFile">The compile's arguments, one per line, as the Csc task produced them.</param>
    /// <param name="projectDirectory">The folder relative source paths are read against (the project's).</param>
    /// <param name="projectFile">The project, named after each error as MSBuild names it.</param>
    /// <returns><see cref="UpToDate"/>, <see cref="Compiled"/>, or the errors, one per line in csc's form
    /// (<c>path(line,col): error CS0000: message [project]</c>).</returns>
    public static string Compile(string argumentsFile, string projectDirectory, string projectFile)
    {
        string[] arguments = File.ReadAllLines(argumentsFile);
        CSharpCommandLineArguments parsed = CSharpCommandLineParser.Default.Parse(arguments, projectDirectory, sdkDirectory: null);
        string suffix = $" [{projectFile}]";
        if (parsed.Errors.Any(e => e.Severity == DiagnosticSeverity.Error))
            return string.Join('\n', parsed.Errors.Where(e => e.Severity == DiagnosticSeverity.Error).Select(e => $"{argumentsFile}: {e}{suffix}"));
        string output = Path.Combine(parsed.OutputDirectory, parsed.OutputFileName ?? throw new InvalidDataException($"{argumentsFile}: no /out: argument"));
        string? pdb = parsed.EmitPdb ? parsed.PdbPath ?? Path.ChangeExtension(output, ".pdb") : null;
        var references = parsed.MetadataReferences.Select(r => Path.GetFullPath(r.Reference, projectDirectory)).ToList();
        var sources = parsed.SourceFiles.Select(s => s.Path).ToList();
        if (IsUpToDate(output, pdb, sources.Concat(references).Append(argumentsFile)))
            return UpToDate;
        if (sources.Where(s => !File.Exists(s)).ToList() is { Count: > 0 } missing)
            return string.Join('\n', missing.Select(s => $"error CS2001: Source file '{s}' could not be found.{suffix}"));

        var trees = new SyntaxTree[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            using FileStream stream = File.OpenRead(sources[i]);
            trees[i] = CSharpSyntaxTree.ParseText(SourceText.From(stream, parsed.Encoding, parsed.ChecksumAlgorithm), parsed.ParseOptions, sources[i]);
        });
        var compilation = CSharpCompilation.Create(parsed.CompilationName, trees, references.Select(Reference), parsed.CompilationOptions);

        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        using Stream resources = compilation.CreateDefaultWin32Resources(versionResource: true, noManifest: parsed.NoWin32Manifest, manifestContents: null, iconInIcoFormat: null);
        var emitOptions = pdb is null ? parsed.EmitOptions : parsed.EmitOptions.WithPdbFilePath(pdb);
        var result = compilation.Emit(assembly, pdb is null ? null : symbols, win32Resources: resources, options: emitOptions);
        if (!result.Success)
            return string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d + suffix));

        // Whole files or none: an interrupted build leaves the last good assembly, never half of one.
        WriteWhole(output, assembly);
        if (pdb is not null)
            WriteWhole(pdb, symbols);
        return Compiled;
    }

    private static bool IsUpToDate(string output, string? pdb, IEnumerable<string> inputs)
    {
        if (!File.Exists(output) || (pdb is not null && !File.Exists(pdb)))
            return false;
        DateTime written = File.GetLastWriteTimeUtc(output);
        return inputs.All(input => File.Exists(input) && File.GetLastWriteTimeUtc(input) <= written);
    }

    private static MetadataReference Reference(string path)
    {
        var info = new FileInfo(path);
        var known = References.AddOrUpdate(
            path,
            p => (info.LastWriteTimeUtc, info.Length, MetadataReference.CreateFromFile(p)),
            (p, old) => old.Written == info.LastWriteTimeUtc && old.Length == info.Length ? old : (info.LastWriteTimeUtc, info.Length, MetadataReference.CreateFromFile(p)));
        return known.Reference;
    }

    private static void WriteWhole(string path, MemoryStream contents)
    {
        string partial = path + ".partial";
        using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write))
            contents.WriteTo(file);
        File.Move(partial, path, overwrite: true);
    }
}
