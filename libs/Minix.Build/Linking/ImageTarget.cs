using Minix.Build.Stubs;

namespace Minix.Build.Linking;

/// <summary>
/// What one kind of image adds to a link beyond the objects: its stubs, its runtime bindings and its entry.
/// The three built-in targets share the runtime helpers and differ in where the fault hook, debug output and heap
/// go. Add a target's blobs to a <see cref="LinkRequest"/> with <see cref="Apply"/>.
/// </summary>
/// <param name="Name">linux-run, kernel or user-process.</param>
/// <param name="EntrySymbol">The default entry symbol.</param>
/// <param name="Code">The target's code blobs.</param>
/// <param name="Data">The target's data blobs.</param>
public sealed record ImageTarget(string Name, string EntrySymbol, IReadOnlyList<CodeBlob> Code, IReadOnlyList<DataBlob> Data)
{
    /// <summary>Default heap for linux-run and user processes: 16 MiB of bss (untouched pages cost nothing).</summary>
    public const ulong DefaultHeapSize = 16 << 20;

    /// <summary>
    /// A static Linux executable (<c>minix run</c>): entry <c>_start</c> calls <c>minix_runtime_initialize</c> then
    /// <c>minix_main(argc, argv)</c>; the image must export <c>minix_main</c>, <c>minix_fault</c> and
    /// <c>minix_debug_write</c> (the generated host does, over <c>minix_linux_syscall</c>).
    /// </summary>
    /// <param name="heapSize">The heap size.</param>
    /// <returns>The target.</returns>
    public static ImageTarget LinuxRun(ulong heapSize = DefaultHeapSize)
    {
        var (heap, accessors) = RuntimeStubs.HeapRegion(heapSize);
        return new ImageTarget("linux-run", LinuxStubs.EntrySymbol,
            RuntimeStubs.Helpers().Concat(accessors).Concat(LinuxStubs.Code()).ToList(),
            RuntimeStubs.HelperData().Append(heap).ToList());
    }

    /// <summary>
    /// The kernel (ring 0): runtime helpers and CPU stubs. The kernel supplies <c>minix_fault</c> (its panic),
    /// <c>minix_debug_write</c> (serial), its entry arch code as extra <see cref="CodeBlob"/>s, and either
    /// <c>minix_heap_start</c>/<c>minix_heap_end</c> itself or a bss heap of <paramref name="heapSize"/> bytes.
    /// </summary>
    /// <param name="entrySymbol">The kernel entry (its arch code's first instruction).</param>
    /// <param name="heapSize">A bss heap size, or 0 if the kernel supplies its own heap bounds.</param>
    /// <returns>The target.</returns>
    public static ImageTarget Kernel(string entrySymbol, ulong heapSize = 0)
    {
        var code = RuntimeStubs.Helpers().Concat(CpuStubs.Code()).ToList();
        var data = RuntimeStubs.HelperData().ToList();
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
    /// that calls <c>minix_runtime_initialize</c> first.
    /// </summary>
    /// <param name="entrySymbol">The process entry.</param>
    /// <param name="heapSize">The heap size.</param>
    /// <returns>The target.</returns>
    public static ImageTarget UserProcess(string entrySymbol, ulong heapSize = DefaultHeapSize)
    {
        var (heap, accessors) = RuntimeStubs.HeapRegion(heapSize);
        return new ImageTarget("user-process", entrySymbol,
            RuntimeStubs.Helpers().Concat(accessors).Concat(TrapStubs.Code()).ToList(),
            RuntimeStubs.HelperData().Append(heap).ToList());
    }

    /// <summary>Adds this target's blobs to a request's lists.</summary>
    /// <param name="request">The request.</param>
    public void Apply(LinkRequest request)
    {
        foreach (var blob in Code)
            request.Code.Add(blob);
        foreach (var blob in Data)
            request.Data.Add(blob);
    }
}
