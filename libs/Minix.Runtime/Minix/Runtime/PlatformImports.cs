using System.Runtime;
using System.Runtime.CompilerServices;

namespace Minix.Runtime;

// The environment contract: the only functions the runtime calls that it does not define. Each target binds
// them at link time (a C# [UnmanagedCallersOnly(EntryPoint = ...)] export, a linker stub, or arch code).
// The names and signatures are documented in Minix.Build's README; change them only together with it.
internal static unsafe partial class PlatformImports
{
    // Never returns: ends the process (linux-run: exit; user process: trap to the kernel; kernel: panic).
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_fault")]
    public static extern void Fault(int kind, char* message, int length);

    // Writes UTF-8 diagnostics somewhere a person can read them (stdout, the serial line, the log server).
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_debug_write")]
    public static extern void DebugWrite(byte* utf8, nint length);

    // The zero-filled region the process heap is carved from: [start, end).
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_heap_start")]
    public static extern nint HeapStart();

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_heap_end")]
    public static extern nint HeapEnd();

    // Grows the heap region by at least `bytes` (zero-filled): returns its new end, or 0 when refused.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_heap_grow")]
    public static extern nint HeapGrow(nint bytes);

    // The address of ILC's module header (__ReadyToRunHeader); the linker always supplies this one.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_module_header")]
    public static extern void* ModuleHeader();

    // What this process's runtime does (RuntimeFeatures bits), fixed by the image target at link time.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_runtime_features")]
    public static extern int Features();

    // The linker's unwind table, or null when the image has none (no catchable exceptions).
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_unwind_table")]
    public static extern byte* UnwindTable();

    // The linker's source map (method names, file:line), or null.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_source_map")]
    public static extern byte* SourceMap();

    // The highest address of the stack the process started on (what a conservative stack scan reads up to), or 0.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_stack_top")]
    public static extern nint StackTop();
}
