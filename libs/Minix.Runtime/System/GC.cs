using Minix.Runtime;
using Minix.Runtime.Memory;

namespace System;

/// <summary>
/// The garbage collector of a program: a non-moving mark-sweep collector (conservative over the stack, precise
/// over the heap), one generation. In a process without one (the kernel, drivers) the calls do nothing.
/// </summary>
public static class GC
{
    /// <summary>The highest generation (there is one).</summary>
    public static int MaxGeneration => 0;

    /// <summary>Collects now.</summary>
    public static void Collect()
    {
        if (ProcessFeatures.Has(RuntimeFeatures.GarbageCollection))
            GarbageCollector.Collect();
    }

    /// <summary>Collects now (the generation is ignored: there is one).</summary>
    /// <param name="generation">Ignored.</param>
    public static void Collect(int generation) => Collect();

    /// <summary>How many collections have run.</summary>
    /// <param name="generation">Ignored (one generation).</param>
    /// <returns>The count.</returns>
    public static int CollectionCount(int generation) => GarbageCollector.CollectionCount;

    /// <summary>Bytes in live objects after the last collection (collecting first if asked).</summary>
    /// <param name="forceFullCollection">Whether to collect first.</param>
    /// <returns>The bytes.</returns>
    public static long GetTotalMemory(bool forceFullCollection)
    {
        if (forceFullCollection)
            Collect();
        return (long)GarbageCollector.LiveBytes;
    }

    /// <summary>Bytes allocated since the process started.</summary>
    /// <param name="precise">Ignored (always precise).</param>
    /// <returns>The bytes.</returns>
    public static long GetTotalAllocatedBytes(bool precise = false) => (long)GarbageCollector.TotalAllocated;

    /// <summary>The time the program spent stopped for collections.</summary>
    /// <returns>The time.</returns>
    public static TimeSpan GetTotalPauseDuration() => new(GarbageCollector.TotalPauseNanoseconds / 100);

    /// <summary>Keeps <paramref name="obj"/> reachable up to this call.</summary>
    /// <param name="obj">The object.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void KeepAlive(object obj)
    {
    }

    /// <summary>Nothing to do: the image runs no finalizers.</summary>
    /// <param name="obj">The object.</param>
    public static void SuppressFinalize(object obj)
    {
    }
}
