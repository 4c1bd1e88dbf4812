using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs;

/// <summary>
/// The processes of the kernel's boot test: two that exchange messages, one that dereferences null, one that sends
/// outside its send mask, one that never stops computing.
/// </summary>
public static unsafe class Programs
{
    /// <summary>Slot of pong.</summary>
    public const int PongSlot = 5;

    /// <summary>Round trips ping makes.</summary>
    public const int RoundTrips = 1000;

    /// <summary>Ping: SENDRECs to pong, sums the replies, prints the checksum, and ends the boot.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ping_main")]
    public static void Ping()
    {
        long checksum = 0;
        Status failure = Status.Ok;
        for (int i = 0; i < RoundTrips && failure == Status.Ok; i++)
        {
            var m = new Message(1);
            m.Payload<NotifyPayload>().Timestamp = (ulong)i;
            failure = Messaging.SendRec(new Endpoint(PongSlot), ref m);
            checksum += (long)m.Payload<NotifyPayload>().Timestamp;
        }

        if (failure != Status.Ok)
        {
            new Utf8Line(stackalloc byte[80]).Text("sendrec failed: "u8).Decimal((int)failure).Line();
            Sys.Abort(1);
        }

        new Utf8Line(stackalloc byte[80]).Text("round trips "u8).Decimal(RoundTrips).Text(", checksum "u8).Decimal(checksum).Line();
        // Give the others a moment, then end the boot with status 0.
        Sys.SetAlarm(20, false, out _);
        var wait = default(Message);
        Messaging.Receive(Endpoint.Clock, ref wait, out _);
        new Utf8Line(stackalloc byte[80]).Text("done"u8).Line();
        Sys.Abort(0);
    }

    /// <summary>Pong: answers every request with the value doubled plus one.</summary>
    [UnmanagedCallersOnly(EntryPoint = "pong_main")]
    public static void Pong()
    {
        while (true)
        {
            var m = default(Message);
            if (Messaging.Receive(Endpoint.Any, ref m, out _) != Status.Ok)
                continue;
            Endpoint from = m.Source;
            ref NotifyPayload p = ref m.Payload<NotifyPayload>();
            p.Timestamp = p.Timestamp * 2 + 1;
            Messaging.Send(from, ref m);
        }
    }

    /// <summary>Dereferences null after a few messages' worth of work.</summary>
    [UnmanagedCallersOnly(EntryPoint = "nullref_main")]
    public static void NullReference()
    {
        new Utf8Line(stackalloc byte[80]).Text("about to dereference null"u8).Line();
        int* nothing = null;
        *nothing = 42;
        new Utf8Line(stackalloc byte[80]).Text("still alive (wrong)"u8).Line();
    }

    /// <summary>Tries to send to pong, which its send mask does not allow, and prints what the kernel said.</summary>
    [UnmanagedCallersOnly(EntryPoint = "intruder_main")]
    public static void Intruder()
    {
        var m = new Message(7);
        Status status = Messaging.SendRec(new Endpoint(PongSlot), ref m);
        new Utf8Line(stackalloc byte[80]).Text("send outside my mask: status "u8).Decimal((int)status).Line();
    }

    /// <summary>Loops for ever without calling the kernel.</summary>
    [UnmanagedCallersOnly(EntryPoint = "looper_main")]
    public static void Looper()
    {
        new Utf8Line(stackalloc byte[80]).Text("looping for ever"u8).Line();
        ulong x = 1;
        while (x != 0)
            x = x * 6364136223846793005UL + 1442695040888963407UL | 1;
    }
}
