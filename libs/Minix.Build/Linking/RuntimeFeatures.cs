namespace Minix.Build.Linking;

/// <summary>
/// What an image's runtime does beyond the system-C# subset; the target tells Minix.Runtime through the symbol
/// <c>minix_runtime_features</c>. The values are Minix.Runtime's <c>RuntimeFeatures</c>: change both together.
/// </summary>
[Flags]
public enum RuntimeFeatures
{
    /// <summary>The system subset (kernel, servers, drivers): a throw ends the process, a bump heap that never frees.</summary>
    None = 0,

    /// <summary>throw/catch/finally unwind the stack: the link carries an unwind table and a source map.</summary>
    CatchableExceptions = 1,

    /// <summary>A mark-sweep garbage collector (conservative over the stack, precise over the heap).</summary>
    GarbageCollection = 2,

    /// <summary>The heap grows through <c>minix_heap_grow</c> up to the process's limit.</summary>
    GrowableHeap = 4,

    /// <summary>An ordinary program: all of the above.</summary>
    Program = CatchableExceptions | GarbageCollection | GrowableHeap,
}
