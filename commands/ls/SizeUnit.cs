namespace Minix.Commands.Ls;

/// <summary>
/// How ls writes an amount of bytes (gnulib's human options): in units of <paramref name="Block"/> bytes, or scaled
/// to the best unit (-h, --si); with the unit's letter after (a --block-size given as a unit, "K"), "B" too ("KB",
/// "KiB").
/// </summary>
/// <param name="Block">The block size (1 with <paramref name="Autoscale"/>).</param>
/// <param name="Base">1024, or 1000 for --si and units written "KB".</param>
/// <param name="Autoscale">Scaled to the largest unit the amount reaches (-h, --si).</param>
/// <param name="Letter">The unit's letter follows the number.</param>
/// <param name="Bytes">"B" follows the letter ("iB" in base 1024).</param>
internal readonly record struct SizeUnit(ulong Block, ulong Base, bool Autoscale, bool Letter, bool Bytes)
{
    /// <summary>-h: powers of 1024.</summary>
    public static readonly SizeUnit HumanReadable = new(1, 1024, true, true, false);

    /// <summary>--si: powers of 1000.</summary>
    public static readonly SizeUnit Si = new(1, 1000, true, true, false);

    /// <summary>Plain counts of <paramref name="block"/>-byte blocks.</summary>
    public static SizeUnit Of(ulong block) => new(block, 1024, false, false, false);
}
