using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;

namespace Image.Programs.Hostile;

/// <summary>
/// The warden (the privilege manager, in the reincarnation server's slot): it hands each incarnation of the hostile
/// program the next attack, reads the kernel's exit report when the kernel has ended it, starts the next incarnation
/// (SYS_SPAWN, then SYS_PRIVCTL SetUser and Allow), and when every attack is done asks the witness to check the
/// system. It ends the boot with the number of failures as its status (1 as well if 60 s pass first).
/// </summary>
public static class Warden
{
    private const ulong TimeLimit = 6000;

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "warden_main")]
    public static void Main()
    {
        Sys.SetAlarm(TimeLimit, false, out _);
        BootImageEntry hostile = HostileEntry();
        int count = HostileImage.Count, handedOut = 0, ended = 0, failures = 0;
        // A privilege manager may grant any physical range; the kernel must still refuse to map one it cannot reach.
        failures += Sys.PrivCtl(PrivRequest.AddMemory, new Endpoint(HostileImage.WitnessSlot), HostileImage.PastDirectMap, 4096) == Status.Ok ? 0 : 1;
        while (ended < count)
        {
            var message = default(Message);
            if (Messaging.Receive(Endpoint.Any, ref message, out IpcStatus how) != Status.Ok)
                continue;
            Endpoint from = message.Source;
            if (how.IsNotify && from == Endpoint.Clock)
            {
                Say("timed out after "u8, ended, " attacks"u8);
                Sys.Abort(1);
            }
            else if (how.IsNotify && from == Endpoint.System)
            {
                while (Sys.TakeExitReport(out ExitReport report) == Status.Ok)
                {
                    bool onlyTheAttacker = ProcessName.Bytes(report.Name).SequenceEqual("hostile"u8) && report.Reason != ExitReason.Exited;
                    failures += onlyTheAttacker ? 0 : 1;
                    Ended(ended++, report, onlyTheAttacker);
                    if (ended < count)
                        failures += StartHostile(hostile) == Status.Ok ? 0 : 1;
                }
            }
            else if (message.Type == HostileImage.AskAttack)
            {
                var order = Message.Create(0, new AttackOrder { Index = handedOut < count ? handedOut++ : -1 });
                Messaging.SendNb(from, ref order);
            }
        }

        var check = new Message(HostileImage.CheckNow);
        Status asked = Messaging.SendRec(new Endpoint(HostileImage.WitnessSlot), ref check);
        failures += asked != Status.Ok ? 1 : check.Type;
        Say("all "u8, count, failures == 0 ? " attacks ended only the attacker; the witness found the system intact"u8 : " attacks done, with failures"u8);
        Sys.Abort(failures);
    }

    private static BootImageEntry HostileEntry()
    {
        for (int index = 0; Sys.GetBootImageEntry(index, out BootImageEntry entry) == Status.Ok; index++)
        {
            if (ProcessName.Bytes(entry.Name).SequenceEqual("hostile"u8))
                return entry;
        }

        Say("no hostile program in the boot image"u8, 0, ""u8);
        Sys.Abort(1);
        return default;
    }

    /// <summary>A new incarnation of the hostile program with the user privileges, in the first free dynamic slot.</summary>
    private static Status StartHostile(in BootImageEntry hostile)
    {
        Status status = Sys.Spawn(hostile.Module, hostile.Priority, hostile.Quantum, -1, out Endpoint child);
        if (status == Status.Ok)
            status = Sys.PrivCtl(PrivRequest.SetUser, child);
        if (status == Status.Ok)
            status = Sys.PrivCtl(PrivRequest.Allow, child);
        if (status != Status.Ok)
            new Utf8Line(stackalloc byte[80]).Text("cannot start the hostile program: "u8).Status(status).Line();
        return status;
    }

    private static void Ended(int attack, in ExitReport report, bool onlyTheAttacker) =>
        new Utf8Line(stackalloc byte[160]).Text("attack "u8).Text(HostileImage.Name(attack)).Text(" ended "u8)
            .Text(ProcessName.Bytes(report.Name)).Text(onlyTheAttacker ? " and nothing else"u8 : " (wrong: an attack must end only the attacker)"u8).Line();

    private static void Say(ReadOnlySpan<byte> before, int number, ReadOnlySpan<byte> after) =>
        new Utf8Line(stackalloc byte[160]).Text(before).Decimal(number).Text(after).Line();
}
