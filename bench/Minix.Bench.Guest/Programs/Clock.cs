using System.Runtime.InteropServices;

namespace Minix.Bench.Guest;

/// <summary>The time-stamp counter (readable in ring 3): cycles on KVM, emulated ticks under TCG.</summary>
internal static class Clock
{
    [DllImport("*", EntryPoint = "minix_rdtsc"), SuppressGCTransition]
    public static extern ulong Cycles();
}
