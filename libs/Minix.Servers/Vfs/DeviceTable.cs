using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

/// <summary>
/// Which driver serves which major device number, by the label it is known by in the data store, and the special
/// files a root file system gets in /dev: the one table that maps device numbers to drivers (MINIX's dmap). VFS
/// finds the driver's endpoint as <c>drv.&lt;label&gt;</c> when a special file is opened, so a restarted driver is
/// found again by the next open. The numbers are MINIX's where MINIX has one.
/// </summary>
public static partial class DeviceTable
{
    /// <summary>The RAM disk (MINIX's memory driver is major 1).</summary>
    public const int RamDiskMajor = 1;

    /// <summary>The IDE disks, c0d0, c0d1, c1d0 and c1d1 as minors 0 to 3 (the ata driver; MINIX gives its c0 major 3).</summary>
    public const int DiskMajor = 3;

    /// <summary>The terminals: the console and the serial lines (MINIX's tty, major 4).</summary>
    public const int TerminalMajor = 4;

    /// <summary>The parallel-port printer (MINIX's lp, major 6).</summary>
    public const int PrinterMajor = 6;

    /// <summary>The label of the driver for <paramref name="major"/>, or empty if none.</summary>
    /// <param name="major">A major device number.</param>
    /// <returns>The label.</returns>
    public static ReadOnlySpan<byte> LabelOf(int major) => major switch
    {
        RamDiskMajor => "ramdisk"u8,
        DiskMajor => "ata"u8,
        TerminalMajor => "tty"u8,
        PrinterMajor => "printer"u8,
        _ => default,
    };

    /// <summary>The major number whose driver is labelled <paramref name="label"/>, or 0 if none.</summary>
    /// <param name="label">A driver's label.</param>
    /// <returns>The major number.</returns>
    public static int MajorOf(ReadOnlySpan<byte> label)
    {
        for (int major = 1; major <= PrinterMajor; major++)
        {
            ReadOnlySpan<byte> known = LabelOf(major);
            if (known.Length > 0 && known.SequenceEqual(label))
                return major;
        }

        return 0;
    }

    /// <summary>Whether <paramref name="device"/> is a terminal (for isatty).</summary>
    /// <param name="device">A device number.</param>
    /// <returns>True for the terminal major.</returns>
    public static bool IsTerminal(uint device) => DeviceNumber.Major(device) == TerminalMajor;
}
