using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>Status names as UTF-8, for log lines built without strings (the same names as <see cref="StatusInfo.Name"/>).</summary>
public static class StatusText
{
    /// <summary>The MINIX name of a status, e.g. <c>EDEADSRCDST</c>; <c>E?</c> for an unknown code.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static ReadOnlySpan<byte> Name(Status status) => status switch
    {
        Status.Ok => "OK"u8,
        Status.PermissionDenied => "EPERM"u8,
        Status.NotFound => "ENOENT"u8,
        Status.NoSuchProcess => "ESRCH"u8,
        Status.Interrupted => "EINTR"u8,
        Status.IoError => "EIO"u8,
        Status.NoSuchDevice => "ENXIO"u8,
        Status.TooBig => "E2BIG"u8,
        Status.OutOfMemory => "ENOMEM"u8,
        Status.BadAddress => "EFAULT"u8,
        Status.Busy => "EBUSY"u8,
        Status.AlreadyExists => "EEXIST"u8,
        Status.NotSupportedByDevice => "ENODEV"u8,
        Status.InvalidArgument => "EINVAL"u8,
        Status.NoSpace => "ENOSPC"u8,
        Status.TryAgain => "EAGAIN"u8,
        Status.TimedOut => "ETIMEDOUT"u8,
        Status.TooDeep => "ELOOP"u8,
        Status.NotImplemented => "ENOSYS"u8,
        Status.Restart => "ERESTART"u8,
        Status.NotReady => "ENOTREADY"u8,
        Status.DeadEndpoint => "EDEADSRCDST"u8,
        Status.DontReply => "EDONTREPLY"u8,
        Status.Generic => "EGENERIC"u8,
        Status.Deadlock => "ELOCKED"u8,
        Status.BadCall => "EBADCALL"u8,
        Status.CallDenied => "ECALLDENIED"u8,
        Status.TrapDenied => "ETRAPDENIED"u8,
        Status.BadRequest => "EBADREQUEST"u8,
        Status.BadEndpoint => "EBADEPT"u8,
        Status.PortNotAllowed => "EPORTDENIED"u8,
        Status.PortMisaligned => "EPORTALIGN"u8,
        Status.IrqNotOwned => "EIRQDENIED"u8,
        Status.MemoryNotAllowed => "EMEMDENIED"u8,
        Status.NotPrivilegeManager => "ENOTPRIVMGR"u8,
        Status.SlotRetired => "ESLOTRETIRED"u8,
        Status.GrantNoTable => "EGRANTNOTABLE"u8,
        Status.GrantBadId => "EGRANTID"u8,
        Status.GrantRevoked => "EGRANTREVOKED"u8,
        Status.GrantNotForCaller => "EGRANTEE"u8,
        Status.GrantOutOfRange => "EGRANTRANGE"u8,
        Status.GrantWrongDirection => "EGRANTACCESS"u8,
        Status.GrantBadKind => "EGRANTTYPE"u8,
        _ => "E?"u8,
    };
}
