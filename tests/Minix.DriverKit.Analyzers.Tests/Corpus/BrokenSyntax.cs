// Deliberately broken code: the analyzers must not throw on half-typed source.
using Minix.Kernel.Arch;
using Minix.Kernel.Core;
using Minix.DriverKit;
using Minix.Ipc;

static unsafe class Broken
{
    static void Half()
    {
        PortIo.OutByte(
        DevIo.InByte(0x379
        KernelLog.Write(
        InterruptTable.SetHandler(7, &Missing);
        KernelTimers.SetWatchdog(10, &);
        Messaging.SendRec(Endpoint., ref);
        byte* p = (byte*)0x;
        try { } catch
        lock (
        while (true) { Messaging.Receive(Endpoint.Any, ref m, out var s); var x = new ; }
    }

    static bool Handler(int irq) => Handler(irq) && s_missing++ > 0;

    async void
