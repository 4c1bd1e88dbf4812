namespace Minix.Build.Stubs;

/// <summary>The interrupt vectors user processes trap through. The kernel's IDT must install handlers for the same
/// numbers; MINIX's defaults are 0x20 (kernel call) and 0x21 (IPC).</summary>
/// <param name="KernelCall">Vector of <c>minix_kernel_call_trap</c>.</param>
/// <param name="Ipc">Vector of <c>minix_ipc_trap</c>.</param>
/// <param name="Fault">Vector of the user-process <c>minix_fault</c>.</param>
/// <param name="DebugWrite">Vector of the user-process <c>minix_debug_write</c>.</param>
public sealed record TrapVectors(byte KernelCall = 0x20, byte Ipc = 0x21, byte Fault = 0x22, byte DebugWrite = 0x23);
