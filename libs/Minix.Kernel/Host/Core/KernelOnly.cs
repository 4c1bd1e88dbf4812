namespace Minix.Kernel.Core;

/// <summary>Host side of kernel-internal services that only exist inside a running kernel.</summary>
internal static unsafe class KernelOnly
{
    public static void SetIrqHandler(int irq, delegate*<int, bool> handler) => throw NotOnTheHost(nameof(InterruptTable.SetHandler));

    public static void SetWatchdog(ulong ticks, delegate*<void> callback) => throw NotOnTheHost(nameof(KernelTimers.SetWatchdog));

    private static InvalidOperationException NotOnTheHost(string member) =>
        new(member + " is kernel-internal: it only works inside the Minix# kernel (a driver placed in the kernel), not on the host");
}
