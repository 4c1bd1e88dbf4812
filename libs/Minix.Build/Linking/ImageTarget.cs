using Minix.Build.Debugging;
using Minix.Build.Stubs;

namespace Minix.Build.Linking;

/// <summary>
/// What one kind of image adds to a link beyond the objects: its stubs, its runtime bindings and its entry.
/// The built-in targets share the runtime helpers and differ in where the fault hook, debug output and heap go and
/// in what the runtime does (<see cref="RuntimeFeatures"/>: a program catches exceptions and collects garbage, the
/// kernel and drivers keep the system subset). Add a target's blobs to a <see cref="LinkRequest"/> with
/// <see cref="Apply"/>.
/// </summary>
/// <param name="Name">linux-run, kernel, user-process or user-program.</param>
/// <param name="EntrySymbol">The default entry symbol.</param>
/// <param name="Code">The target's code blobs.</param>
/// <param name="Data">The target's data blobs.</param>
public sealed record ImageTarget(string Name, string EntrySymbol, IReadOnlyList<CodeBlob> Code, IReadOnlyList<DataBlob> Data)
{
    /// <summary>Default heap for linux-run and user processes: 16 MiB of bss (untouched pages cost nothing).</summary>
    public const ulong DefaultHeapSize = 16 << 20;

    /// <summary>The runtime features the target gives its image.</summary>
    public RuntimeFeatures Features { get; init; }

    /// <summary>Whether a link of this target needs a source map (see <see cref="ImageLinker.LinkWithSourceMap"/>).</summary>
    public bool NeedsSourceMap => (Features & RuntimeFeatures.CatchableExceptions) != 0;

    /// <summary>
    /// A static Linux executable (<c>minix run</c>): entry <c>_start</c> records the stack top, calls
    /// <c>minix_runtime_initialize</c> then <c>minix_main(argc, argv)</c>; the image must export <c>minix_main</c>,
    /// <c>minix_fault</c> and <c>minix_debug_write</c> (the generated host does, over <c>minix_linux_syscall</c>), and
    /// for a growable heap <c>minix_heap_start</c>, <c>minix_heap_end</c> and <c>minix_heap_grow</c>.
    /// </summary>
    /// <param name="heapSize">The heap size of a fixed heap (ignored when the host supplies a growable one).</param>
    /// <param name="features">What the runtime does: a program's by default, <see cref="RuntimeFeatures.None"/>
    /// to run code as the kernel or a driver would.</param>
    /// <returns>The target.</returns>
    public static ImageTarget LinuxRun(ulong heapSize = DefaultHeapSize, RuntimeFeatures features = RuntimeFeatures.Program)
    {
        var (heap, accessors) = RuntimeStubs.HeapRegion(heapSize);
        return new ImageTarget("linux-run", LinuxStubs.EntrySymbol,
            Common(features).Concat(accessors).Concat(LinuxStubs.Code()).ToList(),
            CommonData().Append(heap).ToList()) { Features = features };
    }

    /// <summary>
    /// A program for <c>minix run</c>: entry <c>_start</c> sets up the host (signals as exceptions) through the
    /// generated host's <c>minix_linux_host_start</c>, then enters <c>minix_program_start</c> exactly as the image's
    /// exec would; the host supplies every <c>minix_sys_*</c> import and a heap that grows to
    /// <paramref name="heapLimit"/>.
    /// </summary>
    /// <param name="heapLimit">The process's heap limit (the host reserves it; used for the fixed-heap fallback only).</param>
    /// <param name="features">What the runtime does (a program's by default).</param>
    /// <returns>The target.</returns>
    public static ImageTarget LinuxRunProgram(ulong heapLimit = DefaultHeapSize, RuntimeFeatures features = RuntimeFeatures.Program)
    {
        var (heap, accessors) = RuntimeStubs.HeapRegion(heapLimit);
        return new ImageTarget("linux-run", LinuxStubs.EntrySymbol,
            Common(features).Concat(accessors).Concat(LinuxStubs.ProgramCode()).Append(ProgramStubs.Entry()).ToList(),
            CommonData().Append(heap).ToList()) { Features = features };
    }

    /// <summary>
    /// An ordinary program in the image's /bin (Minix.Posix's program ABI): linked at the user base as a static ELF whose
    /// entry <c>minix_program_start</c> runs Main with the command line exec left on the stack. Its heap starts empty
    /// at the image's end, where the process manager's break starts, and grows through <c>minix_heap_grow</c>;
    /// Minix.Posix supplies that, the <c>minix_sys_*</c> calls and <c>minix_program_faults</c>, which the entry calls
    /// before Main so that a null dereference or a division by zero is an exception. The fault hook and debug output are
    /// the user processes' traps, so what cannot become an exception ends the program as a fault PM reports.
    /// </summary>
    /// <param name="features">What the runtime does (a program's by default).</param>
    /// <returns>The target.</returns>
    public static ImageTarget UserProgram(RuntimeFeatures features = RuntimeFeatures.Program)
    {
        var (end, accessors) = ProgramStubs.BreakHeap();
        var code = Common(features).Concat(accessors).Concat(TrapStubs.Code()).Append(ProgramStubs.Entry(ProgramStubs.ImageStartHook)).ToList();
        return new ImageTarget("user-program", ProgramStubs.EntrySymbol, code, CommonData().Append(end).ToList()) { Features = features };
    }

    /// <summary>
    /// The kernel (ring 0): runtime helpers and CPU stubs, the system subset. The kernel supplies <c>minix_fault</c>
    /// (its panic), <c>minix_debug_write</c> (serial), its entry arch code as extra <see cref="CodeBlob"/>s, and either
    /// <c>minix_heap_start</c>/<c>minix_heap_end</c> itself or a bss heap of <paramref name="heapSize"/> bytes.
    /// </summary>
    /// <param name="entrySymbol">The kernel entry (its arch code's first instruction).</param>
    /// <param name="heapSize">A bss heap size, or 0 if the kernel supplies its own heap bounds.</param>
    /// <returns>The target.</returns>
    public static ImageTarget Kernel(string entrySymbol, ulong heapSize = 0)
    {
        var code = Common(RuntimeFeatures.None).Concat(CpuStubs.Code()).ToList();
        var data = CommonData().ToList();
        if (heapSize > 0)
        {
            var (heap, accessors) = RuntimeStubs.HeapRegion(heapSize);
            code.AddRange(accessors);
            data.Add(heap);
        }

        return new ImageTarget("kernel", entrySymbol, code, data);
    }

    /// <summary>
    /// A boot process (ring 3): runtime helpers, trap stubs (IPC, kernel call, fault, debug write through the
    /// vectors of <see cref="Minix.Kernel.Calls.TrapVector"/>) and a bss heap. Its entry is normally a kernel-supplied or C# start routine
    /// that calls <c>minix_runtime_initialize</c> first. A server or driver keeps the system subset unless it opts in
    /// to the garbage collector (<paramref name="features"/>); then the target enters through a stub that records the
    /// stack top before jumping to <paramref name="entrySymbol"/>.
    /// </summary>
    /// <param name="entrySymbol">The process entry.</param>
    /// <param name="heapSize">The heap size.</param>
    /// <param name="features">What the runtime does (<see cref="RuntimeFeatures.None"/> or
    /// <see cref="RuntimeFeatures.GarbageCollection"/>).</param>
    /// <returns>The target.</returns>
    public static ImageTarget UserProcess(string entrySymbol, ulong heapSize = DefaultHeapSize, RuntimeFeatures features = RuntimeFeatures.None)
    {
        var (heap, accessors) = RuntimeStubs.HeapRegion(heapSize);
        var code = Common(features).Concat(accessors).Concat(TrapStubs.Code()).ToList();
        string entry = entrySymbol;
        if ((features & RuntimeFeatures.GarbageCollection) != 0)
        {
            entry = "minix_collected_process_start";
            code.Add(new CodeBlob(entry, $"entry: record the stack top, then {entrySymbol}", (a, s) =>
            {
                RuntimeConfigurationStubs.RecordStackTop(a, s);
                a.jmp(s.AddressOf(entrySymbol));
            }, Keep: true));
        }

        return new ImageTarget("user-process", entry, code, CommonData().Append(heap).ToList()) { Features = features };
    }

    /// <summary>Adds this target's blobs to a request's lists, and asks for an unwind table if its runtime unwinds.</summary>
    /// <param name="request">The request.</param>
    public void Apply(LinkRequest request)
    {
        foreach (var blob in Code)
            request.Code.Add(blob);
        foreach (var blob in Data)
            request.Data.Add(blob);
        if ((Features & RuntimeFeatures.CatchableExceptions) != 0)
        {
            request.UnwindTableSymbol = RuntimeConfigurationStubs.UnwindTableSymbol;
            AddSourceMap(request);
        }
    }

    /// <summary>
    /// Asks for a source map in the image (the placeholder <see cref="ImageLinker.LinkWithSourceMap"/> fills; kept
    /// even where no runtime code refers to it, as in a program with an entry of its own): a
    /// program's runtime reads it for its stack traces, and the process manager, through the ELF file's
    /// <see cref="Elf.ElfExecutableWriter.SourceMapHeaderType"/> header, to name the C# line of a fault that ends a program.
    /// </summary>
    /// <param name="request">The request.</param>
    public static void AddSourceMap(LinkRequest request) =>
        request.Data.Add(new DataBlob(RuntimeConfigurationStubs.SourceMapSymbol, "source map (placeholder until the second link)", (ulong)SourceMapWriter.Empty().Length, SourceMapWriter.Empty(), Writable: false, Keep: true) { Trailing = true });

    private static IEnumerable<CodeBlob> Common(RuntimeFeatures features) =>
        RuntimeStubs.Helpers().Concat(ExceptionStubs.Code()).Concat(DispatchStubs.Code()).Concat(RuntimeConfigurationStubs.Code(features));

    private static IEnumerable<DataBlob> CommonData() =>
        RuntimeStubs.HelperData().Concat(RuntimeConfigurationStubs.Data()).Concat(DispatchStubs.Data());
}
