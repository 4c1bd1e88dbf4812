using System.Runtime;
using System.Runtime.CompilerServices;

namespace Minix.Runtime;

// The environment contract: the only functions the runtime calls that it does not define. Each target binds
// them at link time (a C# [UnmanagedCallersOnly(EntryPoint = ...)] export, a linker stub, or arch code).
// The names and signatures are documented in Minix.Build's README; change them only together with it.
internal static unsafe class PlatformImports
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

    // The address of ILC's module header (__ReadyToRunHeader); the linker always supplies this one.
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_module_header")]
    public static extern void* ModuleHeader();
}
