using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// What the project tells the analyzer through MSBuild properties made compiler-visible by DriverKit's
/// build/Minix.DriverKit.props: <c>MinixPlacement</c> (User, the default, or Kernel), <c>MinixServiceName</c> (default:
/// the assembly name in lower case), <c>MinixRuntimeSubset</c> (<c>program</c> or <c>system</c>; default: program
/// for an executable, system otherwise), <c>MinixGarbageCollection</c> (a server that opts in to the collector) and
/// <c>IsTestProject</c> (test projects are not checked).
/// </summary>
public sealed class AnalyzerSettings
{
    private AnalyzerSettings(bool kernelPlacement, string serviceName, bool disabled, bool program, bool collected)
    {
        KernelPlacement = kernelPlacement;
        ServiceName = serviceName;
        Disabled = disabled;
        Program = program;
        CollectsGarbage = program || collected;
    }

    /// <summary>The MSBuild property that chooses the runtime subset the rules check against.</summary>
    public const string RuntimeSubsetProperty = "MinixRuntimeSubset";

    /// <summary>The MSBuild property with which a server or driver opts in to the garbage collector.</summary>
    public const string GarbageCollectionProperty = "MinixGarbageCollection";

    /// <summary>The MSBuild property that places the driver.</summary>
    public const string PlacementProperty = "MinixPlacement";

    /// <summary>The MSBuild property that names the service in system.conf.</summary>
    public const string ServiceNameProperty = "MinixServiceName";

    /// <summary>True when the driver is placed in the kernel (MINIX 2 style): dependencies are information, not warnings.</summary>
    public bool KernelPlacement { get; }

    /// <summary>The service's name in system.conf.</summary>
    public string ServiceName { get; }

    /// <summary>True in test projects: nothing is reported.</summary>
    public bool Disabled { get; }

    /// <summary>
    /// True for a user program, which has the whole runtime (catchable exceptions, interface dispatch, generic virtual
    /// methods, multi-dimensional arrays, a collector): the system-subset rules (MINIX102, MINIX105-MINIX108) are off.
    /// The kernel, drivers and servers keep the subset.
    /// </summary>
    public bool Program { get; }

    /// <summary>True when the process's heap is collected (a program, or a server that opted in): MINIX105 is off.</summary>
    public bool CollectsGarbage { get; }

    /// <summary>The severity of a dependency (A-E) finding under this placement.</summary>
    public DiagnosticSeverity DependencySeverity => KernelPlacement ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;

    /// <summary>Reads the settings of a compilation.</summary>
    /// <param name="options">The analyzer options.</param>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The settings.</returns>
    public static AnalyzerSettings Read(AnalyzerOptions options, Compilation compilation)
    {
        AnalyzerConfigOptions global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        bool kernel = Get(global, PlacementProperty).Trim().Equals("Kernel", System.StringComparison.OrdinalIgnoreCase);
        string name = Get(global, ServiceNameProperty).Trim();
        if (name.Length == 0)
            name = (compilation.AssemblyName ?? "").ToLowerInvariant();
        bool test = Get(global, "IsTestProject").Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase);
        string subset = Get(global, RuntimeSubsetProperty).Trim();
        bool executable = compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
        bool program = subset.Length == 0 ? executable && !kernel : subset.Equals("program", System.StringComparison.OrdinalIgnoreCase);
        bool collected = Get(global, GarbageCollectionProperty).Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase);
        return new AnalyzerSettings(kernel, name, test, program, collected);
    }

    /// <summary>Whether a source file is host-only (under a <c>Host/</c> folder, as the libraries lay out host/image pairs).</summary>
    /// <param name="tree">The file.</param>
    /// <returns>True if the image build leaves it out.</returns>
    public static bool IsHostOnly(SyntaxTree tree)
    {
        string path = tree.FilePath;
        return path.StartsWith("Host/", System.StringComparison.Ordinal) || path.StartsWith("Host\\", System.StringComparison.Ordinal)
            || path.IndexOf("/Host/", System.StringComparison.Ordinal) >= 0 || path.IndexOf("\\Host\\", System.StringComparison.Ordinal) >= 0;
    }

    private static string Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out string? value) && value != null ? value : "";
}
