using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Minix.DriverKit.Inventory;

/// <summary>
/// Turns a C# project into a Roslyn compilation the way the build sees it: <c>dotnet build -t:Build</c> with
/// <c>-getItem</c>/<c>-getProperty</c> yields the compiled files (generated ones included), the resolved references
/// and the compiler settings. The build runs in kernel placement with warnings not treated as errors, so a driver full
/// of dependencies still builds.
/// </summary>
public static class ProjectLoader
{
    /// <summary>Builds a project and creates its compilation.</summary>
    /// <param name="projectPath">The .csproj file.</param>
    /// <param name="buildArguments">Extra arguments for <c>dotnet build</c> (a configuration, <c>--no-dependencies</c>, ...).</param>
    /// <param name="cancellation">Cancels the build.</param>
    /// <returns>The project's name and compilation.</returns>
    /// <exception cref="InvalidOperationException">The build failed; the message holds its output.</exception>
    public static (string Name, CSharpCompilation Compilation) Load(string projectPath, IEnumerable<string>? buildArguments = null, CancellationToken cancellation = default)
    {
        var arguments = new List<string>
        {
            "build", projectPath, "-nologo", "-t:Build", "-p:MinixPlacement=Kernel", "-p:TreatWarningsAsErrors=false",
            "-getItem:Compile", "-getItem:ReferencePath",
            "-getProperty:AssemblyName", "-getProperty:LangVersion", "-getProperty:AllowUnsafeBlocks", "-getProperty:DefineConstants", "-getProperty:Nullable",
        };
        if (buildArguments != null)
            arguments.AddRange(buildArguments);
        string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        // The items and properties go to a file of their own: on the console they share the output with whatever the
        // build prints (a compiler warning after the JSON made it unreadable).
        string result = Path.GetTempFileName();
        string output;
        string text;
        try
        {
            arguments.Add("-getResultOutputFile:" + result);
            output = RunDotnet(arguments, projectDirectory, cancellation);
            text = File.ReadAllText(result);
        }
        finally
        {
            File.Delete(result);
        }

        if (text.IndexOf('{') < 0)
            throw new InvalidOperationException("dotnet build of " + projectPath + " gave no items and properties:\n" + output);
        using JsonDocument json = JsonDocument.Parse(text);
        JsonElement properties = json.RootElement.GetProperty("Properties");
        JsonElement items = json.RootElement.GetProperty("Items");

        var parseOptions = new CSharpParseOptions(
            LanguageVersionFacts.TryParse(Text(properties, "LangVersion"), out LanguageVersion version) ? version : LanguageVersion.Latest,
            preprocessorSymbols: Text(properties, "DefineConstants").Split(';', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries));
        var trees = new List<SyntaxTree>();
        foreach (JsonElement item in items.GetProperty("Compile").EnumerateArray())
        {
            string path = FullPath(item, projectDirectory);
            trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path, cancellationToken: cancellation));
        }

        var references = new List<MetadataReference>();
        foreach (JsonElement item in items.GetProperty("ReferencePath").EnumerateArray())
            references.Add(MetadataReference.CreateFromFile(FullPath(item, projectDirectory)));

        string name = Text(properties, "AssemblyName");
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            allowUnsafe: Text(properties, "AllowUnsafeBlocks").Equals("true", System.StringComparison.OrdinalIgnoreCase),
            nullableContextOptions: Text(properties, "Nullable").Equals("enable", System.StringComparison.OrdinalIgnoreCase) ? NullableContextOptions.Enable : NullableContextOptions.Disable);
        return (name, CSharpCompilation.Create(name, trees, references, options));
    }

    /// <summary>Runs the dotnet command line (the one running this process when it is dotnet itself).</summary>
    /// <param name="arguments">The arguments.</param>
    /// <param name="workingDirectory">Where to run it.</param>
    /// <param name="cancellation">Cancels the run.</param>
    /// <returns>Standard output and error together.</returns>
    public static string RunDotnet(IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync(cancellation);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string all = output + error.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException("dotnet " + string.Join(" ", arguments) + " exited with " + process.ExitCode + ":\n" + all);
        return all;
    }

    private static string DotnetPath()
    {
        string? host = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
            return host;
        string? process = System.Environment.ProcessPath;
        if (process != null && Path.GetFileNameWithoutExtension(process) == "dotnet")
            return process;
        return "dotnet";
    }

    private static string Text(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out JsonElement value) ? value.GetString() ?? "" : "";

    private static string FullPath(JsonElement item, string projectDirectory)
    {
        string identity = item.GetProperty("Identity").GetString() ?? "";
        return Path.GetFullPath(Path.IsPathRooted(identity) ? identity : Path.Combine(projectDirectory, identity));
    }
}
