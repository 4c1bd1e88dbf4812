using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Posix;

namespace Minix.Servers.Pm;

public sealed partial class ProcessManager
{
    /// <summary>Signals no process can catch, ignore or block.</summary>
    private static readonly ulong Unblockable = ManagedProcess.Bit(Signal.Kill) | ManagedProcess.Bit(Signal.Stop);

    /// <summary>Signals whose default is to be ignored (there is no job control: the stop signals are ignored too).</summary>
    private static readonly ulong IgnoredByDefault =
        ManagedProcess.Bit(Signal.Child) | ManagedProcess.Bit(Signal.Urgent) | ManagedProcess.Bit(Signal.WindowChanged) | ManagedProcess.Bit(Signal.Continue)
        | ManagedProcess.Bit(Signal.TerminalStop) | ManagedProcess.Bit(Signal.TerminalInput) | ManagedProcess.Bit(Signal.TerminalOutput);

    /// <summary>Signals a terminal raises (^C, ^\, a new window size): they go to the whole process group of the process the terminal names.</summary>
    private static readonly ulong TerminalSignals = ManagedProcess.Bit(Signal.Interrupt) | ManagedProcess.Bit(Signal.Quit) | ManagedProcess.Bit(Signal.WindowChanged);

    /// <summary>Signals whose default ends the process "with a core dump" (status bit 0x80; no core file is written).</summary>
    private static readonly ulong CoreByDefault =
        ManagedProcess.Bit(Signal.Quit) | ManagedProcess.Bit(Signal.IllegalInstruction) | ManagedProcess.Bit(Signal.Trap) | ManagedProcess.Bit(Signal.Abort)
        | ManagedProcess.Bit(Signal.EmulatorTrap) | ManagedProcess.Bit(Signal.FloatingPointException) | ManagedProcess.Bit(Signal.BusError)
        | ManagedProcess.Bit(Signal.SegmentationFault) | ManagedProcess.Bit(Signal.BadSystemCall);

    /// <summary>
    /// kill: pid &gt; 0 one process, 0 the caller's group, -1 every process it may signal but init, services and itself,
    /// &lt; -1 the group -pid. Root may signal anyone; others only processes of their own user. Signal 0 only checks.
    /// </summary>
    private void Kill(ManagedProcess caller, int pid, int signal)
    {
        if ((uint)signal >= ManagedProcess.Signals)
        {
            Answer(caller, Status.InvalidArgument);
            return;
        }

        int found = 0, allowed = 0;
        bool self = false;
        foreach (ManagedProcess p in _table)
        {
            bool target = p.IsAlive && !p.IsService && (pid > 0 ? p.Pid == pid
                : pid == 0 ? p.ProcessGroup == caller.ProcessGroup
                : pid == -1 ? p.Pid != 1 && p != caller
                : p.ProcessGroup == -pid);
            if (!target)
                continue;
            found++;
            if (caller.EffectiveUserId != 0 && caller.RealUserId != p.RealUserId && caller.EffectiveUserId != p.RealUserId)
                continue;
            if (p.Pid == 1 && signal == (int)Signal.Kill)
                continue; // init cannot be killed
            allowed++;
            if (p == caller)
                self = true;
            else if (signal != 0)
                Raise(p, (Signal)signal);
        }

        if (pid > 0 && found == 0 && ByPid(pid) is { State: ProcessState.Alive, IsService: true })
            found = 1; // a service exists, but is not the caller's to signal
        Answer(caller, found == 0 ? Status.NoSuchProcess : allowed == 0 ? Status.PermissionDenied : Status.Ok);
        if (self && signal != 0)
            Raise(caller, (Signal)signal);
    }

    /// <summary>sigaction: sets (unless asked only to read) and returns a signal's handler, mask and flags.</summary>
    private void SignalAction(ManagedProcess p, in SignalActionRequest request)
    {
        int s = request.Signal;
        if (s <= 0 || s >= ManagedProcess.Signals || (request.Handler != SignalHandlers.Query && (Unblockable & (1UL << s)) != 0)
            || (request.Handler > SignalHandlers.Ignore && request.Handler != SignalHandlers.Query && request.Entry == 0))
        {
            Answer(p, Status.InvalidArgument);
            return;
        }

        if (request.Entry >= MemoryLayout.UserTop)
        {
            Answer(p, Status.BadAddress); // the kernel would refuse to start a handler there
            return;
        }

        (ulong handler, ulong mask, int flags) = (p.Handlers[s], p.HandlerMasks[s], p.HandlerFlags[s]);
        if (request.Handler != SignalHandlers.Query)
        {
            (p.Handlers[s], p.HandlerMasks[s], p.HandlerFlags[s]) = (request.Handler, request.Mask & ~Unblockable, (int)request.Flags);
            if (request.Entry != 0)
                p.SignalEntry = request.Entry;
            if (request.Handler == SignalHandlers.Ignore || (request.Handler == SignalHandlers.Default && (IgnoredByDefault & (1UL << s)) != 0))
                p.Pending &= ~(1UL << s); // POSIX: setting a pending signal to be ignored discards it
        }

        Answer(p, Status.Ok, (long)handler, (long)mask, flags);
    }

    /// <summary>sigprocmask: SIG_BLOCK 1, SIG_UNBLOCK 2, SIG_SETMASK 3 (0 only reads); signals it unblocks are delivered now.</summary>
    private void SignalMask(ManagedProcess p, int how, ulong set)
    {
        ulong old = p.Mask;
        if (how is < 0 or > 3)
        {
            Answer(p, Status.InvalidArgument);
            return;
        }

        p.Mask = (how == 1 ? old | set : how == 2 ? old & ~set : how == 3 ? set : old) & ~Unblockable & ~1UL;
        Answer(p, Status.Ok, (long)old);
        DeliverPending(p);
    }

    /// <summary>sigsuspend: waits with the given mask until a signal is handled (the handler's sigreturn restores the old mask).</summary>
    private void SignalSuspend(ManagedProcess p, ulong mask)
    {
        (p.SavedMask, p.Mask, p.Waiting) = (p.Mask, mask & ~Unblockable, PmWait.Signal);
        DeliverPending(p);
    }

    /// <summary>sigreturn: the handler is done; the kernel restores the registers the frame holds, and the mask it kept.</summary>
    private void SignalReturn(ManagedProcess p, ulong frame)
    {
        if (Sys.SignalReturn(p.Endpoint, frame, out ulong mask) != Status.Ok)
        {
            Report(p, Signal.SegmentationFault, "its signal frame was damaged"u8);
            Terminate(p, WaitStatus.Signaled((int)Signal.SegmentationFault, core: true));
            return;
        }

        p.Mask = mask & ~Unblockable;
        DeliverPending(p);
    }

    /// <summary>
    /// The kernel's signals: each process stopped with some (a fault, or SYS_KILL from a server such as VFS or the
    /// terminal) has them acted on, then runs again. A fault the process does not catch, or blocks or ignores, ends it;
    /// a terminal's signal goes to the whole process group.
    /// </summary>
    private void TakeKernelSignals()
    {
        while (Sys.GetKernelSignals(out GetKSigReply signals) == Status.Ok)
        {
            ManagedProcess? p = Find(signals.Process);
            if (p is null)
                continue;
            for (int s = 1; s < ManagedProcess.Signals && p.IsAlive; s++)
            {
                if ((signals.Signals & (1UL << s)) == 0)
                    continue;
                bool fault = signals.Vector >= 0 || s == (int)Signal.Abort;
                if (fault && (p.Handlers[s] <= SignalHandlers.Ignore || (p.Mask & (1UL << s)) != 0))
                {
                    ReportFault(p, (Signal)s, signals);
                    Terminate(p, WaitStatus.Signaled(s, core: true));
                }
                else if ((TerminalSignals & (1UL << s)) != 0)
                {
                    // The terminal signals its controlling process; the whole process group gets it (MINIX's rule).
                    foreach (ManagedProcess q in _table)
                    {
                        if (q.IsAlive && !q.IsService && q.ProcessGroup == p.ProcessGroup)
                            Raise(q, (Signal)s);
                    }
                }
                else
                {
                    Raise(p, (Signal)s);
                }
            }

            if (p.IsAlive)
                Sys.EndKernelSignals(p.Endpoint);
        }
    }

    /// <summary>Acts on one signal for a process: default action, ignore, keep it pending while blocked, or run the handler.</summary>
    private void Raise(ManagedProcess p, Signal signal)
    {
        int s = (int)signal;
        ulong bit = 1UL << s;
        if (!p.IsAlive || p.IsService)
            return;
        ulong handler = p.Handlers[s];
        if ((bit & Unblockable) != 0 || (handler == SignalHandlers.Default && (bit & IgnoredByDefault) == 0))
        {
            if ((bit & Unblockable) != 0 || (p.Mask & bit) == 0)
            {
                Terminate(p, WaitStatus.Signaled(s, (bit & CoreByDefault) != 0));
                return;
            }
        }

        if (handler == SignalHandlers.Ignore || (handler == SignalHandlers.Default && (bit & IgnoredByDefault) != 0))
            return;
        if ((p.Mask & bit) != 0)
        {
            p.Pending |= bit;
            return;
        }

        Deliver(p, signal);
    }

    /// <summary>Runs a caught, unblocked signal's handler: out of any call it waits in (PM's own or VFS's), through SYS_SIGSEND.</summary>
    private void Deliver(ManagedProcess p, Signal signal)
    {
        int s = (int)signal;
        ulong restore = p.Waiting == PmWait.Signal ? p.SavedMask : p.Mask;
        if (p.Waiting == PmWait.None)
            AskVfs(VfsFromPmProtocol.Unpause, p.Endpoint); // a read on a pipe or a terminal ends with EINTR
        p.Waiting = PmWait.None; // a wait in PM itself: the kernel ends its call with EINTR
        Status sent = Sys.SignalSend(p.Endpoint, signal, p.SignalEntry, p.Handlers[s], restore, out _);
        if (sent != Status.Ok)
        {
            Report(p, Signal.SegmentationFault, sent == Status.BadAddress ? "its stack has no room for a signal frame"u8 : "the kernel refused its signal handler's entry"u8);
            Terminate(p, WaitStatus.Signaled((int)Signal.SegmentationFault, core: true));
            return;
        }

        p.Mask |= p.HandlerMasks[s] | ((p.HandlerFlags[s] & (int)SignalActionFlags.NoDefer) == 0 ? 1UL << s : 0);
        p.Mask &= ~Unblockable;
        if ((p.HandlerFlags[s] & (int)SignalActionFlags.ResetHandler) != 0)
            p.Handlers[s] = SignalHandlers.Default;
    }

    /// <summary>Delivers the first pending signal the mask no longer blocks (the rest follow when its handler returns).</summary>
    private void DeliverPending(ManagedProcess p)
    {
        ulong ready = p.Pending & ~p.Mask;
        for (int s = 1; s < ManagedProcess.Signals && ready != 0 && p.IsAlive; s++)
        {
            if ((ready & (1UL << s)) == 0)
                continue;
            p.Pending &= ~(1UL << s);
            Raise(p, (Signal)s);
            return;
        }
    }

    /// <summary>Logs a fault that ends a process: the signal, the CPU exception, where (with the C# method and line when the program carries a source map) and what it touched.</summary>
    private static void ReportFault(ManagedProcess p, Signal signal, in GetKSigReply fault)
    {
        var line = new LogText(stackalloc byte[320]);
        line.Append(p.Name).Append(" (pid "u8).Append(p.Pid).Append(") killed by "u8).Append(SignalNames.Of(signal));
        if (fault.Vector >= 0)
        {
            line.Append(" ("u8).Append(ExceptionName(fault.Vector)).Append(" at ip "u8).AppendHex(fault.InstructionPointer).Append(", address "u8).AppendHex(fault.FaultAddress).Append(")"u8);
            AppendSourceLine(p, fault.InstructionPointer, ref line);
        }
        else
            line.Append(" (a runtime fault)"u8);
        Log.Write(line.Text);
    }

    /// <summary>The CPU exceptions a user process can cause, by name.</summary>
    private static ReadOnlySpan<byte> ExceptionName(int vector) => vector switch
    {
        0 => "divide error"u8,
        1 => "debug trap"u8,
        3 => "breakpoint"u8,
        6 => "invalid opcode"u8,
        13 => "general protection fault"u8,
        14 => "page fault"u8,
        16 or 19 => "floating-point error"u8,
        17 => "alignment check"u8,
        _ => "CPU exception"u8,
    };

    private static void Report(ManagedProcess p, Signal signal, ReadOnlySpan<byte> why)
    {
        var line = new LogText(stackalloc byte[160]);
        line.Append(p.Name).Append(" (pid "u8).Append(p.Pid).Append(") killed by "u8).Append(SignalNames.Of(signal)).Append(": "u8).Append(why);
        Log.Write(line.Text);
    }
}
