using System;

namespace Minix.Runtime;

/// <summary>
/// What the runtime of one process does beyond the system-C# subset, fixed per image at link time by its target
/// (the symbol <c>minix_runtime_features</c>). A program has all of them; the kernel none; a server or driver none
/// unless it opts in to the garbage collector. The values are a contract with Minix.Build's targets.
/// </summary>
[Flags]
public enum RuntimeFeatures
{
    /// <summary>The system subset: a throw ends the process, a bump heap that never frees or grows.</summary>
    None = 0,

    /// <summary>throw/catch/finally unwind the stack with the linker's unwind table; runtime errors are exceptions.</summary>
    CatchableExceptions = 1,

    /// <summary>A mark-sweep garbage collector frees what is no longer reachable.</summary>
    GarbageCollection = 2,

    /// <summary>The heap grows (<c>minix_heap_grow</c>) up to the process's limit before allocation fails.</summary>
    GrowableHeap = 4,

    /// <summary>Everything an ordinary program has.</summary>
    Program = CatchableExceptions | GarbageCollection | GrowableHeap,
}
