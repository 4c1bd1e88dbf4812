namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_FORK: a new process in a free slot with a copy of the parent's memory, registers, privileges and grant table.
    /// The parent is waiting for the caller's reply to its fork request; the child is left waiting for one too, at the
    /// same buffer, so the process manager's reply to each (the child's pid, or 0) is what fork returns.
    /// </summary>
    private static Status DoFork(Microkernel kernel, Process caller, ref Message message)
    {
        ForkRequest request = message.Payload<ForkRequest>();
        Status status = kernel.FindWaiting(caller, request.Parent, out Process parent);
        if (status != Status.Ok)
            return status;
        status = kernel.TakeSlot(request.Slot, PrivilegeId.MaxBootSlot + 1, out int slot);
        if (status != Status.Ok)
            return status;
        Process child = kernel.ProcessAt(slot);
        Initialize(child, kernel.NextGeneration(slot), parent.Module, parent.MaxPriority, parent.Quantum, Placement.User);
        (child.Name, child.Privileges) = (parent.Name, parent.Privileges);
        (child.GrantTable, child.GrantEntries) = (parent.GrantTable, parent.GrantEntries);
        (child.Flags, child.ReceiveFrom) = (ProcessFlags.Receiving, caller.Endpoint);
        (child.AwaitingReply, child.MessageAddress) = (true, parent.MessageAddress);
        status = kernel.Keep(child, kernel.Machine.Fork(parent, child));
        if (status == Status.Ok)
            message.Payload<ForkReply>().Child = child.Endpoint;
        return status;
    }
}
