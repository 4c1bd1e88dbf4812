using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.Docs.Checks;

/// <summary>
/// Finds the Minix analyzer and reads its rules. The rule-page check is active exactly when the analyzer project
/// exists in the repository; once it does, its built assembly must be found and every descriptor it declares needs a page.
/// </summary>
public static class AnalyzerRules
{
    /// <summary>The analyzer project's name (and assembly name).</summary>
    public const string ProjectName = "Minix.DriverKit.Analyzers";

    /// <summary>The analyzer project file, if the repository has one.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <returns>The project path, or null while the analyzer does not exist yet.</returns>
    public static string? FindProject(string repoRoot)
    {
        string path = Path.Combine(repoRoot, "libs", ProjectName, ProjectName + ".csproj");
        return File.Exists(path) ? path : null;
    }

    /// <summary>The analyzer's built assembly: beside the tests, else in its project's bin folder (preferring <paramref name="configuration"/>).</summary>
    /// <param name="projectPath">The analyzer project.</param>
    /// <param name="configuration">Release or Debug.</param>
    /// <param name="besideTests">The test assembly's folder.</param>
    /// <returns>The assembly path, or null if it was not built.</returns>
    public static string? FindAssembly(string projectPath, string configuration, string besideTests) =>
        LibraryAssembly.Locate(projectPath, configuration, besideTests).AssemblyPath;

    /// <summary>Loads an analyzer assembly in its own load context and reads every descriptor its analyzers support.</summary>
    /// <param name="assemblyPath">The analyzer assembly.</param>
    /// <returns>The descriptors, sorted by id (one per id).</returns>
    public static IReadOnlyList<RuleDescriptor> Load(string assemblyPath)
    {
        var context = new AnalyzerLoadContext(assemblyPath);
        Assembly assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).Select(t => t!).ToArray();
        }

        var rules = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (Type type in types)
        {
            if (type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type) || type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is null)
                continue;
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                rules.TryAdd(descriptor.Id, new RuleDescriptor(
                    descriptor.Id,
                    descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    descriptor.HelpLinkUri ?? ""));
            }
        }

        return rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Loads the analyzer and its private dependencies from its folder; Roslyn itself comes from the test host.</summary>
    private sealed class AnalyzerLoadContext(string assemblyPath) : AssemblyLoadContext("analyzer:" + assemblyPath, isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || name.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.Name.StartsWith("System.", StringComparison.Ordinal))
                return null;
            string candidate = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!, name.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
