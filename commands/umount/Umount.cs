using Minix.Commands.Libc;

namespace Minix.Commands.Umount;

/// <summary>
/// umount: <c>umount PATH...</c> unmounts the file system mounted on each directory or from each block special file
/// (root only); its cached blocks are written first.
/// </summary>
public static class Umount
{
    /// <summary>Runs umount.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, 1 if any unmount failed, 2 after a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("umount") { UsageLine = "Usage: umount PATH..." };
        Options? options = Options.Parse(command, args, "", usageStatus: 2);
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            return command.Usage("missing operand", 2);
        foreach (string path in options.Operands)
        {
            long unmounted = Sys.Unmount(path);
            if (unmounted < 0)
                command.Fail("cannot unmount " + Quoting.Always(path), unmounted);
        }

        return command.Finish();
    }
}
