namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// The kernel-call trap: reads the request message at <paramref name="address"/> in the caller, checks the call
    /// number and the caller's call mask, runs the call's handler and writes the reply (status in
    /// <see cref="Message.Type"/>, source SYSTEM) back in place. The status also lands in <see cref="Process.Result"/>.
    /// </summary>
    /// <param name="caller">The calling process.</param>
    /// <param name="address">The message buffer's address in the caller.</param>
    public void KernelCallTrap(Process caller, ulong address)
    {
        if (!Machine.Owns(caller, address, Message.Size, writable: true))
        {
            caller.Result = Status.BadAddress;
            return;
        }

        var message = default(Message);
        Machine.Read(caller, address, BytesOf(ref message));
        Status status = Dispatch(caller, ref message);
        if (status == Status.DontReply)
            return;
        message.Source = SystemTask.Endpoint;
        message.Type = (int)status;
        Machine.Write(caller, address, BytesOf(ref message));
        caller.Result = status;
    }

    private unsafe Status Dispatch(Process caller, ref Message message)
    {
        int number = message.Type - MessageType.KernelCallBase;
        if ((uint)number >= (uint)CallHandlers.Length || CallHandlers[number] == null)
            return Status.BadRequest;
        return caller.Privileges is null || !caller.Privileges.Rights.MayCall(number) ? Status.CallDenied : CallHandlers[number](this, caller, ref message);
    }
}
