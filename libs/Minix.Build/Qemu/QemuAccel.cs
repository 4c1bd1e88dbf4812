namespace Minix.Build.Qemu;

/// <summary>How QEMU runs the guest.</summary>
public enum QemuAccel
{
    /// <summary>KVM when /dev/kvm is usable, else TCG.</summary>
    Auto,

    /// <summary>Hardware virtualisation.</summary>
    Kvm,

    /// <summary>Plain emulation: slower, but works everywhere.</summary>
    Tcg,
}
