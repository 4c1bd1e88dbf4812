using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Df;

/// <summary>
/// df, as GNU coreutils' in its default layout (and -i for inodes, -k for 1 KiB blocks, the default): for each FILE
/// the file system holding it, or with none every file system mounted on "/" or on a directory just under it. The
/// device and the mount point are found as <see cref="MountedFileSystems"/> finds them: the system keeps no mount table
/// for programs to read.
/// </summary>
public static class DiskFree
{
    /// <summary>Runs df.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a file's file system could not be read.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("df");
        Options? options = Options.Parse(command, args, "ik", ["inodes=i"]);
        if (options is null)
            return command.ExitStatus;
        bool inodes = options.Has('i');
        var rows = new List<string[]>();
        var seen = new HashSet<string>();
        var devices = new BlockDeviceNames();
        List<string> files = options.Operands.Count > 0 ? options.Operands : MountedFileSystems.MountPoints();
        foreach (string file in files)
        {
            long result = Sys.StatFileSystem(file, out FileSystemStatistics statistics);
            if (result >= 0)
                result = Sys.Stat(file, out FileStatus status) is var s and < 0 ? s : Row(file, status.Device, statistics, inodes, rows, seen, devices, options.Operands.Count > 0);
            if (result < 0)
                command.Fail(Quoting.IfNeeded(file), result);
        }

        if (rows.Count > 0)
            command.Out.Write(Table.Format(inodes ? InodeHeadings : BlockHeadings, rows));
        return command.Finish();
    }

    private static readonly string[] BlockHeadings = ["Filesystem", "1K-blocks", "Used", "Available", "Use%", "Mounted on"];
    private static readonly string[] InodeHeadings = ["Filesystem", "Inodes", "IUsed", "IFree", "IUse%", "Mounted on"];

    private static long Row(string file, ulong device, in FileSystemStatistics statistics, bool inodes, List<string[]> rows, HashSet<string> seen, BlockDeviceNames devices, bool asked)
    {
        string mountPoint = MountedFileSystems.MountPointOf(file, device);
        // Unasked, a file system of no blocks (a host's /proc) is left out, as GNU df leaves out its dummy ones.
        if (!asked && (!seen.Add(mountPoint) || statistics.TotalBlocks == 0))
            return 0;
        long total = inodes ? statistics.TotalInodes : statistics.TotalBlocks * statistics.BlockSize / 1024;
        long free = inodes ? statistics.FreeInodes : statistics.FreeBlocks * statistics.BlockSize / 1024;
        long available = inodes ? statistics.FreeInodes : statistics.AvailableBlocks * statistics.BlockSize / 1024;
        long used = total - free;
        rows.Add([devices.Of(device), total.ToString(), used.ToString(), available.ToString(), Percent(used, available), mountPoint]);
        return 0;
    }

    /// <summary>GNU df's Use%: used over what a user could have, rounded up; "-" for a file system with nothing.</summary>
    public static string Percent(long used, long available)
    {
        long whole = used + available;
        return whole <= 0 ? "-" : ((used * 100 + whole - 1) / whole).ToString() + "%";
    }
}
