namespace Minix.Build.Pipeline;

/// <summary>The names of Minix.Runtime's FaultKind values by number (the fault-hook contract), for hosts that
/// print them. Kept in step with Minix.Runtime/Minix/Runtime/FaultKind.cs; a test compares the two.</summary>
public static class FaultKindNames
{
    /// <summary>Names by fault number (index 0 unused).</summary>
    public static IReadOnlyList<string> ByNumber { get; } = new[]
    {
        "Unknown", "Exception", "Overflow", "IndexOutOfRange", "DivideByZero", "NullReference", "InvalidCast",
        "ArrayTypeMismatch", "OutOfMemory", "Arithmetic", "InvalidOperation", "NotSupported", "NotImplemented",
        "PlatformNotSupported", "Argument", "ArgumentNull", "ArgumentOutOfRange", "Format", "FailFast",
        "FeatureMissing", "Hardware", "StackOverflow",
    };

    /// <summary>The exit code a linux-run executable ends with after a fault.</summary>
    public const int FaultExitCode = 3;

    /// <summary>The exit code for arguments that do not fit the method.</summary>
    public const int UsageExitCode = 2;
}
