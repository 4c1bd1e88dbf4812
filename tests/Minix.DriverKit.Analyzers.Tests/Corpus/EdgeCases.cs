// Unusual but valid shapes of driver code.
using System;
using System.Collections.Generic;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Arch;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using static Minix.Kernel.Arch.PortIo;

namespace Corpus;

public static unsafe partial class Edge
{
    private static int s_state;
    private static readonly Dictionary<int, string> s_names = new();

    public static void Named() => DevIo.OutByte(value: 1, port: 0x378);

    public static void Static() => OutByte(0x80, 0);

    public static void Pointers()
    {
        byte* a = (byte*)-1;
        void* b = (void*)ulong.MaxValue;
        ushort* c = (ushort*)(nint)0xB8000;
        int* d = (int*)0;
        _ = a; _ = b; _ = c; _ = d;
    }

    public static void Recursive() => InterruptTable.SetHandler(3, &Ping);

    private static bool Ping(int irq) => Pong(irq);

    private static bool Pong(int irq) => irq > 0 ? Ping(irq - 1) : s_state++ > 0;

    public static void Local()
    {
        InterruptTable.SetHandler(4, &Edge.Local2);
        KernelTimers.SetWatchdog(5, &Nothing);
    }

    private static bool Local2(int irq) => true;

    private static void Nothing() { }

    public static void Messages(Endpoint someone)
    {
        var m = default(Message);
        Messaging.SendRec(default, ref m);
        Messaging.SendRec(someone, ref m);
        Messaging.Notify(Endpoint.Self);
        Messaging.Notify(Endpoint.Idle);
        Sys.DevIo((PortAccess)0x7f, 0x378, ref *(uint*)&m);
        Sys.InByte(-1, out _);
        Sys.OutLong(int.MaxValue, 0);
    }

    public static void Loops()
    {
        var m = new Message(0);
        for (;;)
        {
            do
            {
                Messaging.Receive(Endpoint.Any, ref m, out _);
                foreach (var pair in s_names)
                    _ = new { pair.Key };
                int[] items = [1, 2, 3];
                _ = items;
            }
            while (s_state > 0);
        }
    }

    public static IEnumerable<int> Iterator()
    {
        yield return s_state;
    }

    public static Func<int, int> Lambda() => static x => x + 1;

    public static string Text(int n) => $"{n:x4} {s_names.Count}";
}

public static partial class Edge
{
    public delegate bool Handler(int irq);

    public static event Action? Changed;

    public static void Raise() => Changed?.Invoke();
}

public sealed class Generic<T> where T : unmanaged
{
    public T Value;

    public static int Size => sizeof(T);
}
