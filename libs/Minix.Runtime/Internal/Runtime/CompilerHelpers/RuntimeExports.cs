using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Minix.Runtime;

namespace Internal.Runtime.CompilerHelpers;

// Helpers ILC's code calls by symbol name that can be ordinary C#: allocation, throw, fail-fast and the
// transition frames (no-ops: there is no GC to cooperate with). Machine-code helpers (write barriers, stack probe,
// GC poll) are emitted by Minix.Build's linker.
internal static unsafe class RuntimeExports
{
    [RuntimeExport("RhpNewFast")]
    public static object RhpNewFast(MethodTable* type) => NewObject(type, type->BaseSize);

    [RuntimeExport("RhpNewFinalizable")]
    public static object RhpNewFinalizable(MethodTable* type) => NewObject(type, type->BaseSize);

    [RuntimeExport("RhNewObject")]
    public static object RhNewObject(MethodTable* type) => NewObject(type, type->BaseSize);

    [RuntimeExport("RhpNewArray")]
    public static object RhpNewArray(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhpNewArrayFast")]
    public static object RhpNewArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhpNewPtrArrayFast")]
    public static object RhpNewPtrArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhNewArray")]
    public static object RhNewArray(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhNewString")]
    public static object RhNewString(MethodTable* type, int length) => NewArray(type, length);

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

    private static object NewObject(MethodTable* type, uint size)
    {
        // The object reference points just past the 8-byte object header, at the MethodTable pointer.
        byte* reference = (byte*)Heap.Allocate(size) + 8;
        *(MethodTable**)reference = type;
        return Unsafe.AsRef<object>(&reference);
    }

    private static object NewArray(MethodTable* type, int length)
    {
        if (length < 0)
            Fault.Raise(FaultKind.Overflow, "negative array length");
        ulong size = type->BaseSize + (ulong)(uint)length * type->ComponentSize;
        if (size > int.MaxValue)
            Fault.Raise(FaultKind.OutOfMemory, "array too large");
        byte* reference = (byte*)Heap.Allocate((nuint)size) + 8;
        *(MethodTable**)reference = type;
        *(int*)(reference + 8) = length;
        return Unsafe.AsRef<object>(&reference);
    }
}
