using System.Runtime.CompilerServices;
using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>
/// Failing on purpose, for tests and demos of recovery. <see cref="Service"/> performs these when it receives a
/// <see cref="ServiceProtocol.Misbehave"/> request; <see cref="Request"/> sends one. On the image each is the real
/// thing (a null dereference, a store to an unmapped address, <c>ud2</c>, a spin, an unhandled throw) and the kernel
/// ends the process; on the host simulator each fails the way the simulator reports the same fault.
/// </summary>
public static partial class Misbehave
{
    /// <summary>Where a wild write goes: canonical, in the user half, never mapped.</summary>
    public const ulong WildAddress = 0x0000_7FFF_DEAD_0000;

    /// <summary>Asks <paramref name="service"/> to misbehave now, or when its <paramref name="afterRequests"/>-th following request arrives.</summary>
    /// <param name="service">The service (a driver or server).</param>
    /// <param name="kind">What it should do.</param>
    /// <param name="afterRequests">0 for at once.</param>
    /// <returns><see cref="Status.Ok"/> if the service accepted, <see cref="Status.PermissionDenied"/> if it refuses such requests, or why it could not be reached.</returns>
    public static Status Request(Endpoint service, Misbehaviour kind, int afterRequests = 0)
    {
        var m = Message.Create(ServiceProtocol.Misbehave, new MisbehaveRequest { Kind = kind, AfterRequests = afterRequests });
        Status ipc = Messaging.SendRec(service, ref m);
        return ipc != Status.Ok ? ipc : m.Status;
    }

    /// <summary>Does <paramref name="kind"/> (returns only for <see cref="Misbehaviour.None"/>).</summary>
    /// <param name="kind">What to do.</param>
    public static void Perform(Misbehaviour kind)
    {
        switch (kind)
        {
            case Misbehaviour.NullDereference:
                Nothing()!.Register = 1;
                break;
            case Misbehaviour.WildWrite:
                WildWrite();
                break;
            case Misbehaviour.IllegalInstruction:
                IllegalInstruction();
                break;
            case Misbehaviour.EndlessLoop:
                EndlessLoop();
                break;
            case Misbehaviour.Panic:
                throw new InvalidOperationException("panic: a misbehaviour was requested");
        }
    }

    /// <summary>A misbehaviour's name for log lines, e.g. <c>null dereference</c>.</summary>
    /// <param name="kind">The misbehaviour.</param>
    /// <returns>Its name.</returns>
    public static ReadOnlySpan<byte> Name(Misbehaviour kind) => kind switch
    {
        Misbehaviour.None => "none"u8,
        Misbehaviour.NullDereference => "null dereference"u8,
        Misbehaviour.WildWrite => "wild write"u8,
        Misbehaviour.IllegalInstruction => "illegal instruction"u8,
        Misbehaviour.EndlessLoop => "endless loop"u8,
        Misbehaviour.Panic => "panic"u8,
        _ => "unknown misbehaviour"u8,
    };

    // A device that was never found: the classic null dereference. Not inlined, so the compiler cannot see it coming.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Victim? Nothing() => null;

    private static partial void WildWrite();

    private static partial void IllegalInstruction();

    private static partial void EndlessLoop();

    private sealed class Victim
    {
        public int Register;
    }
}
