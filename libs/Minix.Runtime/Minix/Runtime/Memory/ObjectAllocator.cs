using System;
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace Minix.Runtime.Memory;

// Where every object comes from: the collected heap in a process with a garbage collector, the bump heap
// otherwise. Running out is an OutOfMemoryException in a program (thrown from an instance made in advance, since
// there is no room for a new one) and a fault elsewhere.
internal static unsafe class ObjectAllocator
{
    private static OutOfMemoryException s_outOfMemory;

    public static object NewObject(MethodTable* type) => AsObject(Allocate(type->BaseSize), type);

    public static object NewArray(MethodTable* type, int length)
    {
        if (length < 0)
            ThrowHelpers.Overflow();
        ulong size = type->BaseSize + (ulong)(uint)length * type->ComponentSize;
        if (size > int.MaxValue)
            ThrowOutOfMemory();
        byte* block = Allocate((nuint)size);
        *(int*)(block + 16) = length;
        return AsObject(block, type);
    }

    // `size` zeroed bytes, 8-byte aligned, with the object header as the first word.
    public static byte* Allocate(nuint size)
    {
        size = (size + 7) & ~(nuint)7;
        if (size < 24)
            size = 24;
        if (!ProcessFeatures.Has(RuntimeFeatures.GarbageCollection))
            return (byte*)Heap.AllocateBump(size);
        byte* block = CollectedHeap.Allocate(size);
        if (block == null)
            ThrowOutOfMemory();
        return block;
    }

    // Start-up, once the statics exist: the exception to throw when there is no room left to make one.
    public static void PrepareForOutOfMemory()
    {
        if (ProcessFeatures.Has(RuntimeFeatures.CatchableExceptions))
        {
            s_outOfMemory = new OutOfMemoryException();
            s_outOfMemory.ReserveStackTrace(64);
        }
    }

    private static object AsObject(byte* block, MethodTable* type)
    {
        byte* reference = block + 8;
        *(MethodTable**)reference = type;
        return Unsafe.AsRef<object>(&reference);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfMemory()
    {
        if (!ProcessFeatures.Has(RuntimeFeatures.CatchableExceptions) || s_outOfMemory is null)
            Fault.Raise(FaultKind.OutOfMemory, "the process heap is exhausted");
        throw s_outOfMemory;
    }
}
