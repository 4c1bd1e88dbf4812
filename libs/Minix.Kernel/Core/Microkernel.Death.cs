namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    private readonly ExitReport[] _exitReports = new ExitReport[16];
    private readonly ulong[] _exitRecipients = new ulong[16];
    private int _exitReportCount;

    /// <summary>The status the machine stops with after a kernel panic.</summary>
    public const int PanicStatus = 3;

    /// <summary>
    /// Ends a process: everything blocked on it is released with <see cref="Status.DeadEndpoint"/>, its IRQ hooks,
    /// alarm and privileges are freed, and the privilege manager is notified so it can restart it. Only a process in
    /// user placement can die alone; in kernel placement a dying driver takes the kernel with it.
    /// </summary>
    /// <param name="process">The process.</param>
    /// <param name="reason">Why.</param>
    /// <param name="detail">Exit status, exception vector or fault kind.</param>
    /// <param name="address">Faulting address, if any.</param>
    /// <param name="instruction">Instruction pointer at the fault, if any.</param>
    public void Kill(Process process, ExitReason reason, int detail, ulong address = 0, ulong instruction = 0)
    {
        if (!process.IsAlive || process.IsTask)
            return;
        Process? manager = SignalManagerOf(process);
        if (manager is not null && reason is ExitReason.Fault or ExitReason.Panic)
        {
            // A user process's fault is the process manager's to act on (a handler may catch it), not a death.
            (process.FaultVector, process.FaultInstruction, process.FaultAddress) = (reason == ExitReason.Fault ? detail : -1, instruction, address);
            CauseSignal(process, reason == ExitReason.Panic ? Signal.Abort : FaultSignal(detail));
            return;
        }

        // A managed process's end is its process manager's to report (its parent's wait sees it); on a console shared
        // with a shell a line per command would bury what the user typed.
        if (manager is null)
            LogDeath(process, reason, detail, address, instruction);
        if (process.Placement == Placement.Kernel)
        {
            Panic("a driver in kernel placement failed"u8);
            return;
        }

        process.Flags |= ProcessFlags.Exiting;
        Unready(process);
        StopSending(process);
        ReleaseWaiters(process);
        PrivilegeSlot? privileges = process.Privileges;
        bool wasManager = privileges?.Owner == process && (privileges.Rights.Flags & PrivilegeFlags.PrivilegeManager) != 0;
        ReleasePrivileges(process);
        Machine.Unload(process);
        bool told = ReportExit(process, reason, detail, address, instruction, manager);
        Vacate(process);
        // Nobody is left to restart anything, the reincarnation server included: stop rather than run on unprotected.
        if (wasManager && !told)
            Panic("the privilege manager (the reincarnation server) died"u8);
    }

    /// <summary>Stops the system: the kernel itself, or a part of it, failed.</summary>
    /// <param name="why">What went wrong.</param>
    public void Panic(ReadOnlySpan<byte> why)
    {
        new Utf8Line(stackalloc byte[160]).Text("kernel panic: "u8).Text(why).WriteTo(Machine);
        Machine.Shutdown(PanicStatus);
    }

    /// <summary>
    /// Frees the privilege id a process holds of its own, with what is pending on it and the notifications it sent
    /// that are not yet received (the id's next holder must not seem to have sent them); a shared entry is only left.
    /// </summary>
    private void ReleasePrivileges(Process process)
    {
        ReleaseIrqHooks(process); // an interrupt on its lines must not find an owner without privileges of its own
        if (process.Privileges is PrivilegeSlot old && old.Owner == process)
        {
            foreach (PrivilegeSlot slot in _privileges)
                slot.NotifyPending &= ~(1UL << old.Id);
            (old.InUse, old.Owner) = (false, null);
            old.NotifyPending = old.InterruptsPending = old.SignalsPending = old.AlarmAt = 0;
        }

        process.Privileges = null;
    }

    /// <summary>
    /// Releases every process blocked sending to or receiving from <paramref name="process"/> with
    /// <see cref="Status.DeadEndpoint"/>: when it dies, and on SYS_PRIVCTL ClearIpcReferences after a restart.
    /// </summary>
    private void ReleaseWaiters(Process process)
    {
        while (process.FirstCaller is Process sender)
        {
            process.FirstCaller = sender.NextCaller;
            sender.NextCaller = null;
            sender.Flags &= ~ProcessFlags.Sending;
            sender.SendTo = Endpoint.None;
            sender.Result = Status.DeadEndpoint;
            Ready(sender);
        }

        foreach (Process other in _table)
        {
            if (other != process && (other.Flags & ProcessFlags.Receiving) != 0 && other.ReceiveFrom == process.Endpoint)
            {
                other.Result = Status.DeadEndpoint;
                Unblock(other);
            }
        }
    }

    /// <summary>
    /// Queues the report of a death for every privilege manager and, for a user process, its process manager, and
    /// notifies them; false if no privilege manager is left.
    /// </summary>
    private bool ReportExit(Process process, ExitReason reason, int detail, ulong address, ulong instruction, Process? manager)
    {
        ulong managers = 0;
        for (int i = 0; i < _privileges.Length; i++)
            managers |= (_privileges[i].Rights.Flags & PrivilegeFlags.PrivilegeManager) != 0 && _privileges[i].Owner is not null ? 1UL << i : 0;
        ulong recipients = managers | (manager is null ? 0 : 1UL << manager.Privileges!.Id);
        // When the queue is full the oldest report goes: the managers learn of the latest deaths.
        if (_exitReportCount == _exitReports.Length)
            DropExitReport(0);
        _exitRecipients[_exitReportCount] = recipients;
        _exitReports[_exitReportCount++] = new ExitReport
        {
            Endpoint = process.Endpoint, Reason = reason, Detail = detail, Module = process.Module,
            Address = address, InstructionPointer = instruction, Name = process.Name,
        };
        for (int id = 0; id < _privileges.Length; id++)
        {
            if ((recipients & (1UL << id)) != 0)
                TellManager(_privileges[id].Owner!, KernelSignalBits.ExitReports);
        }

        return managers != 0;
    }

    /// <summary>Takes the oldest exit report meant for <paramref name="taker"/>; false if there is none.</summary>
    private bool TakeExitReport(Process taker, out ExitReport report)
    {
        report = default;
        ulong bit = 1UL << taker.Privileges!.Id;
        for (int i = 0; i < _exitReportCount; i++)
        {
            if ((_exitRecipients[i] & bit) == 0)
                continue;
            report = _exitReports[i];
            if ((_exitRecipients[i] &= ~bit) == 0)
                DropExitReport(i);
            return true;
        }

        return false;
    }

    private void DropExitReport(int index)
    {
        int after = --_exitReportCount - index;
        _exitReports.AsSpan(index + 1, after).CopyTo(_exitReports.AsSpan(index, after));
        _exitRecipients.AsSpan(index + 1, after).CopyTo(_exitRecipients.AsSpan(index, after));
    }

    /// <summary>Sets a bit of the SYSTEM notification's payload for <paramref name="manager"/> and notifies it.</summary>
    private void TellManager(Process manager, ulong bits)
    {
        manager.Privileges!.SignalsPending |= bits;
        Notify(SystemTask, manager);
    }

    /// <summary>The process manager, if <paramref name="process"/> is a user process and there is one.</summary>
    private Process? SignalManagerOf(Process process)
    {
        if (process.Privileges is null || process.Privileges.Owner == process)
            return null;
        for (int id = 0; id < _privileges.Length; id++)
        {
            if ((_privileges[id].Rights.Flags & PrivilegeFlags.SignalManager) != 0 && _privileges[id].Owner is Process manager && manager.IsAlive)
                return manager;
        }

        return null;
    }

    /// <summary>Raises <paramref name="signal"/> for a user process: it stops until its process manager has dealt with it.</summary>
    private void CauseSignal(Process process, Signal signal)
    {
        process.KernelSignals |= 1UL << (int)signal;
        process.Flags |= ProcessFlags.Signaled;
        Unready(process);
        TellManager(SignalManagerOf(process)!, KernelSignalBits.Signals);
    }

    /// <summary>The signal a CPU exception raises (as MINIX's exception table).</summary>
    private static Signal FaultSignal(int vector) => vector switch
    {
        0 or 16 or 19 => Signal.FloatingPointException,
        1 or 3 => Signal.Trap,
        6 => Signal.IllegalInstruction,
        8 or 2 or 17 or 18 => Signal.BusError,
        _ => Signal.SegmentationFault,
    };

    private void LogDeath(Process process, ExitReason reason, int detail, ulong address, ulong instruction)
    {
        var line = new Utf8Line(stackalloc byte[192]).Text("kernel: "u8).Name(process.Name).Text(" (endpoint "u8).Decimal(process.Endpoint.Slot);
        // A first incarnation by its slot alone, as the kernel has always named it; a later one as slot/generation, so
        // the line tells incarnations apart the way RS's and DS's lines do.
        if (process.Endpoint.Generation != 0)
            line = line.Text("/"u8).Decimal(process.Endpoint.Generation);
        line = line.Text(") "u8);
        line = reason switch
        {
            ExitReason.Exited => line.Text("exited with status "u8).Decimal(detail),
            ExitReason.Killed => line.Text("killed"u8),
            ExitReason.Fault => line.Text("killed by "u8).Text(ExceptionName(detail)).Text(" (vector "u8).Decimal(detail).Text(") at ip "u8).Hex(instruction).Text(", address "u8).Hex(address),
            // Which runtime check failed, by the name of the image runtime's FaultKind (the table lives with the exit report).
            _ => line.Text("panicked: runtime fault "u8).Text(RuntimeFaultKind.Name(detail)).Text(" at ip "u8).Hex(instruction),
        };
        // An instruction pointer outside the process's code is said as such, not symbolised against the wrong image.
        ReadOnlySpan<byte> stray = reason == ExitReason.Fault ? Machine.StrayLocation(process, instruction) : default, where = Machine.CodeLocation(process, instruction);
        (stray.Length > 0 ? line.Text(": "u8).Text(stray) : where.Length > 0 ? line.Text(" in "u8).Text(where) : line).WriteTo(Machine);
    }

    /// <summary>The name of a CPU exception vector (the ones processes cause; others by number).</summary>
    /// <param name="vector">The vector.</param>
    /// <returns>Its name.</returns>
    public static ReadOnlySpan<byte> ExceptionName(int vector) => vector switch
    {
        0 => "divide error"u8,
        6 => "invalid opcode"u8,
        13 => "general protection fault"u8,
        14 => "page fault"u8,
        _ => "CPU exception"u8,
    };
}
