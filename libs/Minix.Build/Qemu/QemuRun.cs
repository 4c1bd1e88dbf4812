namespace Minix.Build.Qemu;

/// <summary>What a QEMU boot produced.</summary>
/// <param name="Output">Everything the guest wrote to its serial port.</param>
/// <param name="GuestStatus">The status the guest passed to the debug-exit device, or null if it ended otherwise.</param>
/// <param name="TimedOut">Whether the boot was stopped at the time limit.</param>
/// <param name="ExitCode">QEMU's own exit code.</param>
/// <param name="Accel">The accelerator used.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record QemuRun(string Output, int? GuestStatus, bool TimedOut, int ExitCode, QemuAccel Accel, TimeSpan Elapsed)
{
    /// <summary>
    /// Why KVM could not run the image (QEMU's "KVM internal error", with the guest's RIP and instruction bytes), or
    /// null. After an automatic fallback <see cref="Accel"/> is TCG and this keeps the reason.
    /// </summary>
    public string? KvmFailure { get; init; }

    /// <summary>Whether the boot was stopped because the serial output showed what the caller waited for.</summary>
    public bool StoppedOnOutput { get; init; }
}
