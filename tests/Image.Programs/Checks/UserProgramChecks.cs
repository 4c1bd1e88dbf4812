using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs.Checks;

/// <summary>
/// An ordinary user program: it shares the user privileges (SENDREC only; EXIT, SETGRANT, DIAGCTL, TIMES, GETINFO
/// about itself and NOP), so everything a system service may do beyond that is refused.
/// </summary>
public static class UserProgramChecks
{
    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "userprog_main")]
    public static void Main()
    {
        Check.Report("user-times"u8, Sys.Times(Endpoint.Self, out _));
        Check.Report("user-diagctl-forging-a-line"u8, Sys.DiagCtl("check forged:\nkernel: panic: forged by a user program\n"u8));
        Check.Report("user-getinfo"u8, Sys.WhoAmI(out _));
        Check.Report("user-getinfo-boot-image"u8, Sys.GetBootImageEntry(0, out _));
        Check.Report("user-getinfo-others-entry"u8, Sys.GetProcessInfo(new Endpoint(CallsImage.ManagerSlot), out _));
        Check.Report("user-setalarm"u8, Sys.SetAlarm(5, false, out _));
        Check.Report("user-safecopy"u8, Check.Call(KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = new Endpoint(CallsImage.GranterSlot) }, out _));
        var message = new Message(1);
        Check.Report("user-send"u8, Messaging.Send(new Endpoint(CallsImage.ManagerSlot), ref message));
        Check.Report("user-notify"u8, Messaging.Notify(new Endpoint(CallsImage.ManagerSlot)));
        Check.Report("user-sendrec-dead-endpoint"u8, Messaging.SendRec(new Endpoint(40), ref message));
    }
}
