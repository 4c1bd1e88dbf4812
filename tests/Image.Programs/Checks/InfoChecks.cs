using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;
using static Image.Programs.RawTraps;

namespace Image.Programs.Checks;

/// <summary>
/// A service with the basic calls only and no IPC destinations: SYS_GETINFO (who am I, kernel information, its own
/// privileges and entry, the boot parameters, and refusals of everybody else's), SYS_TIMES, SYS_DIAGCTL, SYS_NOP,
/// unknown and forbidden call numbers, bad message buffers, and the IPC refusals.
/// </summary>
public static unsafe class InfoChecks
{
    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "info_main")]
    public static void Main()
    {
        GetInfoChecks();
        TimesChecks();
        DiagChecks();
        DispatchChecks();
        IpcChecks();
    }

    private static void GetInfoChecks()
    {
        Status status = Sys.WhoAmI(out GetInfoReply me);
        Check.Start(stackalloc byte[200], "getinfo-whoami"u8, status).Text(", endpoint "u8).Decimal(me.Endpoint.Value)
            .Text(", name "u8).Text(ProcessName.Bytes(me.Name)).Text(", privilege id "u8).Decimal(me.PrivilegeId).Line();
        status = Sys.GetKernelInfo(out KernelInfo info);
        Check.Start(stackalloc byte[200], "getinfo-kernel"u8, status).Text(", version "u8).Decimal(info.Version).Text(", hz "u8).Decimal(info.Hz)
            .Text(", slots "u8).Decimal(info.ProcessSlots).Text(", boot processes "u8).Decimal(info.BootProcesses).Line();
        status = Sys.GetPrivileges(Endpoint.Self, out Privilege mine);
        Check.Start(stackalloc byte[200], "getinfo-own-privileges"u8, status).Text(", basic calls only "u8).Decimal(mine.CallMask == KernelCallMask.Basic ? 1 : 0)
            .Text(", io ranges "u8).Decimal(mine.IoRangeCount).Text(", send mask "u8).Decimal((long)mine.SendMask).Line();
        Check.Report("getinfo-own-entry"u8, Sys.GetProcessInfo(Endpoint.Self, out _));
        Span<byte> text = stackalloc byte[256];
        status = Sys.GetInfo(InfoRequest.BootParameters, Endpoint.Self, text, out int length);
        Check.Report("getinfo-boot-parameters"u8, status, "bytes"u8, length);

        var manager = new Endpoint(CallsImage.ManagerSlot);
        Check.Report("getinfo-others-entry"u8, Sys.GetProcessInfo(manager, out _));
        Check.Report("getinfo-others-privileges"u8, Sys.GetPrivileges(manager, out _));
        Check.Report("getinfo-boot-image-not-manager"u8, Sys.GetBootImageEntry(0, out _));
        Check.Report("getinfo-exit-report-not-manager"u8, Sys.TakeExitReport(out _));
        Check.Report("getinfo-buffer-too-small"u8, Sys.GetInfo(InfoRequest.KernelInfo, Endpoint.Self, text.Slice(0, 8), out _));
        Check.Report("getinfo-buffer-in-kernel"u8, Check.Call(KernelCall.GetInfo, new GetInfoRequest { Request = InfoRequest.KernelInfo, Target = Endpoint.Self, Buffer = 0xFFFF_8000_0010_0000, Length = 64 }, out _));
        Check.Report("getinfo-no-such-request"u8, Sys.GetInfo((InfoRequest)99, Endpoint.Self, text, out _));
        Check.Report("getinfo-bad-endpoint"u8, Sys.GetProcessInfo(new Endpoint(int.MaxValue), out _));
    }

    private static void TimesChecks()
    {
        Status status = Sys.Times(Endpoint.Self, out TimesReply times);
        Check.Report("times-own"u8, status, "uptime above zero"u8, times.Uptime > 0 ? 1 : 0);
        Check.Report("times-other"u8, Sys.Times(new Endpoint(CallsImage.ManagerSlot), out _));
        Check.Report("times-dead-endpoint"u8, Sys.Times(new Endpoint(40), out _));
        Check.Report("times-bad-endpoint"u8, Sys.Times(new Endpoint(int.MaxValue), out _));
    }

    private static void DiagChecks()
    {
        Check.Report("diagctl-empty"u8, Sys.DiagCtl(ReadOnlySpan<byte>.Empty));
        Check.Report("diagctl-257-bytes"u8, Sys.DiagCtl(stackalloc byte[DiagCtlRequest.MaxLength + 1]));
        Check.Report("diagctl-text-at-null"u8, Check.Call(KernelCall.DiagCtl, new DiagCtlRequest { Address = 0, Length = 8 }, out _));
        Check.Report("diagctl"u8, Sys.DiagCtl("check diagctl-text: this line came through SYS_DIAGCTL"u8));
        Check.Report("nop"u8, Sys.Nop());
    }

    private static void DispatchChecks()
    {
        Check.Report("call-number-63"u8, Check.CallNumber(63));
        Check.Report("call-number-64"u8, Check.CallNumber(64));
        Check.Report("call-number-minus-1"u8, Check.CallNumber(-1));
        Check.Report("call-not-in-mask-devio"u8, Sys.InByte(0x80, out _));
        Check.Report("call-not-in-mask-abort"u8, Sys.Abort(1));
        Check.Report("call-message-at-null"u8, (Status)KernelTrap(null));
        Check.Report("call-message-in-own-code"u8, (Status)KernelTrap((void*)(ulong)(delegate*<void>)&DispatchChecks));
        Check.Report("call-message-at-odd-address"u8, MisalignedNop());
    }

    /// <summary>A NOP whose message starts at an odd address: the kernel reads it byte for byte, alignment is no error.</summary>
    private static Status MisalignedNop()
    {
        byte* buffer = stackalloc byte[Message.Size + 8];
        var message = new Message(MessageType.KernelCallBase + (int)KernelCall.Nop);
        *(Message*)(buffer + 3) = message;
        return (Status)KernelTrap(buffer + 3);
    }

    private static void IpcChecks()
    {
        var message = new Message(1);
        Check.Report("ipc-send-outside-mask"u8, Messaging.Send(new Endpoint(CallsImage.ManagerSlot), ref message));
        Check.Report("ipc-notify-kernel-task"u8, Messaging.Notify(Endpoint.Clock));
        Check.Report("ipc-sendrec-to-self"u8, Messaging.SendRec(new Endpoint(CallsImage.InfoSlot), ref message));
        Check.Report("ipc-send-to-dead-endpoint"u8, Messaging.Send(new Endpoint(40), ref message));
        Check.Report("ipc-send-to-any"u8, Messaging.Send(Endpoint.Any, ref message));
        Check.Report("ipc-no-such-primitive"u8, (Status)(int)IpcTrap(9, CallsImage.ManagerSlot, &message).Result);
        Check.Report("ipc-message-at-null"u8, (Status)(int)IpcTrap((int)IpcCall.SendNb, CallsImage.ManagerSlot, null).Result);
        // Nobody but the process itself could ever satisfy this receive: it used to block for ever.
        Check.Report("ipc-receive-from-self"u8, Messaging.Receive(new Endpoint(CallsImage.InfoSlot), ref message, out _));
    }
}
