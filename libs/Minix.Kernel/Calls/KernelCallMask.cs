namespace Minix.Kernel.Calls;

/// <summary>Bit masks over <see cref="KernelCall"/> numbers (bit n allows call n); one 64-bit word, checked in O(1).</summary>
public static class KernelCallMask
{
    /// <summary>How many call numbers a mask can hold.</summary>
    public const int Capacity = 64;

    /// <summary>The bit of one call.</summary>
    /// <param name="call">The call.</param>
    /// <returns>Its bit.</returns>
    public static ulong Of(KernelCall call) => 1UL << (int)call;

    /// <summary>Whether <paramref name="mask"/> allows the call numbered <paramref name="number"/>.</summary>
    /// <param name="mask">A call mask.</param>
    /// <param name="number">A call number, possibly out of range.</param>
    /// <returns>True if allowed; false for numbers outside 0..63.</returns>
    public static bool Allows(ulong mask, int number) => (uint)number < Capacity && (mask & (1UL << number)) != 0;

    /// <summary>
    /// The calls every system service gets unless its system.conf entry says <c>system NONE</c>: they only touch
    /// the caller itself or memory someone granted to it.
    /// </summary>
    public const ulong Basic =
        (1UL << (int)KernelCall.Exit) | (1UL << (int)KernelCall.SafeCopyFrom) | (1UL << (int)KernelCall.SafeCopyTo) |
        (1UL << (int)KernelCall.VSafeCopy) | (1UL << (int)KernelCall.GetInfo) | (1UL << (int)KernelCall.Times) |
        (1UL << (int)KernelCall.SetAlarm) | (1UL << (int)KernelCall.SetGrant) | (1UL << (int)KernelCall.DiagCtl) |
        (1UL << (int)KernelCall.Nop);

    /// <summary>
    /// The calls an ordinary user process may make: only ones that touch nothing but itself (register its grant
    /// table, print, ask the time, read the boot parameters and its own identity, exit). Its IPC is still SENDREC only.
    /// </summary>
    public const ulong User =
        (1UL << (int)KernelCall.Exit) | (1UL << (int)KernelCall.SetGrant) | (1UL << (int)KernelCall.DiagCtl) |
        (1UL << (int)KernelCall.Times) | (1UL << (int)KernelCall.GetInfo) | (1UL << (int)KernelCall.Nop);

    /// <summary>Every call.</summary>
    public const ulong All = ulong.MaxValue;
}
