using System.Runtime.InteropServices;

namespace Image.Programs;

/// <summary>The kernel-call and IPC traps themselves, for checks that hand the kernel what the typed calls never would.</summary>
internal static unsafe class RawTraps
{
    [DllImport("*", EntryPoint = "minix_kernel_call_trap"), SuppressGCTransition]
    public static extern int KernelTrap(void* message);

    [DllImport("*", EntryPoint = "minix_ipc_trap"), SuppressGCTransition]
    public static extern TrapResult IpcTrap(int function, int endpoint, void* message);

    /// <summary>What the IPC trap returns: the result in rax and the IPC status word in rdx.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct TrapResult
    {
        public long Result;
        public long Status;
    }
}
