namespace Minix.DriverKit.Testing;

/// <summary>
/// Maps a host exception to what the image would report for the same failure: a CPU exception for the two the
/// host cannot raise for real (a wild write, an illegal instruction), else the runtime's fault kind.
/// </summary>
internal static class FaultKinds
{
    /// <summary>The page-fault vector.</summary>
    public const int PageFault = 14;

    /// <summary>The invalid-opcode vector.</summary>
    public const int InvalidOpcode = 6;

    /// <summary>
    /// Whether <paramref name="e"/> stands for a CPU exception: <see cref="AccessViolationException"/> is a page
    /// fault (a wild write; the address may travel in <c>Data["address"]</c> as a ulong), and
    /// <see cref="InvalidProgramException"/> is an invalid opcode (<c>ud2</c>).
    /// </summary>
    public static bool IsCpuException(Exception e, out int vector, out ulong address)
    {
        address = 0;
        vector = e switch
        {
            AccessViolationException => PageFault,
            InvalidProgramException => InvalidOpcode,
            _ => -1,
        };
        if (vector == PageFault && e.Data["address"] is ulong at)
            address = at;
        return vector >= 0;
    }

    public static int Of(Exception e) => e switch
    {
        OverflowException => 2,
        IndexOutOfRangeException => 3,
        DivideByZeroException => 4,
        NullReferenceException => 5,
        InvalidCastException => 6,
        ArrayTypeMismatchException => 7,
        OutOfMemoryException => 8,
        ArithmeticException => 9,
        InvalidOperationException => 10,
        NotImplementedException => 12,
        PlatformNotSupportedException => 13,
        NotSupportedException => 11,
        ArgumentNullException => 15,
        ArgumentOutOfRangeException => 16,
        ArgumentException => 14,
        FormatException => 17,
        _ => 1,
    };
}
