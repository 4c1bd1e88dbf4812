using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Touch;

/// <summary>
/// touch, as GNU coreutils': each file is opened for writing and made if it is missing (not with -c), then its
/// access and modification times are set to now; a directory, which cannot be opened so, just gets the times.
/// </summary>
public static class Touch
{
    /// <summary>Runs touch.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a file could not be touched.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("touch");
        Options? options = Options.Parse(command, args, "c", ["no-create=c"]);
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            return command.Usage("missing file operand");
        bool create = !options.Has('c');
        foreach (string operand in options.Operands)
        {
            long opened = 0;
            if (create)
            {
                opened = Sys.Open(operand, OpenFlags.WriteOnly | OpenFlags.Create, 0x1B6);
                if (opened >= 0)
                    Sys.Close((int)opened);
            }

            long error = Sys.SetTimesToNow(operand);
            if (error == 0 || (!create && error == (long)Status.NotFound))
                continue;
            // an open refused because the name is a directory says nothing about why the times could not be set
            if (opened < 0 && opened != (long)Status.IsDirectory)
                command.Fail("cannot touch " + Quoting.Always(operand), opened);
            else
                command.Fail("setting times of " + Quoting.Always(operand), error);
        }

        return command.Finish();
    }
}
