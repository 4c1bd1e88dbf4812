namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_PATCHTEXT: software fault injection into a running driver. Only a user-mode system process that does not
    /// hold the call itself and manages neither privileges nor signals may be patched, so the injector can reach
    /// neither the kernel (nor drivers placed in it), nor RS, nor PM (through which it would act on every user
    /// program), nor itself or another injector, nor user programs.
    /// </summary>
    private static Status DoPatchText(Microkernel kernel, Process caller, ref Message message)
    {
        PatchTextRequest request = message.Payload<PatchTextRequest>();
        Status status = kernel.Find(request.Target, out Process target);
        if (status != Status.Ok || request.Length < 1 || request.Length > PatchTextRequest.MaxLength)
            return status != Status.Ok ? status : Status.InvalidArgument;
        PrivilegeSlot? rights = target.Privileges;
        if (target.IsTask || target == caller || target.Placement != Placement.User || rights is null || rights.Owner != target
            || (rights.Rights.Flags & (PrivilegeFlags.PrivilegeManager | PrivilegeFlags.SignalManager)) != 0 || (rights.Rights.CallMask & KernelCallMask.Of(KernelCall.PatchText)) != 0)
            return Status.PermissionDenied;
        ulong length = (ulong)request.Length;
        return kernel.Machine.Copy(target, request.Address, caller, request.Saved, length)
            && kernel.Machine.Copy(caller, request.Bytes, target, request.Address, length, intoReadOnly: true) ? Status.Ok : Status.BadAddress;
    }
}
