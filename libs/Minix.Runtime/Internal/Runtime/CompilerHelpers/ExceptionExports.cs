using System.Runtime;
using Minix.Runtime;

namespace Internal.Runtime.CompilerHelpers;

// Fail-fast. Throw and rethrow (RhpThrowEx, RhpRethrow) are the linker's stubs: they capture the thrower's registers
// and enter Minix.Runtime.Exceptions.ExceptionDispatcher.
internal static unsafe class ExceptionExports
{
    [RuntimeExport("RhpFallbackFailFast")]
    public static void RhpFallbackFailFast() => Fault.Raise(FaultKind.FailFast, "fail-fast (stack cookie or runtime check)");
}
