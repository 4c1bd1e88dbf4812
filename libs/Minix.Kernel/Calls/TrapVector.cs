namespace Minix.Kernel.Calls;

/// <summary>
/// The interrupt vectors a process enters the kernel through, defined once for both sides: the kernel's IDT opens
/// these four to ring 3 and dispatches on them, and the trap stubs the image linker gives every process raise them.
/// MINIX's are 0x20 (kernel call) and 0x21 (IPC); the other two are the toolkit's own.
/// </summary>
public static class TrapVector
{
    /// <summary>A kernel call (<c>minix_kernel_call_trap</c>): the request message's address in rdi.</summary>
    public const byte KernelCall = 0x20;

    /// <summary>An IPC primitive (<c>minix_ipc_trap</c>): function, endpoint and message address in rdi, rsi, rdx.</summary>
    public const byte Ipc = 0x21;

    /// <summary>The image runtime's fault hook (<c>minix_fault</c>): the fault kind in rdi; the process ends.</summary>
    public const byte Fault = 0x22;

    /// <summary>The image runtime's diagnostic output (<c>minix_debug_write</c>): UTF-8 address and length in rdi, rsi.</summary>
    public const byte DebugWrite = 0x23;

    /// <summary>The lowest of the four (they are consecutive).</summary>
    public const byte First = KernelCall;

    /// <summary>The highest of the four.</summary>
    public const byte Last = DebugWrite;
}
