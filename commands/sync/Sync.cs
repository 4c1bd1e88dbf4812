using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Sync;

/// <summary>
/// sync, as GNU coreutils' without -d and -f: every file system's cached blocks go to their devices. Named files must
/// open (else "error opening"); they are then written with everything else, since the system has one sync for all.
/// </summary>
public static class Sync
{
    /// <summary>Runs sync.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a named file could not be opened or the sync failed.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("sync");
        Options? options = Options.Parse(command, args, "");
        if (options is null)
            return command.ExitStatus;
        foreach (string operand in options.Operands)
        {
            long fd = Sys.Open(operand, OpenFlags.ReadOnly);
            if (fd < 0)
                command.Fail("error opening " + Quoting.Always(operand), fd);
            else
                Sys.Close((int)fd);
        }

        long error = Sys.Sync();
        if (error < 0)
            command.Fail("sync failed", error);
        return command.Finish();
    }
}
