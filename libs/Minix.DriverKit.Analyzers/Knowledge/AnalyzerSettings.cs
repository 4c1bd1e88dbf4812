using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// What the project tells the analyzer through MSBuild properties made compiler-visible by DriverKit's
/// build/Minix.DriverKit.props: <c>MinixPlacement</c> (User, the default, or Kernel), <c>MinixServiceName</c> (default:
/// the assembly name in lower case) and <c>IsTestProject</c> (test projects are not checked).
/// </summary>
public sealed class AnalyzerSettings
{
    private AnalyzerSettings(bool kernelPlacement, string serviceName, bool disabled)
    {
        KernelPlacement = kernelPlacement;
        ServiceName = serviceName;
        Disabled = disabled;
    }

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
        return new AnalyzerSettings(kernel, name, test);
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
