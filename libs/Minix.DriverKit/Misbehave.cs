using System.Runtime.CompilerServices;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.DriverKit;

/// <summary>
/// Failing on purpose, for tests and demos of recovery. <see cref="Request"/> asks the reincarnation server (RS) to
/// have a service fail (<see cref="ReincarnationProtocol.InjectFault"/>); RS checks the asker against the service's
/// control list in system.conf and passes the request on; <see cref="Service"/> performs it. On the image each is the
/// real thing (a null dereference, a store to an unmapped address, <c>ud2</c>, a spin, an unhandled throw) and the
/// kernel ends the process; on the host simulator each fails the way the simulator reports the same fault.
/// </summary>
public static partial class Misbehave
{
    /// <summary>Where a wild write goes: canonical, in the user half, never mapped.</summary>
    public const ulong WildAddress = 0x0000_7FFF_DEAD_0000;

    /// <summary>How often <see cref="Request"/> asks again while RS answers that the service is busy.</summary>
    public const int BusyRetries = 100;

    /// <summary>Asks RS to make the service <paramref name="label"/> misbehave now, or when its <paramref name="afterRequests"/>-th following request arrives.</summary>
    /// <param name="label">The service's label (a driver or server).</param>
    /// <param name="kind">What it should do.</param>
    /// <param name="afterRequests">0 for at once.</param>
    /// <returns><see cref="Status.Ok"/> if the service armed the fault; <see cref="Status.PermissionDenied"/> if the
    /// caller is not in the service's control list, the service is a core service, or it refuses such requests;
    /// otherwise why it could not be done (see <see cref="ReincarnationProtocol.InjectFault"/>).</returns>
    public static Status Request(ReadOnlySpan<byte> label, Misbehaviour kind, int afterRequests = 0)
    {
        if (label.Length == 0 || label.Length > ProcessName.Capacity)
            return Status.InvalidArgument;
        Status answer = Status.TryAgain;
        for (int attempt = 0; attempt < BusyRetries && answer == Status.TryAgain; attempt++)
        {
            var m = Message.Create(ReincarnationProtocol.InjectFault, new FaultRequest
            {
                Label = ProcessName.FromUtf8(label),
                Method = FaultMethod.Misbehave,
                Kind = kind,
                AfterRequests = afterRequests,
            });
            Status ipc = Messaging.SendRec(Endpoint.ReincarnationServer, ref m);
            answer = ipc != Status.Ok ? ipc : m.Status;
        }

        return answer;
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
