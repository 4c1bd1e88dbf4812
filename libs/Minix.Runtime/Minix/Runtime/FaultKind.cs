namespace Minix.Runtime;

/// <summary>
/// Why image code stopped. The number is what the runtime passes to the fault hook (<c>minix_fault</c>), so the
/// values are a contract with every target: never renumber them.
/// </summary>
public enum FaultKind
{
    /// <summary>A thrown exception of a type with no more specific kind (a user exception class).</summary>
    Exception = 1,
    /// <summary>A checked operation overflowed (<see cref="System.OverflowException"/>).</summary>
    Overflow = 2,
    /// <summary>An index outside an array's or span's bounds.</summary>
    IndexOutOfRange = 3,
    /// <summary>An integer division by zero.</summary>
    DivideByZero = 4,
    /// <summary>A null dereference.</summary>
    NullReference = 5,
    /// <summary>A failed cast.</summary>
    InvalidCast = 6,
    /// <summary>A wrong-typed store into a covariant array.</summary>
    ArrayTypeMismatch = 7,
    /// <summary>The heap is exhausted.</summary>
    OutOfMemory = 8,
    /// <summary><see cref="System.ArithmeticException"/>.</summary>
    Arithmetic = 9,
    /// <summary><see cref="System.InvalidOperationException"/>.</summary>
    InvalidOperation = 10,
    /// <summary><see cref="System.NotSupportedException"/>.</summary>
    NotSupported = 11,
    /// <summary><see cref="System.NotImplementedException"/>.</summary>
    NotImplemented = 12,
    /// <summary><see cref="System.PlatformNotSupportedException"/>.</summary>
    PlatformNotSupported = 13,
    /// <summary><see cref="System.ArgumentException"/>.</summary>
    Argument = 14,
    /// <summary><see cref="System.ArgumentNullException"/>.</summary>
    ArgumentNull = 15,
    /// <summary><see cref="System.ArgumentOutOfRangeException"/>.</summary>
    ArgumentOutOfRange = 16,
    /// <summary><see cref="System.FormatException"/>.</summary>
    Format = 17,
    /// <summary>The runtime found an inconsistency it cannot continue from (fail-fast).</summary>
    FailFast = 18,
    /// <summary>Code the compiler replaced because a feature is missing from the image runtime.</summary>
    FeatureMissing = 19,
    /// <summary>A hardware fault the target could not attribute more precisely (for example a stray page fault).</summary>
    Hardware = 20,
    /// <summary>The stack is exhausted (the linux-run target sees its guard page hit).</summary>
    StackOverflow = 21,
}
