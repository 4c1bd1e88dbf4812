namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>A process whose image came from exec, not from a boot module: no boot-archive symbols name its code.</summary>
    public const int NoModule = -2;

    /// <summary>
    /// SYS_EXEC: for a user process waiting for the caller's reply (its exec request), NewImage replaces its memory with
    /// a new zeroed image (the old one is freed only once the new one exists), which the caller then fills through
    /// SYS_VIRCOPY; Start sets where it begins and lets it run, its exec request abandoned.
    /// </summary>
    private static Status DoExec(Microkernel kernel, Process caller, ref Message message)
    {
        ExecRequest request = message.Payload<ExecRequest>();
        Status status = kernel.FindWaiting(caller, request.Target, out Process target);
        if (status != Status.Ok)
            return status;
        if (request.Operation == ExecOperation.Start && target.Loading)
        {
            if (request.Entry >= MemoryLayout.UserTop || request.StackPointer >= MemoryLayout.UserTop)
                return Status.InvalidArgument; // iretq to a non-canonical address faults in ring 0
            (target.Loading, target.GrantTable, target.GrantEntries) = (false, 0, 0);
            kernel.Machine.Restart(target, request.Entry, request.StackPointer);
            kernel.Unblock(target);
            return Status.Ok;
        }

        var layout = default(ExecLayout);
        if (request.Operation != ExecOperation.NewImage || !kernel.Machine.Read(caller, request.Layout, BytesOf(ref layout)))
            return request.Operation != ExecOperation.NewImage ? Status.InvalidArgument : Status.BadAddress;
        if ((uint)layout.SegmentCount > ExecLayout.MaxSegments)
            return Status.InvalidArgument;
        status = kernel.Machine.Exec(target, ((ReadOnlySpan<ExecSegment>)layout.Segments).Slice(0, layout.SegmentCount), layout.StackSize);
        if (status == Status.Ok)
            (target.Name, target.Module, target.Loading) = (layout.Name, NoModule, true);
        return status;
    }
}
