using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.CSharp;

namespace Minix.DriverKit.Inventory;

/// <summary>
/// <c>minix deps &lt;project or assembly&gt;</c>: prints a driver's kernel dependencies by category and functional class.
/// A project (a .csproj, or a folder holding exactly one) is built and analyzed in kernel placement; a .dll or .exe is
/// read from its IL.
/// </summary>
public static class DepsCommand
{
    /// <summary>Runs the command, the table and any error on <paramref name="output"/>.</summary>
    /// <param name="path">A .csproj, a project folder, or a built .dll/.exe.</param>
    /// <param name="output">Where the table (or the error) goes.</param>
    /// <returns>0 on success, 1 on failure, 2 for a path it cannot use.</returns>
    public static int Run(string path, TextWriter output) => Run(path, output, output, null);

    /// <summary>Runs the command with extra <c>dotnet build</c> arguments for projects (a configuration, <c>--no-dependencies</c>).</summary>
    /// <param name="path">A .csproj, a project folder, or a built .dll/.exe.</param>
    /// <param name="output">Where the table (or the error) goes.</param>
    /// <param name="buildArguments">Extra build arguments, or null.</param>
    /// <returns>0 on success, 1 on failure, 2 for a path it cannot use.</returns>
    public static int Run(string path, TextWriter output, IEnumerable<string>? buildArguments) => Run(path, output, output, buildArguments);

    /// <summary>Runs the command as a command-line tool does: the table on <paramref name="output"/>, errors on <paramref name="errors"/>.</summary>
    /// <param name="path">A .csproj, a project folder, or a built .dll/.exe.</param>
    /// <param name="output">Where the table goes (standard output).</param>
    /// <param name="errors">Where an error goes (standard error), so a table piped on is never mixed with one.</param>
    /// <param name="buildArguments">Extra build arguments, or null.</param>
    /// <returns>0 on success, 1 on failure, 2 for a path it cannot use.</returns>
    public static int Run(string path, TextWriter output, TextWriter errors, IEnumerable<string>? buildArguments)
    {
        try
        {
            DependencyInventory? inventory = Inventory(path, buildArguments, errors);
            if (inventory == null)
                return 2;
            DependencyTable.Write(inventory, output);
            return 0;
        }
        catch (System.Exception error) when (error is IOException or System.InvalidOperationException or System.BadImageFormatException or System.UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            errors.WriteLine("minix deps: " + path + ": " + Describe(path, error));
            return 1;
        }
    }

    // The metadata reader's messages ("Unknown file format.", "PE image does not have metadata.") name neither the file
    // nor what was expected: for an assembly path they say it is none.
    private static string Describe(string path, System.Exception error)
    {
        bool assembly = path.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase) || path.EndsWith(".exe", System.StringComparison.OrdinalIgnoreCase);
        return assembly && error is System.BadImageFormatException or System.InvalidOperationException ? "not a .NET assembly (" + error.Message + ")" : error.Message;
    }

    /// <summary>Builds the inventory of a project or assembly.</summary>
    /// <param name="path">A .csproj, a project folder, or a built .dll/.exe.</param>
    /// <param name="buildArguments">Extra build arguments, or null.</param>
    /// <param name="errors">Where to say why a path cannot be used.</param>
    /// <returns>The inventory, or null if the path is neither.</returns>
    public static DependencyInventory? Inventory(string path, IEnumerable<string>? buildArguments, TextWriter errors)
    {
        string? project = path;
        if (Directory.Exists(path))
        {
            string[] projects = Directory.GetFiles(path, "*.csproj");
            if (projects.Length != 1)
            {
                errors.WriteLine("minix deps: " + path + " holds " + projects.Length + " project files; name one");
                return null;
            }

            project = projects[0];
        }

        string extension = Path.GetExtension(project).ToLowerInvariant();
        if (!File.Exists(project) || extension is not (".csproj" or ".dll" or ".exe"))
        {
            errors.WriteLine("minix deps: expected a .csproj, a project folder or a built .dll, got " + path);
            return null;
        }

        if (extension == ".csproj")
        {
            (string name, CSharpCompilation compilation) = ProjectLoader.Load(project, buildArguments);
            return DependencyInventory.FromCompilationAsync(name, compilation).GetAwaiter().GetResult();
        }

        return AssemblyScanner.Scan(project);
    }
}
