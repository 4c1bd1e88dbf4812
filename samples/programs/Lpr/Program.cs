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
    public static void Main() => Sys.Exit(new LprJob(SampleDocument, Demo).Run());
}
