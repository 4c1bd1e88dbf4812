using System.Collections.Generic;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;

namespace Minix.Kernel;

/// <summary>What the catalogue knows of one kernel call.</summary>
/// <param name="Call">The call.</param>
/// <param name="Request">The request payload layout, or null if the call takes no arguments.</param>
/// <param name="Reply">The reply payload layout, or null if the reply carries only a status.</param>
/// <param name="Summary">One line on what it does.</param>
public sealed record KernelCallInfo(KernelCall Call, Type? Request, Type? Reply, string Summary)
{
    /// <summary>The call number.</summary>
    public int Number => (int)Call;

    /// <summary>The message type a request carries: <c>0x600 + number</c>.</summary>
    public int MessageType => Ipc.MessageType.KernelCallBase + (int)Call;

    /// <summary>The name in system.conf (<c>DEVIO</c>).</summary>
    public string Name => KernelCallNames.Name(Call);

    /// <summary>True if every system service has it unless its entry says <c>system NONE</c>.</summary>
    public bool Basic => (KernelCallMask.Basic & KernelCallMask.Of(Call)) != 0;
}

/// <summary>The kernel-call catalogue: every call with its number, name and request and reply layouts.</summary>
public static class KernelCallCatalogue
{
    /// <summary>Every call, in number order.</summary>
    public static IReadOnlyList<KernelCallInfo> All { get; } =
    [
        new(KernelCall.Fork, typeof(ForkRequest), typeof(ForkReply), "copy a user process into a new slot (process manager)"),
        new(KernelCall.Exec, typeof(ExecRequest), null, "give a user process a new memory image, then start it (process manager)"),
        new(KernelCall.PrivCtl, typeof(PrivCtlRequest), null, "set, restrict or query a process's privileges"),
        new(KernelCall.Kill, typeof(KillRequest), null, "end a process, or raise a signal for the process manager"),
        new(KernelCall.GetKSig, null, typeof(GetKSigReply), "the next process with signals from the kernel (process manager)"),
        new(KernelCall.EndKSig, typeof(EndKSigRequest), null, "done with a process's kernel signals (process manager)"),
        new(KernelCall.SigSend, typeof(SigSendRequest), typeof(SigSendReply), "make a user process run a signal handler (process manager)"),
        new(KernelCall.SigReturn, typeof(SigReturnRequest), typeof(SigReturnReply), "restore a user process after its handler (process manager)"),
        new(KernelCall.Spawn, typeof(SpawnRequest), typeof(SpawnReply), "start a process from a boot module, blocked until allowed"),
        new(KernelCall.Nop, null, null, "do nothing (measures kernel entry and exit)"),
        new(KernelCall.MapPhys, typeof(MapPhysRequest), typeof(MapPhysReply), "map physical memory the caller's mem ranges allow into the caller"),
        new(KernelCall.VirCopy, typeof(VirCopyRequest), null, "copy between the caller and processes it manages (process manager)"),
        new(KernelCall.Brk, typeof(BrkRequest), typeof(BrkReply), "move the end of a user process's data (process manager)"),
        new(KernelCall.IrqCtl, typeof(IrqCtlRequest), typeof(IrqCtlReply), "bind, enable, disable or release an IRQ line"),
        new(KernelCall.PatchText, typeof(PatchTextRequest), null, "overwrite a few bytes of a user-mode driver's code (fault injector)"),
        new(KernelCall.DevIo, typeof(DevIoRequest), typeof(DevIoReply), "one port read or write"),
        new(KernelCall.VDevIo, typeof(VDevIoRequest), null, "a vector of port reads or writes"),
        new(KernelCall.SetAlarm, typeof(SetAlarmRequest), typeof(SetAlarmReply), "arm or cancel the caller's alarm"),
        new(KernelCall.Times, typeof(TimesRequest), typeof(TimesReply), "accounting times and uptime"),
        new(KernelCall.GetInfo, typeof(GetInfoRequest), typeof(GetInfoReply), "kernel information, process entries, own privileges"),
        new(KernelCall.Abort, typeof(AbortRequest), null, "shut the system down"),
        new(KernelCall.SafeCopyFrom, typeof(SafeCopyRequest), null, "copy from a granter's memory through a grant"),
        new(KernelCall.SafeCopyTo, typeof(SafeCopyRequest), null, "copy into a granter's memory through a grant"),
        new(KernelCall.VSafeCopy, typeof(VSafeCopyRequest), typeof(VSafeCopyReply), "many grant copies in one call"),
        new(KernelCall.SetGrant, typeof(SetGrantRequest), null, "register the caller's grant table"),
        new(KernelCall.DiagCtl, typeof(DiagCtlRequest), null, "print to the kernel log"),
        new(KernelCall.Exit, typeof(ExitRequest), null, "end the calling process"),
    ];

    /// <summary>The entry of one call.</summary>
    /// <param name="call">The call.</param>
    /// <returns>Its entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined call.</exception>
    public static KernelCallInfo Get(KernelCall call)
    {
        foreach (KernelCallInfo info in All)
        {
            if (info.Call == call)
                return info;
        }

        throw new ArgumentOutOfRangeException(nameof(call), call, "not a kernel call");
    }
}
