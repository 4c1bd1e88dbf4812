using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>SYS_GETINFO WhoAmI: the caller's endpoint, name and privilege id and flags.</summary>
    /// <param name="me">The answer.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static Status WhoAmI(out GetInfoReply me)
    {
        Status status = Call(KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.WhoAmI, Target = Endpoint.Self }, out Message reply);
        me = status == Status.Ok ? reply.Payload<GetInfoReply>() : default;
        return status;
    }

    /// <summary>SYS_GETINFO KernelInfo.</summary>
    /// <param name="info">The answer.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static Status GetKernelInfo(out KernelInfo info) => GetInfoInto(InfoRequest.KernelInfo, Endpoint.Self, out info);

    /// <summary>SYS_GETINFO Privileges: a copy of a process's privileges (the caller's own unless it manages privileges).</summary>
    /// <param name="target">The process, or <see cref="Endpoint.Self"/>.</param>
    /// <param name="privilege">The answer.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static Status GetPrivileges(Endpoint target, out Privilege privilege) => GetInfoInto(InfoRequest.Privileges, target, out privilege);

    /// <summary>SYS_GETINFO BootImage (privilege managers only): entry <paramref name="index"/> of the boot-image table.</summary>
    /// <param name="index">0, 1, 2, ...</param>
    /// <param name="entry">The entry.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/> past the last entry, or a refusal.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static Status GetBootImageEntry(int index, out BootImageEntry entry) => GetInfoInto(InfoRequest.BootImage, Endpoint.Self, out entry, index);

    /// <summary>SYS_GETINFO ExitReport (privilege managers only): takes the oldest report of a process that ended.</summary>
    /// <param name="report">The report.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/> when none is left, or a refusal.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static Status TakeExitReport(out ExitReport report) => GetInfoInto(InfoRequest.ExitReport, Endpoint.Self, out report);

    /// <summary>SYS_GETINFO Process: a copy of a process-table entry (another process's only for system processes).</summary>
    /// <param name="target">The process, or <see cref="Endpoint.Self"/>.</param>
    /// <param name="info">The entry.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static Status GetProcessInfo(Endpoint target, out ProcessInfo info) => GetInfoInto(InfoRequest.Process, target, out info);

    /// <summary>SYS_GETINFO with any sub-request, into a caller buffer.</summary>
    /// <param name="request">The sub-request.</param>
    /// <param name="target">The process asked about, or <see cref="Endpoint.Self"/>.</param>
    /// <param name="buffer">Where the answer goes.</param>
    /// <param name="length">Bytes written.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static unsafe Status GetInfo(InfoRequest request, Endpoint target, Span<byte> buffer, out int length)
    {
        fixed (byte* address = buffer)
        {
            Status status = Call(KernelCall.GetInfo, new GetInfoRequest { Request = request, Target = target, Buffer = (ulong)address, Length = buffer.Length }, out Message reply);
            length = status == Status.Ok ? reply.Payload<GetInfoReply>().Length : 0;
            return status;
        }
    }

    /// <summary>SYS_GETINFO with an answer of a fixed size, written straight into <paramref name="answer"/>.</summary>
    private static unsafe Status GetInfoInto<TAnswer>(InfoRequest request, Endpoint target, out TAnswer answer, int index = 0)
        where TAnswer : unmanaged
    {
        answer = default;
        fixed (TAnswer* buffer = &answer)
            return Call(KernelCall.GetInfo, new GetInfoRequest { Request = request, Target = target, Buffer = (ulong)buffer, Length = sizeof(TAnswer), Index = index });
    }

    /// <summary>SYS_DIAGCTL: prints UTF-8 text to the kernel log, prefixed with the caller's name.</summary>
    /// <param name="text">1..256 bytes.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.DiagCtl)]
    public static unsafe Status DiagCtl(ReadOnlySpan<byte> text)
    {
        fixed (byte* address = text)
            return Call(KernelCall.DiagCtl, new DiagCtlRequest { Address = (ulong)address, Length = text.Length });
    }
}
