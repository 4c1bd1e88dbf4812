using System.Runtime;
using System.Runtime.CompilerServices;

namespace Minix.Runtime.Exceptions;

// The linker's stubs that enter a funclet with its method's registers (rbp above all: funclets address the
// method's locals through it) and, for a catch, resume the method where the funclet says.
internal static unsafe class FuncletStubs
{
    // Calls the catch funclet with the exception in rdi, then cuts the stack back to the method's frame and
    // continues at the address the funclet returns. Never returns.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_call_catch_funclet")]
    public static extern void CallCatch(object exception, nint handler, RegisterState* frame, FuncletCall* call);

    // Runs a finally funclet; the registers it leaves are written back into `frame`.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_call_finally_funclet")]
    public static extern void CallFinally(nint handler, RegisterState* frame, FuncletCall* call);

    // Runs a filter funclet with the exception in rdi; returns its verdict (0 when it was abandoned).
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_call_filter_funclet")]
    public static extern int CallFilter(object exception, nint filter, RegisterState* frame, FuncletCall* call);

    // Leaves a filter an exception escaped from: returns 0 from its CallFilter. Never returns.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_abandon_filter")]
    public static extern void AbandonFilter(FuncletCall* call);
}
