using System.Runtime.InteropServices;

namespace Minix.Ipc;

/// <summary>Image side of the IPC trap: <c>int 0x21</c> and <c>int 0x20</c>, through stubs the linker binds.</summary>
internal static unsafe class IpcTrap
{
    public static Status Call(IpcCall call, Endpoint partner, ref Message message, out IpcStatus status)
    {
        fixed (Message* buffer = &message)
        {
            TrapResult result = Trap((int)call, partner.Value, buffer);
            status = new IpcStatus((int)result.Status);
            return (Status)(int)result.Result;
        }
    }

    public static Status KernelCall(ref Message message)
    {
        fixed (Message* buffer = &message)
            return (Status)KernelTrap(buffer);
    }

    // The kernel returns the result in rax and the IPC status word in rdx: a 16-byte struct comes back in exactly
    // that register pair under the SysV ABI.
    [DllImport("*", EntryPoint = "minix_ipc_trap"), SuppressGCTransition]
    private static extern TrapResult Trap(int function, int endpoint, Message* message);

    [DllImport("*", EntryPoint = "minix_kernel_call_trap"), SuppressGCTransition]
    private static extern int KernelTrap(Message* message);

    [StructLayout(LayoutKind.Sequential)]
    private struct TrapResult
    {
        public long Result;
        public long Status;
    }
}
