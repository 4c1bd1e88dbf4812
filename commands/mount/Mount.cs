using Minix.Commands.Libc;

namespace Minix.Commands.Mount;

/// <summary>
/// mount: <c>mount [-r] SPECIAL DIRECTORY</c> mounts the MINIX file system on the block special file on the directory
/// (root only; VFS gives it a free file server), read-only with -r.
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
        if (options.Operands.Count != 2)
            return command.Usage(options.Operands.Count < 2 ? "missing operand" : "extra operand " + Quoting.Always(options.Operands[2]), 2);
        string special = options.Operands[0], directory = options.Operands[1];
        long mounted = Sys.Mount(special, directory, options.Has('r'));
        if (mounted < 0)
            command.Fail("cannot mount " + Quoting.Always(special) + " on " + Quoting.Always(directory), mounted);
        return command.Finish();
    }
}
