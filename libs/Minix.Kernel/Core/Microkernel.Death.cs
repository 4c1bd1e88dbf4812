using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    private readonly ExitReport[] _exitReports = new ExitReport[16];
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
        LogDeath(process, reason, detail, address, instruction);
        if (process.Placement == Placement.Kernel)
        {
            Panic("a driver in kernel placement failed"u8);
            return;
        }

        process.Flags |= ProcessFlags.Exiting;
        ClearReferences(process);
        ReleaseIrqHooks(process);
        PrivilegeSlot? privileges = process.Privileges;
        bool wasManager = false;
        if (privileges is not null && privileges.Owner == process)
        {
            wasManager = (privileges.Rights.Flags & PrivilegeFlags.PrivilegeManager) != 0;
            ulong bit = 1UL << privileges.Id;
            for (int i = 0; i < _privileges.Length; i++)
                _privileges[i].NotifyPending &= ~bit;
            privileges.InUse = false;
            privileges.Owner = null;
            privileges.NotifyPending = privileges.InterruptsPending = privileges.SignalsPending = privileges.AlarmAt = 0;
        }

        RecordExit(process, reason, detail, address, instruction);
        Machine.Unload(process);
        process.Privileges = null;
        process.Flags = ProcessFlags.SlotFree;
        process.Endpoint = Endpoint.None;
        bool told = NotifyPrivilegeManagers();
        if (wasManager && !told)
        {
            // Nobody is left to restart anything, the reincarnation server included: stop rather than run on unprotected.
            Panic("the privilege manager (the reincarnation server) died"u8);
        }
    }

    /// <summary>Stops the system: the kernel itself, or a part of it, failed.</summary>
    /// <param name="why">What went wrong.</param>
    public void Panic(ReadOnlySpan<byte> why)
    {
        new Utf8Line(stackalloc byte[160]).Text("kernel panic: "u8).Text(why).WriteTo(Machine);
        Machine.Shutdown(PanicStatus);
    }

    /// <summary>Takes a dying process out of every queue and releases everything blocked on it.</summary>
    private void ClearReferences(Process process)
    {
        Unready(process);
        if ((process.Flags & ProcessFlags.Sending) != 0 && Find(process.SendTo, out Process target) == Status.Ok)
            RemoveCaller(target, process);
        process.Flags &= ~(ProcessFlags.Sending | ProcessFlags.Receiving);
        ReleaseWaiters(process);
    }

    /// <summary>
    /// Releases every process blocked sending to or receiving from <paramref name="process"/> with
    /// <see cref="Status.DeadEndpoint"/>: when it dies, and on SYS_PRIVCTL ClearIpcReferences after a restart.
    /// </summary>
    private void ReleaseWaiters(Process process)
    {
        for (Process? sender = process.FirstCaller; sender is not null;)
        {
            Process? next = sender.NextCaller;
            sender.NextCaller = null;
            sender.Flags &= ~ProcessFlags.Sending;
            sender.SendTo = Endpoint.None;
            sender.Result = Status.DeadEndpoint;
            Ready(sender);
            sender = next;
        }

        process.FirstCaller = null;
        for (int i = 0; i < _table.Length; i++)
        {
            Process other = _table[i];
            if (other != process && (other.Flags & ProcessFlags.Receiving) != 0 && other.ReceiveFrom == process.Endpoint)
            {
                other.Result = Status.DeadEndpoint;
                Unblock(other);
            }
        }
    }

    private static void RemoveCaller(Process target, Process caller)
    {
        Process? previous = null;
        for (Process? p = target.FirstCaller; p is not null; previous = p, p = p.NextCaller)
        {
            if (p != caller)
                continue;
            if (previous is null)
                target.FirstCaller = p.NextCaller;
            else
                previous.NextCaller = p.NextCaller;
            p.NextCaller = null;
            return;
        }
    }

    private void RecordExit(Process process, ExitReason reason, int detail, ulong address, ulong instruction)
    {
        // When the queue is full the oldest report goes: the manager learns of the latest deaths.
        if (_exitReportCount == _exitReports.Length)
            TakeExitReport(out _);
        _exitReports[_exitReportCount++] = new ExitReport
        {
            Endpoint = process.Endpoint, Reason = reason, Detail = detail, Module = process.Module,
            Address = address, InstructionPointer = instruction, Name = process.Name,
        };
    }

    /// <summary>Takes the oldest exit report; false if there is none.</summary>
    private bool TakeExitReport(out ExitReport report)
    {
        report = _exitReports[0];
        if (_exitReportCount == 0)
            return false;
        _exitReports.AsSpan(1, --_exitReportCount).CopyTo(_exitReports);
        return true;
    }

    /// <summary>Tells every privilege manager that a process died; false if there is none left.</summary>
    private bool NotifyPrivilegeManagers()
    {
        bool any = false;
        for (int i = 0; i < _privileges.Length; i++)
        {
            PrivilegeSlot slot = _privileges[i];
            if (slot.Owner is Process manager && (slot.Rights.Flags & PrivilegeFlags.PrivilegeManager) != 0)
            {
                slot.SignalsPending |= 1;
                Notify(SystemTask, manager);
                any = true;
            }
        }

        return any;
    }

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
