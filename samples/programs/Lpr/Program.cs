using Minix.DriverKit;
using Minix.Kernel.Calls;

namespace Minix.Samples.Lpr;

/// <summary>The lpr program: prints <see cref="SampleDocument"/> and exits with the job's status.</summary>
public static class Program
{
    /// <summary>The misbehaviour the build asked for (the <c>LprMisbehaviour</c> property), to demonstrate recovery.</summary>
#if LPR_MISBEHAVIOUR_NULLDEREFERENCE
    public const Misbehaviour Demo = Misbehaviour.NullDereference;
#elif LPR_MISBEHAVIOUR_WILDWRITE
    public const Misbehaviour Demo = Misbehaviour.WildWrite;
#elif LPR_MISBEHAVIOUR_ILLEGALINSTRUCTION
    public const Misbehaviour Demo = Misbehaviour.IllegalInstruction;
#elif LPR_MISBEHAVIOUR_ENDLESSLOOP
    public const Misbehaviour Demo = Misbehaviour.EndlessLoop;
#elif LPR_MISBEHAVIOUR_PANIC
    public const Misbehaviour Demo = Misbehaviour.Panic;
#else
    public const Misbehaviour Demo = Misbehaviour.None;
#endif

    /// <summary>The document lpr prints.</summary>
    public static ReadOnlySpan<byte> SampleDocument =>
        "Minix# print test\n"u8 +
        "A driver is an ordinary process. When it fails, the reincarnation server starts it again,\n"u8 +
        "and the program that was printing carries on where it stopped.\n"u8 +
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\n"u8 +
        "-- end of document --\n"u8;

    /// <summary>Runs the job and exits with its status.</summary>
    public static void Main() => Sys.Exit(new LprJob(SampleDocument, Demo != Misbehaviour.None ? Demo : FromBootParameters()).Run());

    /// <summary>
    /// The misbehaviour named by the boot parameter <c>lpr.misbehave</c> (<c>null</c>, <c>wild</c>, <c>illegal</c>,
    /// <c>loop</c> or <c>panic</c>), so one image can show every kind of failure.
    /// </summary>
    /// <returns>The misbehaviour, or <see cref="Misbehaviour.None"/>.</returns>
    public static Misbehaviour FromBootParameters()
    {
        Span<byte> value = stackalloc byte[16];
        if (!BootParameters.TryGet("lpr.misbehave"u8, value, out int length))
            return Misbehaviour.None;
        ReadOnlySpan<byte> name = value.Slice(0, length);
        return name.SequenceEqual("null"u8) ? Misbehaviour.NullDereference
            : name.SequenceEqual("wild"u8) ? Misbehaviour.WildWrite
            : name.SequenceEqual("illegal"u8) ? Misbehaviour.IllegalInstruction
            : name.SequenceEqual("loop"u8) ? Misbehaviour.EndlessLoop
            : name.SequenceEqual("panic"u8) ? Misbehaviour.Panic
            : Misbehaviour.None;
    }
}
