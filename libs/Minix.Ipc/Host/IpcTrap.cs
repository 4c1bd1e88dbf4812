namespace Minix.Ipc;

/// <summary>Host side of the IPC trap: hands the call to the thread's simulated machine.</summary>
internal static class IpcTrap
{
    public static Status Call(IpcCall call, Endpoint partner, ref Message message, out IpcStatus status) =>
        IpcTransport.Require().Call(call, partner, ref message, out status);

    public static Status KernelCall(ref Message message) => IpcTransport.Require().KernelCall(ref message);
}
