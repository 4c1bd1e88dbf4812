using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Minix.Runtime.Memory;

// A stop-the-world, non-moving mark-sweep collector. The stack (and the callee-saved registers, saved onto it) is
// scanned conservatively: any word that points into an object keeps it, since ILC's GC info (which says exactly
// which stack slots hold references at each call site) is a compressed format the runtime does not decode, and a
// collector that never moves objects loses nothing but a little garbage by guessing. Everything else is precise:
// the statics holders from the module header, the references inside frozen objects and, from each type's GC
// description, the references inside heap objects. One process, one thread: collection happens inside an
// allocation that found no room.
internal static unsafe class GarbageCollector
{
    private const nuint MinimumBudget = 1 << 20;
    public const int MarkStackCapacity = 8192;

    private static nuint s_allocatedSinceCollection;
    private static nuint s_budget;
    private static nuint s_liveBytes;
    private static ulong s_totalAllocated;
    private static bool s_collecting;
    private static int s_collections;
    private static long s_longestPause;
    private static long s_totalPause;
    private static nint* s_markStack;
    private static int s_markCount;
    private static bool s_markOverflowed;

    public static int CollectionCount => s_collections;

    public static nuint LiveBytes => s_liveBytes;

    public static ulong TotalAllocated => s_totalAllocated;

    public static long LongestPauseNanoseconds => s_longestPause;

    public static long TotalPauseNanoseconds => s_totalPause;

    // Collect rather than grow once the allocations since the last collection match what survived it.
    public static bool ShouldCollectBeforeGrowing(nuint size) =>
        s_allocatedSinceCollection + size >= (s_budget == 0 ? MinimumBudget : s_budget);

    public static void CountAllocation(nuint size)
    {
        s_allocatedSinceCollection += size;
        s_totalAllocated += size;
    }

    public static void Collect()
    {
        if (s_collecting)
            Fault.Raise(FaultKind.FailFast, "allocation during a garbage collection");
        nint stackTop = PlatformImports.StackTop();
        if (stackTop == 0)
            Fault.Raise(FaultKind.FailFast, "the target recorded no stack top, so the stack cannot be scanned");
        s_collecting = true;
        long started = Clock.Nanoseconds();
        s_markStack = CollectedHeap.MarkStack;
        CollectedHeap.RetireBumpRange();

        MarkRoots(stackTop);
        Drain();
        while (s_markOverflowed)
        {
            s_markOverflowed = false;
            RescanMarkedObjects();
            Drain();
        }

        Sweep();
        s_budget = s_liveBytes > MinimumBudget ? s_liveBytes : MinimumBudget;
        s_allocatedSinceCollection = 0;
        s_collections++;
        long pause = Clock.Nanoseconds() - started;
        s_totalPause += pause;
        if (pause > s_longestPause)
            s_longestPause = pause;
        s_collecting = false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MarkRoots(nint stackTop)
    {
        nint* registers = stackalloc nint[6];
        SaveCalleeSavedRegisters(registers);
        for (nint* slot = registers; (nint)slot < stackTop; slot++)
            MarkConservatively(*slot);
        ModuleStartup.ForEachStaticHolder(&MarkSlot);
        ModuleStartup.ForEachFrozenObject(&MarkReferencesOf);
    }

    private static void MarkConservatively(nint value)
    {
        byte* block = CollectedHeap.ObjectContaining(value);
        if (block != null)
            MarkBlock(block);
    }

    private static void MarkSlot(nint* slot)
    {
        nint value = *slot;
        if (value != 0 && CollectedHeap.Contains(value))
            MarkBlock((byte*)value - 8);
    }

    private static void MarkReferencesOf(byte* reference) => GCDescription.ForEachReference(reference, &MarkSlot);

    private static void MarkBlock(byte* block)
    {
        nuint* header = (nuint*)block;
        if ((*header & (ObjectHeader.Mark | ObjectHeader.Free)) != 0)
            return;
        *header |= ObjectHeader.Mark;
        if (!(*(Internal.Runtime.MethodTable**)(block + 8))->ContainsGCPointers)
            return;
        if (s_markCount == MarkStackCapacity)
        {
            s_markOverflowed = true;
            return;
        }

        s_markStack[s_markCount++] = (nint)(block + 8);
    }

    private static void Drain()
    {
        while (s_markCount > 0)
            MarkReferencesOf((byte*)s_markStack[--s_markCount]);
    }

    // After the mark stack overflowed: whatever is marked may have unmarked children; walk the heap for them.
    private static void RescanMarkedObjects()
    {
        byte* block = CollectedHeap.Start;
        byte* end = CollectedHeap.End;
        while (block < end)
        {
            nuint header = *(nuint*)block;
            if ((header & ObjectHeader.Free) != 0)
            {
                block += header >> ObjectHeader.SizeShift;
                continue;
            }

            if ((header & ObjectHeader.Mark) != 0)
            {
                MarkReferencesOf(block + 8);
                Drain();
            }

            block += ObjectHeader.SizeOf(block + 8);
        }
    }

    // Walks the heap end to end: unmarked objects join the free runs around them, marks are cleared.
    private static void Sweep()
    {
        byte* block = CollectedHeap.Start;
        byte* end = CollectedHeap.End;
        byte* freeRun = null;
        nuint live = 0;
        while (block < end)
        {
            nuint header = *(nuint*)block;
            nuint size;
            if ((header & ObjectHeader.Free) != 0)
            {
                size = header >> ObjectHeader.SizeShift;
                freeRun = freeRun == null ? block : freeRun;
            }
            else
            {
                size = ObjectHeader.SizeOf(block + 8);
                if ((header & (ObjectHeader.Mark | ObjectHeader.Pinned)) != 0)
                {
                    *(nuint*)block = header & ~ObjectHeader.Mark;
                    live += size;
                    if (freeRun != null)
                    {
                        CollectedHeap.AddFree(freeRun, (nuint)(block - freeRun));
                        freeRun = null;
                    }
                }
                else
                {
                    CollectedHeap.ClearStart(block);
                    freeRun = freeRun == null ? block : freeRun;
                }
            }

            block += size;
        }

        if (freeRun != null)
            CollectedHeap.AddFree(freeRun, (nuint)(end - freeRun));
        s_liveBytes = live;
    }

    // rbx, rbp, r12-r15 into `buffer`: references only a register holds become visible to the stack scan.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_save_callee_saved_registers")]
    private static extern void SaveCalleeSavedRegisters(nint* buffer);
}
