using Internal.Runtime;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Minix.Runtime;

/// <summary>
/// Process start-up: allocates every reference-typed static's storage, runs the eager static constructors and
/// the module initializers, reading ILC's module header. Lazy static constructors run on first use through
/// ClassConstructorRunner. A section start-up cannot honour is a fault, never a silently skipped step.
/// </summary>
public static unsafe class ModuleStartup
{
    private const uint HeaderSignature = 0x00525452; // "RTR"
    private const int HasEndPointer = 1;
    private const nint Uninitialized = 1;
    private const nint HasPreInitializedData = 2;

    private static bool s_initialized;
    private static byte* s_gcStaticsStart;
    private static byte* s_gcStaticsEnd;
    private static byte* s_frozenStart;
    private static byte* s_frozenEnd;

    /// <summary>
    /// Runs start-up once; every target calls this (symbol <c>minix_runtime_initialize</c>) before any other image
    /// code, with a 16-byte aligned stack and SSE enabled.
    /// </summary>
    [RuntimeExport("minix_runtime_initialize")]
    public static void Initialize()
    {
        if (s_initialized)
            return;
        s_initialized = true;

        byte* header = (byte*)PlatformImports.ModuleHeader();
        if (*(uint*)header != HeaderSignature)
            Fault.Raise(FaultKind.FailFast, "module header signature is not RTR");
        int sectionCount = *(ushort*)(header + 12);
        int entrySize = header[14];
        byte* rows = header + 16;

        // Statics first: eager constructors and initializers may touch them.
        ForEachSection(rows, sectionCount, entrySize, ModuleSection.FrozenObjectRegion);
        ForEachSection(rows, sectionCount, entrySize, ModuleSection.GCStaticRegion);
        Memory.ObjectAllocator.PrepareForOutOfMemory();
        ForEachSection(rows, sectionCount, entrySize, ModuleSection.DehydratedData);
        ForEachSection(rows, sectionCount, entrySize, ModuleSection.EagerCctor);
        ForEachSection(rows, sectionCount, entrySize, ModuleSection.ModuleInitializerList);
    }

    private static void ForEachSection(byte* rows, int count, int entrySize, ModuleSection wanted)
    {
        for (int i = 0; i < count; i++)
        {
            byte* row = rows + i * entrySize;
            if (*(int*)row != (int)wanted)
                continue;
            int flags = *(int*)(row + 4);
            byte* start = *(byte**)(row + 8);
            byte* end = (flags & HasEndPointer) != 0 ? *(byte**)(row + 16) : start;
            Run(wanted, start, end);
        }
    }

    private static void Run(ModuleSection section, byte* start, byte* end)
    {
        switch (section)
        {
            case ModuleSection.GCStaticRegion:
                s_gcStaticsStart = start;
                s_gcStaticsEnd = end;
                for (byte* entry = start; entry < end; entry += 4)
                    AllocateStaticBlock((nint*)ReadRelative(entry));
                break;
            case ModuleSection.FrozenObjectRegion:
                s_frozenStart = start;
                s_frozenEnd = end;
                break;
            case ModuleSection.EagerCctor:
            case ModuleSection.ModuleInitializerList:
                for (byte* entry = start; entry < end; entry += 4)
                    ((delegate*<void>)ReadRelative(entry))();
                break;
            case ModuleSection.DehydratedData:
                if (end > start)
                    Fault.Raise(FaultKind.FeatureMissing, "dehydrated MethodTables (do not pass --dehydrate to ILC)");
                break;
        }
    }

    // A GC-static block holds a relative pointer to the MethodTable of the statics holder, tagged in its low bits,
    // and, if ILC preinitialized the fields, a relative pointer to their data. Start-up replaces the whole word with
    // a reference to a freshly allocated holder (8-byte aligned, so its tag bits read as initialized).
    private static void AllocateStaticBlock(nint* block)
    {
        if ((*(int*)block & Uninitialized) == 0)
            return;
        nint tagged = (nint)ReadRelative((byte*)block);
        MethodTable* type = (MethodTable*)(tagged & ~(Uninitialized | HasPreInitializedData));
        byte* holder = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawData>(Memory.ObjectAllocator.NewObject(type)).Data) - 8;
        if ((tagged & HasPreInitializedData) != 0)
        {
            byte* data = (byte*)ReadRelative((byte*)block + 4);
            nuint size = type->BaseSize - 16;
            for (nuint i = 0; i < size; i++)
                holder[8 + i] = data[i];
        }

        *block = (nint)holder;
    }

    private static void* ReadRelative(byte* address) => address + *(int*)address;

    // Calls `visit` with the address of each reference-typed statics holder's reference (the collector's roots).
    internal static void ForEachStaticHolder(delegate*<nint*, void> visit)
    {
        for (byte* entry = s_gcStaticsStart; entry < s_gcStaticsEnd; entry += 4)
            visit((nint*)ReadRelative(entry));
    }

    // Calls `visit` with each object the compiler froze into the image (literals, preinitialized arrays): they can
    // be written to, so they may refer to heap objects.
    internal static void ForEachFrozenObject(delegate*<byte*, void> visit)
    {
        byte* block = s_frozenStart;
        while (block + 16 <= s_frozenEnd)
        {
            byte* reference = block + 8;
            if (*(void**)reference == null)
                break;
            visit(reference);
            block += Memory.ObjectHeader.SizeOf(reference);
        }
    }
}
