namespace Minix.Ipc;

/// <summary>
/// The status word RECEIVE returns beside the message: which primitive delivered it (bits 0-5) and flags
/// (bit 16 up). A receiver tells a notification from a request by <see cref="IsNotify"/>, not by the message type.
/// </summary>
public readonly struct IpcStatus
{
    private const int CallMask = 0x3f;

    /// <summary>The flag set when the kernel sent the message on a process's behalf: trusted, and never answered.</summary>
    public const int FromKernelFlag = 1 << 16;

    /// <summary>Wraps a raw status word.</summary>
    /// <param name="value">The raw word.</param>
    public IpcStatus(int value) => Value = value;

    /// <summary>Builds a status word.</summary>
    /// <param name="call">The primitive that delivered the message.</param>
    /// <param name="fromKernel">Whether the kernel sent it.</param>
    /// <returns>The status word.</returns>
    public static IpcStatus Of(IpcCall call, bool fromKernel) => new((int)call | (fromKernel ? FromKernelFlag : 0));

    /// <summary>The raw word.</summary>
    public int Value { get; }

    /// <summary>The primitive that delivered the message.</summary>
    public IpcCall Call => (IpcCall)(Value & CallMask);

    /// <summary>True if the message is a notification.</summary>
    public bool IsNotify => Call == IpcCall.Notify;

    /// <summary>True if the kernel sent the message.</summary>
    public bool IsFromKernel => (Value & FromKernelFlag) != 0;
}
