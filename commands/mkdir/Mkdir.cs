using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Mkdir;

/// <summary>
/// mkdir, as GNU coreutils': each operand a new directory; with -p the missing parents first (and an existing
/// directory is no error); -m gives the new directories (not their parents) a mode, octal or symbolic as chmod's,
/// which the umask does not narrow; -v says each directory made.
/// </summary>
public static class Mkdir
{
    /// <summary>Runs mkdir.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a directory could not be made.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("mkdir");
        Options? options = Options.Parse(command, args, "m:pv", ["mode=m:", "parents=p", "verbose=v"]);
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            return command.Usage("missing operand");
        ModeChange? change = null;
        if (options.Value('m') is string text)
        {
            change = ModeChange.Parse(text, ModeSyntax.Coreutils);
            if (change is null)
            {
                command.Fail("invalid mode " + Quoting.CStyle(text));
                return command.ExitStatus;
            }
        }

        // every mode is given whole from here on: the umask is read once and then takes nothing away
        int umask = (int)Sys.SetUmask(0) & 0x1FF;
        var modes = new NewDirectoryModes(umask, change);
        bool parents = options.Has('p'), verbose = options.Has('v');
        foreach (string operand in options.Operands)
        {
            if (parents)
                MakeWithParents(command, operand, modes, verbose);
            else
                Make(command, operand, modes, verbose);
        }

        return command.Finish();
    }

    private static bool Make(Command command, string path, NewDirectoryModes modes, bool verbose)
    {
        long error = Sys.MakeDirectory(path, modes.Created);
        if (error < 0)
        {
            command.Fail("cannot create directory " + Quoting.Always(path), error);
            return false;
        }

        if (modes.NeedsChange && Sys.Stat(path, out FileStatus made) == 0 && modes.After(made.Mode & 0xFFF) is int mode)
        {
            error = Sys.ChangeMode(path, mode);
            if (error < 0)
                command.Fail("cannot set permissions of " + Quoting.Always(path), error);
        }

        if (verbose)
            Say(command, "created directory " + Quoting.Always(path));
        return true;
    }

    /// <summary>-p: each prefix of the path that is missing is made, in order; what exists as a directory is fine.</summary>
    private static void MakeWithParents(Command command, string path, NewDirectoryModes modes, bool verbose)
    {
        for (int end = path.IndexOf('/', 1); end > 0; end = path.IndexOf('/', end + 1))
        {
            string prefix = path.Substring(0, end);
            if (prefix.EndsWith('/') || IsDirectory(prefix))
                continue;
            long error = Sys.MakeDirectory(prefix, modes.Parent);
            if (error < 0 && !IsDirectory(prefix))
            {
                // something that is not a directory is in the way: the path cannot go on through it
                command.Fail("cannot create directory " + Quoting.Always(prefix), error == (long)Status.AlreadyExists ? (long)Status.NotDirectory : error);
                return;
            }

            if (error == 0 && verbose)
                Say(command, "created directory " + Quoting.Always(prefix));
        }

        if (!IsDirectory(path))
            Make(command, path, modes, verbose);
    }

    private static bool IsDirectory(string path) => Sys.Stat(path, out FileStatus status) == 0 && FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory;

    /// <summary>-v's lines go to the standard output, prefixed with the command's name as coreutils' do.</summary>
    private static void Say(Command command, string text)
    {
        command.Out.Write(command.Name + ": " + text + "\n");
    }
}
