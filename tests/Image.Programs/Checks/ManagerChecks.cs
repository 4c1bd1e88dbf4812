using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Image.Programs.Checks;

/// <summary>
/// The privilege manager of the kernel-call image (boot slot 2, as the reincarnation server): SYS_SPAWN, SYS_PRIVCTL,
/// SYS_KILL and the manager-only GETINFO requests, allowed and refused. It then collects every other process's
/// exit report and ends the boot with SYS_ABORT once all have ended (status 1 if one is still missing after 30 s).
/// </summary>
public static class ManagerChecks
{
    private const int ExpectedExits = CallsImage.Checkers + 3;
    private const ulong TimeLimit = 3000;

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "manager_main")]
    public static void Main()
    {
        Check.Call(KernelCall.SetAlarm, new SetAlarmRequest { Ticks = TimeLimit }, out Message armed);
        ulong deadline = armed.Payload<SetAlarmReply>().Uptime + TimeLimit;
        int module = OrdinaryModule();
        Endpoint child = SpawnChecks(module);
        NotYetPrivileged(child);
        PrivCtlChecks(child);
        KillChecks(module);
        StartMute(module);
        ForeignInfoChecks();
        CollectExits(deadline);
    }

    private static int OrdinaryModule()
    {
        int module = -1;
        int entries = 0;
        Status status;
        while ((status = Sys.GetBootImageEntry(entries, out BootImageEntry entry)) == Status.Ok)
        {
            if (Same(ProcessName.Bytes(entry.Name), "ordinary"u8))
                module = entry.Module;
            entries++;
        }

        Check.Report("getinfo-boot-image"u8, status == Status.NotFound ? Status.Ok : status, "entries"u8, entries);
        return module;
    }

    private static bool Same(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
                return false;
        }

        return true;
    }

    private static Endpoint SpawnChecks(int module)
    {
        Check.Report("spawn-no-such-module"u8, Sys.Spawn(999, 4, 8, -1, out _));
        Check.Report("spawn-into-a-used-slot"u8, Sys.Spawn(module, 4, 8, CallsImage.UartSlot, out _));
        Status status = Sys.Spawn(module, 4, 8, -1, out Endpoint child);
        Check.Start(stackalloc byte[200], "spawn"u8, status).Text(", slot "u8).Decimal(child.Slot).Text(", generation "u8).Decimal(child.Generation).Line();
        return child;
    }

    /// <summary>
    /// A spawned process has no privileges until PRIVCTL gives it some: IPC to it and questions about its privileges
    /// are refused (they once dereferenced the missing privileges and panicked the kernel).
    /// </summary>
    private static void NotYetPrivileged(Endpoint child)
    {
        var message = new Message(1);
        Check.Report("sendnb-to-process-without-privileges"u8, Messaging.SendNb(child, ref message));
        Check.Report("notify-process-without-privileges"u8, Messaging.Notify(child));
        Check.Report("getinfo-privileges-of-process-without-privileges"u8, Sys.GetPrivileges(child, out _));
    }

    /// <summary>Gives the spawned driver PRIVCTL and SPAWN in its call mask, but not the manager flag, and lets it run.</summary>
    private static void PrivCtlChecks(Endpoint child)
    {
        var rights = new Privilege
        {
            TrapMask = IpcCallMask.All,
            Flags = PrivilegeFlags.Preemptible | PrivilegeFlags.CheckIoPorts | PrivilegeFlags.CheckIrqs | PrivilegeFlags.CheckMemory,
            CallMask = KernelCallMask.Basic | KernelCallMask.Of(KernelCall.PrivCtl) | KernelCallMask.Of(KernelCall.Spawn),
        };
        Check.Report("privctl-set-system"u8, Sys.SetPrivileges(child, rights));
        Privilege wider = rights;
        wider.CallMask = KernelCallMask.All;
        Check.Report("privctl-restrict-wider"u8, Sys.RestrictPrivileges(child, wider));
        Check.Report("privctl-query-memory-outside"u8, Sys.PrivCtl(PrivRequest.QueryMemory, child, 0xB8000, 4096));
        Check.Report("privctl-on-a-kernel-task"u8, Sys.PrivCtl(PrivRequest.Allow, Endpoint.Clock));
        Check.Report("privctl-no-such-request"u8, Sys.PrivCtl((PrivRequest)99, child));
        Check.Report("privctl-allow"u8, Sys.PrivCtl(PrivRequest.Allow, child));
        Check.Report("privctl-set-system-on-a-running-process"u8, Sys.SetPrivileges(new Endpoint(CallsImage.AlarmSlot), rights));
    }

    /// <summary>Starts a third incarnation with basic calls minus DIAGCTL: it must not be able to print.</summary>
    private static void StartMute(int module)
    {
        Sys.Spawn(module, 4, 8, -1, out Endpoint mute);
        var rights = new Privilege
        {
            TrapMask = IpcCallMask.All,
            Flags = PrivilegeFlags.Preemptible | PrivilegeFlags.CheckIoPorts | PrivilegeFlags.CheckIrqs | PrivilegeFlags.CheckMemory,
            CallMask = KernelCallMask.Basic & ~KernelCallMask.Of(KernelCall.DiagCtl),
        };
        Status status = Sys.SetPrivileges(mute, rights);
        Check.Report("privctl-start-without-diagctl"u8, status != Status.Ok ? status : Sys.PrivCtl(PrivRequest.Allow, mute));
    }

    private static void KillChecks(int module)
    {
        Sys.Spawn(module, 4, 8, -1, out Endpoint victim);
        Check.Report("kill-spawned-process"u8, Sys.Kill(victim, ExitReason.Killed));
        Check.Report("kill-dead-endpoint"u8, Sys.Kill(victim, ExitReason.Killed));
        Check.Report("kill-kernel-task"u8, Sys.Kill(Endpoint.Clock, ExitReason.Killed));
        Check.Report("kill-bad-endpoint"u8, Sys.Kill(new Endpoint(int.MaxValue), ExitReason.Killed));
    }

    /// <summary>What only a privilege manager may read: another process's entry and privileges.</summary>
    private static void ForeignInfoChecks()
    {
        Status status = Sys.GetPrivileges(new Endpoint(CallsImage.UartSlot), out Privilege uart);
        Check.Start(stackalloc byte[200], "getinfo-others-privileges-as-manager"u8, status).Text(", io ranges "u8).Decimal(uart.IoRangeCount)
            .Text(", irq mask "u8).Decimal(uart.IrqMask).Line();
        Check.Report("getinfo-others-entry-as-manager"u8, Sys.GetProcessInfo(new Endpoint(CallsImage.UartSlot), out _));
    }

    private static void CollectExits(ulong deadline)
    {
        int ended = 0;
        while (ended < ExpectedExits)
        {
            var message = default(Message);
            if (Messaging.Receive(Endpoint.Any, ref message, out _) != Status.Ok)
                continue;
            if (message.Source == Endpoint.Clock && message.Payload<NotifyPayload>().Timestamp >= deadline)
            {
                Say("timed out: "u8, ended, " processes ended"u8);
                Sys.Abort(1);
            }

            if (message.Source != Endpoint.System)
                continue;
            while (Sys.TakeExitReport(out ExitReport report) == Status.Ok)
            {
                ended++;
                Ended(report);
            }
        }

        Say("all "u8, ExpectedExits, " processes ended"u8);
        Sys.Abort(0);
    }

    // Printing happens in methods of their own, so no line buffer is allocated on the stack inside a loop.
    private static void Say(ReadOnlySpan<byte> before, long number, ReadOnlySpan<byte> after) =>
        new Utf8Line(stackalloc byte[100]).Text(before).Decimal(number).Text(after).Line();

    private static void Ended(in ExitReport report)
    {
        ReadOnlySpan<byte> how = report.Reason switch
        {
            ExitReason.Exited => "exited"u8,
            ExitReason.Killed => "killed"u8,
            ExitReason.Fault => "fault"u8,
            _ => "panic"u8,
        };
        new Utf8Line(stackalloc byte[100]).Text("ended: "u8).Text(ProcessName.Bytes(report.Name)).Text(" "u8).Text(how).Text(" "u8).Decimal(report.Detail).Line();
    }
}
