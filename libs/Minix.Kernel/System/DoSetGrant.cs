namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>The most grant entries one table may have (the index bits of a grant id).</summary>
    public const int MaxGrantEntries = 1 << GrantId.IndexBits;

    /// <summary>SYS_SETGRANT: remembers where the caller's grant table is; 0 entries unregisters it.</summary>
    private static Status DoSetGrant(Microkernel kernel, Process caller, ref Message message)
    {
        SetGrantRequest request = message.Payload<SetGrantRequest>();
        if (request.Entries < 0 || request.Entries > MaxGrantEntries)
            return Status.InvalidArgument;
        if (request.Entries > 0 && !kernel.Machine.Owns(caller, request.Address, (ulong)request.Entries * GrantEntry.Size, writable: false))
            return Status.BadAddress;
        (caller.GrantTable, caller.GrantEntries) = (request.Entries > 0 ? request.Address : 0, request.Entries);
        return Status.Ok;
    }
}
