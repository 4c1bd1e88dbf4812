namespace Minix.DriverKit.Testing;

/// <summary>Maps a host exception to the fault kind the image runtime would report for the same failure.</summary>
internal static class FaultKinds
{
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
