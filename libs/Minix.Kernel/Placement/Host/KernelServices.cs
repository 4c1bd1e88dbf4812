namespace Minix.Kernel.Core;

/// <summary>Host side of the kernel services a driver placed in the kernel may use: they only exist inside a running kernel.</summary>
internal static unsafe class KernelServices
{
    public static void SetIrqHandler(int irq, delegate*<int, bool> handler) => throw NotOnTheHost(nameof(InterruptTable.SetHandler));

    public static void SetWatchdog(ulong ticks, delegate*<void> callback) => throw NotOnTheHost(nameof(KernelTimers.SetWatchdog));

    private static InvalidOperationException NotOnTheHost(string member) =>
        new(member + " is kernel-internal: it only works inside the Minix# kernel (a driver placed in the kernel), not on the host");
}
