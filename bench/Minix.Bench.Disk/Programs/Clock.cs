using System.Runtime.InteropServices;

namespace Minix.Bench.Disk;

/// <summary>The time-stamp counter (virtual nanoseconds under QEMU's <c>-icount</c>).</summary>
internal static class Clock
{
    /// <summary>Reads the counter.</summary>
    /// <returns>Cycles.</returns>
    [DllImport("*", EntryPoint = "minix_rdtsc"), SuppressGCTransition]
    public static extern ulong Cycles();
}
