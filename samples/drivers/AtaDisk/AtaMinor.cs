namespace Minix.Samples.AtaDisk;

/// <summary>
/// The ATA driver's minor devices, as MINIX names disks: /dev/c<i>C</i>d<i>D</i> is drive <i>D</i> (0 master,
/// 1 slave) on channel <i>C</i> (0 primary, 1 secondary). Minors 0-3 are the four whole disks; minors 4-19 are
/// kept for the four primary partitions of each (/dev/c<i>C</i>d<i>D</i>p<i>P</i> = 4 + 4 × disk + <i>P</i>),
/// which this driver does not serve yet.
/// </summary>
public static class AtaMinor
{
    /// <summary>/dev/c0d0: the primary channel's master.</summary>
    public const int C0D0 = 0;

    /// <summary>/dev/c0d1: the primary channel's slave.</summary>
    public const int C0D1 = 1;

    /// <summary>/dev/c1d0: the secondary channel's master.</summary>
    public const int C1D0 = 2;

    /// <summary>/dev/c1d1: the secondary channel's slave.</summary>
    public const int C1D1 = 3;

    /// <summary>How many whole disks (minors 0 .. Disks - 1).</summary>
    public const int Disks = 4;

    /// <summary>The minor of drive <paramref name="drive"/> on channel <paramref name="channel"/>.</summary>
    /// <param name="channel">0 primary, 1 secondary.</param>
    /// <param name="drive">0 master, 1 slave.</param>
    /// <returns>The minor.</returns>
    public static int Of(int channel, int drive) => channel * 2 + drive;
}
