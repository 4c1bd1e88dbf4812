using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Mount;

/// <summary>
/// mount: <c>mount [-r] SPECIAL DIRECTORY</c> mounts the MINIX file system on the block special file on the directory
/// (root only; VFS gives it a free file server), read-only with -r; with no operands it lists what is mounted.
/// </summary>
public static class Mount
{
    /// <summary>Runs mount.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, 1 if the mount failed, 2 after a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("mount") { UsageLine = "Usage: mount [-r] SPECIAL DIRECTORY" };
        Options? options = Options.Parse(command, args, "r", ["read-only=r"], usageStatus: 2);
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count == 0 && !options.Has('r'))
            return List(command);
        if (options.Operands.Count != 2)
            return command.Usage(options.Operands.Count < 2 ? "missing operand" : "extra operand " + Quoting.Always(options.Operands[2]), 2);
        string special = options.Operands[0], directory = options.Operands[1];
        long mounted = Sys.Mount(special, directory, options.Has('r'));
        if (mounted < 0)
            command.Fail("cannot mount " + Quoting.Always(special) + " on " + Quoting.Always(directory), mounted);
        return command.Finish();
    }

    /// <summary>
    /// With no operands: each mounted file system as "DEVICE on DIRECTORY (rw)", or "(ro)" for a read-only one, "/"
    /// first (see <see cref="MountedFileSystems"/> for how they are found).
    /// </summary>
    private static int List(Command command)
    {
        var devices = new BlockDeviceNames();
        foreach (string point in MountedFileSystems.MountPoints())
        {
            long result = Sys.Stat(point, out FileStatus status);
            if (result >= 0)
                result = Sys.StatFileSystem(point, out FileSystemStatistics statistics) is var s and < 0 ? s
                    : Line(command, devices.Of(status.Device), point, (statistics.Flags & FileSystemFlags.ReadOnly) != 0);
            if (result < 0)
                command.Fail(Quoting.IfNeeded(point), result);
        }

        return command.Finish();
    }

    private static long Line(Command command, string device, string point, bool readOnly)
    {
        command.Out.Write(device + " on " + point + (readOnly ? " (ro)\n" : " (rw)\n"));
        return 0;
    }
}
