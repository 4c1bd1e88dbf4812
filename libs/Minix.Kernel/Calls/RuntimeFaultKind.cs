namespace Minix.Kernel.Calls;

/// <summary>
/// The names of the image runtime's fault kinds: the number the fault hook traps with, which an
/// <see cref="ExitReport"/> of <see cref="ExitReason.Panic"/> carries in <see cref="ExitReport.Detail"/>. The names
/// are those of Minix.Runtime's <c>FaultKind</c> (a test compares the two), so the kernel's death line, the tools
/// and the docs all say <c>NullReference</c> where the runtime said 5.
/// </summary>
public static class RuntimeFaultKind
{
    /// <summary>One more than the highest kind (kind 0 is unused).</summary>
    public const int Count = 22;

    /// <summary>The name of fault kind <paramref name="kind"/>, e.g. <c>NullReference</c> for 5.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name, or <c>Unknown</c> for a number outside the table.</returns>
    public static ReadOnlySpan<byte> Name(int kind) => kind switch
    {
        1 => "Exception"u8,
        2 => "Overflow"u8,
        3 => "IndexOutOfRange"u8,
        4 => "DivideByZero"u8,
        5 => "NullReference"u8,
        6 => "InvalidCast"u8,
        7 => "ArrayTypeMismatch"u8,
        8 => "OutOfMemory"u8,
        9 => "Arithmetic"u8,
        10 => "InvalidOperation"u8,
        11 => "NotSupported"u8,
        12 => "NotImplemented"u8,
        13 => "PlatformNotSupported"u8,
        14 => "Argument"u8,
        15 => "ArgumentNull"u8,
        16 => "ArgumentOutOfRange"u8,
        17 => "Format"u8,
        18 => "FailFast"u8,
        19 => "FeatureMissing"u8,
        20 => "Hardware"u8,
        21 => "StackOverflow"u8,
        _ => "Unknown"u8,
    };
}
