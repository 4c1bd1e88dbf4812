using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>The kernel-call table: call number to handler, one file per handler beside this one.</summary>
    private static readonly unsafe delegate*<Microkernel, Process, ref Message, Status>[] CallHandlers = BuildCallHandlers();

    private static unsafe delegate*<Microkernel, Process, ref Message, Status>[] BuildCallHandlers()
    {
        var table = new delegate*<Microkernel, Process, ref Message, Status>[KernelCallMask.Capacity];
        table[(int)KernelCall.PrivCtl] = &DoPrivCtl;
        table[(int)KernelCall.Kill] = &DoKill;
        table[(int)KernelCall.Spawn] = &DoSpawn;
        table[(int)KernelCall.Nop] = &DoNop;
        table[(int)KernelCall.MapPhys] = &DoMapPhys;
        table[(int)KernelCall.IrqCtl] = &DoIrqCtl;
        table[(int)KernelCall.DevIo] = &DoDevIo;
        table[(int)KernelCall.VDevIo] = &DoVDevIo;
        table[(int)KernelCall.SetAlarm] = &DoSetAlarm;
        table[(int)KernelCall.Times] = &DoTimes;
        table[(int)KernelCall.GetInfo] = &DoGetInfo;
        table[(int)KernelCall.Abort] = &DoAbort;
        table[(int)KernelCall.SafeCopyFrom] = &DoSafeCopyFrom;
        table[(int)KernelCall.SafeCopyTo] = &DoSafeCopyTo;
        table[(int)KernelCall.VSafeCopy] = &DoVSafeCopy;
        table[(int)KernelCall.SetGrant] = &DoSetGrant;
        table[(int)KernelCall.DiagCtl] = &DoDiagCtl;
        table[(int)KernelCall.Exit] = &DoExit;
        return table;
    }
}
