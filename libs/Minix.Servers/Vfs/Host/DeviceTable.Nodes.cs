namespace Minix.Servers.Vfs;

public static partial class DeviceTable
{
    /// <summary>The special files every root file system gets in /dev (the image build makes them): name, block (else character), major, minor.</summary>
    public static readonly (string Name, bool Block, int Major, int Minor)[] StandardNodes =
    [
        ("console", false, TerminalMajor, 0),
        ("tty00", false, TerminalMajor, 16),
        ("tty01", false, TerminalMajor, 17),
        ("lp", false, PrinterMajor, 0),
        ("ram", true, RamDiskMajor, 0),
        ("c0d0", true, DiskMajor, 0),
        ("c0d1", true, DiskMajor, 1),
        ("c1d0", true, DiskMajor, 2),
        ("c1d1", true, DiskMajor, 3),
    ];
}
