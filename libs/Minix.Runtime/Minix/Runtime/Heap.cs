using System.Runtime.CompilerServices;

namespace Minix.Runtime;

/// <summary>
/// The process heap: a bump allocator over the region the target supplies (<c>minix_heap_start</c> ..
/// <c>minix_heap_end</c>, zero-filled). There is no GC and no free: drivers allocate at start-up.
/// </summary>
public static unsafe class Heap
{
    private static nint s_next;
    private static nint s_end;

    /// <summary>Bytes handed out so far.</summary>
    public static nint Used => s_next == 0 ? 0 : s_next - PlatformImports.HeapStart();

    /// <summary>Bytes still free.</summary>
    public static nint Free
    {
        get
        {
            EnsureInitialized();
            return s_end - s_next;
        }
    }

    /// <summary>Returns <paramref name="size"/> zeroed bytes, 8-byte aligned; faults with
    /// <see cref="FaultKind.OutOfMemory"/> when the region is exhausted.</summary>
    /// <param name="size">The byte count.</param>
    /// <returns>The memory.</returns>
    public static void* Allocate(nuint size)
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
