using Minix.Build.Qemu;

namespace Minix.Bench.Guest;

/// <summary>
/// One way of running the guest benchmark: an accelerator and the QEMU options that go with it, and the unit its
/// time-stamp counter counts in.
/// </summary>
/// <param name="Name">The name on the command line and in the table.</param>
/// <param name="Accel">The accelerator.</param>
/// <param name="Arguments">QEMU options beside the image's own.</param>
/// <param name="Unit">What one tick of the guest's time-stamp counter is.</param>
public sealed record GuestMode(string Name, QemuAccel Accel, string[] Arguments, string Unit)
{
    /// <summary>
    /// QEMU's instruction counting: one guest instruction per virtual nanosecond, and the time-stamp counter reads
    /// virtual nanoseconds, so a difference of two readings counts the instructions between them whatever the host's
    /// load. <c>sleep=off</c>: while the guest halts, virtual time jumps to the next timer instead of following the
    /// host's clock, so waiting for a device counts its modelled delay, not the host's.
    /// </summary>
    public static readonly GuestMode Instructions = new("icount", QemuAccel.Tcg, ["-icount", "shift=0,sleep=off"], "instructions");

    /// <summary>TCG at full speed: ticks of emulated time, which follow the host's clock and its load.</summary>
    public static readonly GuestMode Tcg = new("tcg", QemuAccel.Tcg, [], "TCG ticks");

    /// <summary>KVM: real cycles, where KVM can run the image.</summary>
    public static readonly GuestMode Kvm = new("kvm", QemuAccel.Kvm, [], "cycles");

    /// <summary>The modes a command-line word names: icount, tcg, kvm, both (tcg and kvm) or all (the default).</summary>
    /// <param name="word">The word.</param>
    /// <returns>The modes, or null for an unknown word.</returns>
    public static IReadOnlyList<GuestMode>? Parse(string word) => word switch
    {
        "icount" => [Instructions],
        "tcg" => [Tcg],
        "kvm" => [Kvm],
        "both" => [Tcg, Kvm],
        "all" => [Instructions, Tcg, Kvm],
        _ => null,
    };
}
