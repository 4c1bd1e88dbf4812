using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Image.Programs.Checks;

/// <summary>
/// An ordinary driver (a parallel port: ports 0x378-0x37a, IRQ 7, DEVIO and IRQCTL only). As booted, it shows the
/// refusals its call mask and resource lists cause, and ends on a refused DevIo it does not handle. The manager also starts a second incarnation of this module and
/// gives it PRIVCTL and SPAWN in its call mask but not the privilege-manager flag: that one shows the second line of
/// defence, ENOTPRIVMGR.
/// </summary>
public static class OrdinaryDriverChecks
{
    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ordinary_main")]
    public static void Main()
    {
        Sys.WhoAmI(out GetInfoReply me);
        if (me.Endpoint.Generation != 0)
        {
            Sys.GetPrivileges(Endpoint.Self, out Privilege mine);
            if (KernelCallMask.Allows(mine.CallMask, (int)KernelCall.DiagCtl))
                SpawnedIncarnation();
            else
                MuteIncarnation();
            return;
        }

        ForeignHook();
        Check.Report("devio-port-of-another-driver"u8, Sys.OutByte(0x2F8, (byte)'!'));
        Check.Report("devio-own-port"u8, Sys.InByte(0x379, out _));
        Check.Report("vdevio-not-in-call-mask"u8, Sys.VDevIo(PortAccess.Input | PortAccess.Byte, stackalloc PortValuePair[1]));
        Check.Report("privctl-not-in-call-mask"u8, Sys.PrivCtl(PrivRequest.AddIo, Endpoint.Self, 0x3F8, 8));
        Check.Report("spawn-not-in-call-mask"u8, Sys.Spawn(0, 4, 8, -1, out _));
        Check.Report("kill-not-in-call-mask"u8, Sys.Kill(new Endpoint(CallsImage.ManagerSlot), ExitReason.Killed));
        Check.Report("abort-not-in-call-mask"u8, Sys.Abort(1));

        // Last, a refusal nothing handles: DriverKit's DevIo throws, and the fault hook prints its refusal report.
        DevIo.OutByte(UnallowedPort, 0x5a);
    }

    /// <summary>A port outside this driver's io line (the POST diagnostic port).</summary>
    public const ushort UnallowedPort = 0x80;

    /// <summary>Waits for the COM2 driver's hook handle and tries to use it: the hook is not ours.</summary>
    private static void ForeignHook()
    {
        var message = default(Message);
        Status status = Messaging.Receive(new Endpoint(CallsImage.UartSlot), ref message, out _);
        int hook = message.Payload<IrqCtlReply>().HookId;
        Check.Report("irqctl-line-of-another-driver"u8, Sys.IrqSetPolicy(3, IrqPolicy.None, 1, out _));
        Check.Report("irqctl-enable-foreign-hook"u8, Sys.IrqEnable(hook));
        Check.Report("irqctl-disable-foreign-hook"u8, Sys.IrqDisable(hook));
        Check.Report("irqctl-remove-foreign-hook"u8, Sys.IrqRemovePolicy(hook));
        Status own = Sys.IrqSetPolicy(7, IrqPolicy.None, 2, out int mine);
        Status removed = Sys.IrqRemovePolicy(mine);
        Check.Report("irqctl-own-line"u8, own != Status.Ok ? own : removed);
        if (status == Status.Ok)
            Messaging.Send(message.Source, ref message);
    }

    /// <summary>The incarnation the manager started: PRIVCTL and SPAWN are in its mask, the manager flag is not.</summary>
    private static void SpawnedIncarnation()
    {
        Status status = Sys.GetPrivileges(Endpoint.Self, out Privilege mine);
        bool hasPrivCtl = KernelCallMask.Allows(mine.CallMask, (int)KernelCall.PrivCtl);
        bool manager = (mine.Flags & PrivilegeFlags.PrivilegeManager) != 0;
        Check.Start(stackalloc byte[200], "spawned-driver-privileges"u8, status).Text(", PRIVCTL in call mask "u8).Decimal(hasPrivCtl ? 1 : 0)
            .Text(", privilege manager "u8).Decimal(manager ? 1 : 0).Line();
        Check.Report("privctl-from-driver-holding-privctl"u8, Sys.PrivCtl(PrivRequest.AddIo, Endpoint.Self, 0x3F8, 8));
        Check.Report("spawn-from-driver-holding-spawn"u8, Sys.Spawn(0, 4, 8, -1, out _));
        Sys.Exit(CallsImage.ChildExitStatus);
    }

    /// <summary>
    /// The incarnation the manager started without DIAGCTL: neither the kernel call nor the runtime's own debug-write
    /// trap may reach the console. Its exit status tells the manager it ran.
    /// </summary>
    private static unsafe void MuteIncarnation()
    {
        ReadOnlySpan<byte> text = "a process without DIAGCTL reached the console"u8;
        Sys.DiagCtl(text);
        fixed (byte* p = text)
            DebugWrite(p, text.Length);
        Sys.Exit(CallsImage.MuteExitStatus);
    }

    [DllImport("*", EntryPoint = "minix_debug_write")]
    private static extern unsafe void DebugWrite(byte* utf8, nint length);
}
