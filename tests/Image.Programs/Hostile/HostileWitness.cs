using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Image.Programs.Hostile;

/// <summary>
/// The witness of the hostile image: before the attacks it fills a page with a pattern and grants it (read only) to
/// the holder; when the warden says the attacks are over it checks that the page is unchanged, that the holder still
/// copies the same bytes through the grant, that IPC round trips and an alarm still work, and answers the warden
/// with the number of checks that failed.
/// </summary>
public static unsafe class HostileWitness
{
    /// <summary>Round trips with the holder after the attacks.</summary>
    public const int RoundTrips = 100;

    private static byte[] s_data = [];
    private static GrantEntry[] s_grants = [];

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "hostile_witness_main")]
    public static void Main()
    {
        s_data = new byte[HostileImage.DataBytes];
        for (int i = 0; i < s_data.Length; i++)
            s_data[i] = HostileImage.Pattern(i);
        ulong expected = HostileImage.Sum(s_data);
        s_grants = new GrantEntry[1];
        fixed (byte* page = s_data)
            s_grants[0] = GrantEntry.Direct(new Endpoint(HostileImage.HolderSlot), (ulong)page, (ulong)s_data.Length, GrantFlags.Read, 0);
        Sys.SetGrant(s_grants);

        var order = default(Message);
        while (Messaging.Receive(new Endpoint(HostileImage.WardenSlot), ref order, out _) != Status.Ok || order.Type != HostileImage.CheckNow)
        {
        }

        bool data = HostileImage.Sum(s_data) == expected;
        var copy = new Message(HostileImage.CopyGrant);
        Status copied = Messaging.SendRec(new Endpoint(HostileImage.HolderSlot), ref copy);
        Checksum held = copy.Payload<Checksum>();
        bool grant = copied == Status.Ok && held.Status == Status.Ok && held.Sum == expected;
        Status trips = Status.Ok;
        for (int i = 0; i < RoundTrips && trips == Status.Ok; i++)
        {
            var echo = new Message(1);
            trips = Messaging.SendRec(new Endpoint(HostileImage.HolderSlot), ref echo);
        }

        Checks.Check.Call(KernelCall.SetAlarm, new SetAlarmRequest { Ticks = 3 }, out Message armed);
        var alarm = default(Message);
        Messaging.Receive(Endpoint.Clock, ref alarm, out _);
        long waited = (long)(alarm.Payload<NotifyPayload>().Timestamp - armed.Payload<SetAlarmReply>().Uptime);
        Status mapped = Sys.MapPhysical(HostileImage.PastDirectMap, 4096, writable: false, out _);
        int failed = (data ? 0 : 1) + (grant ? 0 : 1) + (trips == Status.Ok ? 0 : 1) + (waited >= 3 && waited < 50 ? 0 : 1) + (mapped == Status.MemoryNotAllowed ? 0 : 1);
        new Utf8Line(stackalloc byte[240]).Text("after the attacks: data "u8).Text(data ? "intact"u8 : "CHANGED"u8)
            .Text(", grant "u8).Text(grant ? "intact"u8 : "BROKEN"u8).Text(", "u8).Decimal(RoundTrips).Text(" round trips "u8).Status(trips)
            .Text(", alarm after "u8).Decimal(waited).Text(" ticks, mapping past 4 GiB "u8).Status(mapped).Line();
        var reply = new Message(failed);
        Messaging.SendNb(order.Source, ref reply);
        while (true)
            Messaging.Receive(Endpoint.Any, ref alarm, out _);
    }
}
