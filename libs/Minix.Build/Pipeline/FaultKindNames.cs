using Minix.Kernel.Calls;

namespace Minix.Build.Pipeline;

/// <summary>The names of Minix.Runtime's FaultKind values by number (the fault-hook contract), for hosts that
/// print them: Minix.Kernel's <see cref="RuntimeFaultKind"/> as strings. A test compares them with
/// Minix.Runtime/Minix/Runtime/FaultKind.cs.</summary>
public static class FaultKindNames
{
    /// <summary>Names by fault number (index 0 unused), from the one table the kernel prints them with.</summary>
    public static IReadOnlyList<string> ByNumber { get; } =
        Enumerable.Range(0, RuntimeFaultKind.Count).Select(kind => System.Text.Encoding.UTF8.GetString(RuntimeFaultKind.Name(kind))).ToList();

    /// <summary>The exit code a linux-run executable ends with after a fault.</summary>
    public const int FaultExitCode = 3;

    /// <summary>The exit code for arguments that do not fit the method.</summary>
    public const int UsageExitCode = 2;
}
