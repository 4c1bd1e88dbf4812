using System.Runtime.CompilerServices;
using Minix.Runtime.Memory;

namespace Minix.Runtime;

/// <summary>
/// The process heap. Without a garbage collector (the kernel, servers and drivers) it is a bump allocator over the
/// region the target supplies (<c>minix_heap_start</c> .. <c>minix_heap_end</c>, zero-filled) that never frees:
/// they allocate at start-up. With one (programs) objects come from the collected heap, and
/// <see cref="Allocate"/> hands out pinned raw blocks the collector leaves alone.
/// </summary>
public static unsafe class Heap
{
    private static nint s_next;
    private static nint s_end;

    /// <summary>Bytes handed out so far (the bump heap), or the heap's current size (the collected heap).</summary>
    public static nint Used => ProcessFeatures.Has(RuntimeFeatures.GarbageCollection)
        ? (nint)(CollectedHeap.End - CollectedHeap.Start)
        : s_next == 0 ? 0 : s_next - PlatformImports.HeapStart();

    /// <summary>Bytes still free in the bump heap (0 with a collector: ask <c>System.GC</c>).</summary>
    public static nint Free
    {
        get
        {
            if (ProcessFeatures.Has(RuntimeFeatures.GarbageCollection))
                return 0;
            EnsureInitialized();
            return s_end - s_next;
        }
    }

    /// <summary>Returns <paramref name="size"/> zeroed bytes, 8-byte aligned, that stay put and are never freed
    /// (with a collector: a pinned block); faults with <see cref="FaultKind.OutOfMemory"/> when nothing is left.</summary>
    /// <param name="size">The byte count.</param>
    /// <returns>The memory.</returns>
    public static void* Allocate(nuint size)
    {
        if (!ProcessFeatures.Has(RuntimeFeatures.GarbageCollection))
            return AllocateBump(size);
        nuint blockSize = (size + RawBlock.DataOffset + 7) & ~(nuint)7;
        byte* block = CollectedHeap.Allocate(blockSize);
        if (block == null)
            Fault.Raise(FaultKind.OutOfMemory, "process heap exhausted");
        RawBlock.Format(block, blockSize);
        return block + RawBlock.DataOffset;
    }

    internal static void* AllocateBump(nuint size)
    {
        EnsureInitialized();
        nuint rounded = (size + 7) & ~(nuint)7;
        if (rounded < size || rounded > (nuint)(s_end - s_next))
            Fault.Raise(FaultKind.OutOfMemory, "process heap exhausted");
        nint result = s_next;
        s_next += (nint)rounded;
        return (void*)result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnsureInitialized()
    {
        if (s_end == 0)
            Initialize();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Initialize()
    {
        nint start = (PlatformImports.HeapStart() + 7) & ~(nint)7;
        nint end = PlatformImports.HeapEnd();
        if (start == 0 || end <= start)
            Fault.Raise(FaultKind.OutOfMemory, "the target supplied no heap region");
        s_next = start;
        s_end = end;
    }
}
