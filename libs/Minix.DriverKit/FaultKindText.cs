namespace Minix.DriverKit;

/// <summary>
/// Words for the runtime fault kinds a process ends with (the number the kernel reports in an exit report is the
/// image runtime's fault kind). The kernel only reports the number; servers say what it means.
/// </summary>
public static class FaultKindText
{
    /// <summary>What fault kind <paramref name="kind"/> means, e.g. "null reference" for 5.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its words, or "runtime failure" for a number outside the table.</returns>
    public static ReadOnlySpan<byte> Describe(int kind) => kind switch
    {
        1 => "exception thrown"u8,
        2 => "arithmetic overflow"u8,
        3 => "index out of range"u8,
        4 => "divide by zero"u8,
        5 => "null reference"u8,
        6 => "invalid cast"u8,
        7 => "array type mismatch"u8,
        8 => "out of memory"u8,
        9 => "arithmetic error"u8,
        10 => "invalid operation"u8,
        11 => "not supported"u8,
        12 => "not implemented"u8,
        13 => "platform not supported"u8,
        14 => "bad argument"u8,
        15 => "null argument"u8,
        16 => "argument out of range"u8,
        17 => "bad format"u8,
        18 => "fail-fast"u8,
        19 => "feature missing from the image runtime"u8,
        20 => "hardware fault"u8,
        21 => "stack overflow"u8,
        _ => "runtime failure"u8,
    };
}
