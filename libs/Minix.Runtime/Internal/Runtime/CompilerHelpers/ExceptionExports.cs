using System;
using System.Runtime;
using Minix.Runtime;

namespace Internal.Runtime.CompilerHelpers;

// throw, rethrow and fail-fast: each ends the process through the fault hook (there is no unwinder).
internal static unsafe class ExceptionExports
{
    [RuntimeExport("RhpThrowEx")]
    public static void RhpThrowEx(Exception exception)
    {
        if (exception is null)
            Fault.Raise(FaultKind.NullReference, "throw null");
        Fault.Raise(exception.Kind, exception.Message);
    }

    [RuntimeExport("RhpRethrow")]
    public static void RhpRethrow() => Fault.Raise(FaultKind.FailFast, "rethrow without an unwinder");

    [RuntimeExport("RhpFallbackFailFast")]
    public static void RhpFallbackFailFast() => Fault.Raise(FaultKind.FailFast, "fail-fast (stack cookie or runtime check)");
}
