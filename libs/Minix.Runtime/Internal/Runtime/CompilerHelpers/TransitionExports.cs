using System.Runtime;

namespace Internal.Runtime.CompilerHelpers;

// The managed/native transition frames ILC wraps around extern calls and [UnmanagedCallersOnly] entries.
// No-ops: there is no GC to cooperate with.
internal static unsafe class TransitionExports
{
    [RuntimeExport("RhpPInvoke")]
    public static void RhpPInvoke(nint frame)
    {
    }

    [RuntimeExport("RhpPInvokeReturn")]
    public static void RhpPInvokeReturn(nint frame)
    {
    }

    [RuntimeExport("RhpReversePInvoke")]
    public static void RhpReversePInvoke(nint frame)
    {
    }

    [RuntimeExport("RhpReversePInvokeReturn")]
    public static void RhpReversePInvokeReturn(nint frame)
    {
    }
}
