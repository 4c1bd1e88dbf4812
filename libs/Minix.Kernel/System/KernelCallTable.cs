namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>The kernel-call table: call number to handler, one file per handler beside this one.</summary>
    private static readonly unsafe delegate*<Microkernel, Process, ref Message, Status>[] CallHandlers =
        new delegate*<Microkernel, Process, ref Message, Status>[KernelCallMask.Capacity];

    static unsafe Microkernel()
    {
        CallHandlers[(int)KernelCall.Fork] = &DoFork;
        CallHandlers[(int)KernelCall.Exec] = &DoExec;
        CallHandlers[(int)KernelCall.PrivCtl] = &DoPrivCtl;
        CallHandlers[(int)KernelCall.Kill] = &DoKill;
        CallHandlers[(int)KernelCall.GetKSig] = &DoGetKSig;
        CallHandlers[(int)KernelCall.EndKSig] = &DoEndKSig;
        CallHandlers[(int)KernelCall.SigSend] = &DoSigSend;
        CallHandlers[(int)KernelCall.SigReturn] = &DoSigReturn;
        CallHandlers[(int)KernelCall.Spawn] = &DoSpawn;
        CallHandlers[(int)KernelCall.Nop] = &DoNop;
        CallHandlers[(int)KernelCall.MapPhys] = &DoMapPhys;
        CallHandlers[(int)KernelCall.VirCopy] = &DoVirCopy;
        CallHandlers[(int)KernelCall.Brk] = &DoBrk;
        CallHandlers[(int)KernelCall.IrqCtl] = &DoIrqCtl;
        CallHandlers[(int)KernelCall.PatchText] = &DoPatchText;
        CallHandlers[(int)KernelCall.DevIo] = &DoDevIo;
        CallHandlers[(int)KernelCall.VDevIo] = &DoVDevIo;
        CallHandlers[(int)KernelCall.SetAlarm] = &DoSetAlarm;
        CallHandlers[(int)KernelCall.Times] = &DoTimes;
        CallHandlers[(int)KernelCall.GetInfo] = &DoGetInfo;
        CallHandlers[(int)KernelCall.Abort] = &DoAbort;
        CallHandlers[(int)KernelCall.SafeCopyFrom] = &DoSafeCopyFrom;
        CallHandlers[(int)KernelCall.SafeCopyTo] = &DoSafeCopyTo;
        CallHandlers[(int)KernelCall.VSafeCopy] = &DoVSafeCopy;
        CallHandlers[(int)KernelCall.SetGrant] = &DoSetGrant;
        CallHandlers[(int)KernelCall.DiagCtl] = &DoDiagCtl;
        CallHandlers[(int)KernelCall.Exit] = &DoExit;
    }
}
