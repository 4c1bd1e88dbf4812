namespace Minix.DriverKit.Testing;

/// <summary>Settings of a simulated machine.</summary>
public sealed class SimulationOptions
{
    /// <summary>Creates the default settings; set properties with an object initializer.</summary>
    public SimulationOptions()
    {
    }

    /// <summary>Clock ticks per (simulated) second.</summary>
    public int Hz { get; init; } = 100;

    /// <summary>A run stops when the uptime reaches this many ticks.</summary>
    public ulong MaxTicks { get; init; } = 100_000;

    /// <summary>
    /// Virtual CPU time: every this many kernel entries cost one clock tick, so a process that keeps calling the
    /// kernel without ever waiting still uses up its quantum and lets alarms (heartbeats) fire. 0 turns it off.
    /// </summary>
    public int EntriesPerTick { get; init; } = 64;

    /// <summary>A run (one call of <see cref="SimulatedSystem.Run"/>) stops after this many kernel entries (a guard against processes that never wait).</summary>
    public long MaxKernelEntries { get; init; } = 10_000_000;

    /// <summary>
    /// Varies the scheduling order: 0 keeps the kernel's own order; any other value makes a clock tick fall, with a
    /// probability drawn from this seed, after some kernel entries, so other interleavings are explored and a
    /// failing seed replays exactly.
    /// </summary>
    public int Seed { get; init; }

    /// <summary>If set, receives every line the kernel logs, as it is logged.</summary>
    public Action<string>? Echo { get; init; }

    /// <summary>Whether to record the trace (every IPC and kernel call).</summary>
    public bool Trace { get; init; } = true;

    /// <summary>
    /// The kernel command line the simulated machine's processes read (SYS_GETINFO, <see cref="BootParameters"/>):
    /// <c>key=value</c> words separated by spaces, as QEMU's <c>-append</c> gives the image. For example
    /// <c>trace=serial,ramdisk</c> switches on the driver trace of those two processes (see <see cref="DriverTraceLog"/>),
    /// and <c>halt.after=client</c> makes the reincarnation server shut the machine down when <c>client</c> ends.
    /// </summary>
    public string BootParameters { get; init; } = "console=sim";
}
