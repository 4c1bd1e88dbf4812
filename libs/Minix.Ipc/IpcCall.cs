namespace Minix.Ipc;

/// <summary>The IPC primitives, numbered as the kernel's IPC trap expects them.</summary>
public enum IpcCall
{
    /// <summary>Blocking send: the caller waits until the receiver has the message.</summary>
    Send = 1,

    /// <summary>Blocking receive from one endpoint or from <see cref="Endpoint.Any"/>.</summary>
    Receive = 2,

    /// <summary>Send, then receive from the same party, atomically: the only primitive ordinary user processes may use,
    /// and one no notification can break into.</summary>
    SendRec = 3,

    /// <summary>Non-blocking, non-queued notification: delivered at once if the target waits for it, otherwise
    /// remembered as one pending bit per sender.</summary>
    Notify = 4,

    /// <summary>Non-blocking send: fails with <see cref="Status.NotReady"/> if the destination is not waiting now.</summary>
    SendNb = 5,

    /// <summary>
    /// A server's reply and its next receive in one trap: a non-blocking send to the partner (as <see cref="SendNb"/>,
    /// so the partner sees a plain send), then, if the reply was delivered, a receive from <see cref="Endpoint.Any"/>
    /// into the same buffer. If the partner is not waiting the call fails with <see cref="Status.NotReady"/> and
    /// receives nothing. Saves a server one trap per request, as seL4's ReplyRecv does.
    /// </summary>
    ReplyReceive = 6,
}

/// <summary>Bit masks over <see cref="IpcCall"/> numbers: which primitives a process may use.</summary>
public static class IpcCallMask
{
    /// <summary>The bit of one primitive.</summary>
    /// <param name="call">The primitive.</param>
    /// <returns><c>1 &lt;&lt; call</c>.</returns>
    public static byte Of(IpcCall call) => (byte)(1 << (int)call);

    /// <summary>Every primitive: system services.</summary>
    public const byte All = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6);

    /// <summary>SENDREC only: ordinary user processes.</summary>
    public const byte User = 1 << 3;

    /// <summary>Whether <paramref name="mask"/> allows <paramref name="call"/>.</summary>
    /// <param name="mask">A trap mask.</param>
    /// <param name="call">The primitive.</param>
    /// <returns>True if allowed.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Allows(byte mask, IpcCall call) => (uint)call < 8 && (mask & (1 << (int)call)) != 0;
}
