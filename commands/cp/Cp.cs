using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Cp;

/// <summary>
/// cp, as GNU coreutils': copies SOURCE to DEST, or each source into DIRECTORY (or -t's; -T takes DEST as the name
/// even when it is a directory); a directory only with -r (or -R), with everything in it, never into itself. -n keeps
/// an existing destination, -u one not older than its source, -i asks; -f removes one that cannot be opened; -l makes
/// hard links instead of copies; -p (--preserve) keeps the source's mode, times and owner; -a is -R -p, with symbolic
/// links copied as links (-P); -v says each copy. A new file gets its source's permission bits (less the umask).
/// </summary>
public static class Cp
{
    /// <summary>--preserve has no short option: it is kept under this letter, which no one can type as one.</summary>
    private const char PreserveOption = '\u0001';

    /// <summary>Runs cp.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if something could not be copied.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("cp");
        Options? options = Options.Parse(command, args, "adfilnpPrRt:Tuv",
        [
            "archive=a", "force=f", "interactive=i", "link=l", "no-clobber=n", "no-dereference=P", "preserve=" + PreserveOption + "?",
            "recursive=r", "update=u", "verbose=v", .. TargetOperands.LongOptions,
        ]);
        if (options is null)
            return command.ExitStatus;
        var preserved = PreservedAttributes.None;
        bool interactive = false, noClobber = false;
        foreach (var (name, value) in options.Seen)
        {
            if (name is 'p' or 'a' || (name == PreserveOption && value is null))
            {
                preserved |= PreservedAttributes.Default;
            }
            else if (name == PreserveOption)
            {
                if (PreserveList.Parse(command, value!) is not PreservedAttributes listed)
                    return command.ExitStatus;
                preserved |= listed;
            }

            // the later of -i and -n wins, as in GNU's
            if (name is 'i' or 'n')
                (interactive, noClobber) = (name == 'i', name == 'n');
        }

        var pairs = TargetOperands.Pairs(command, options);
        if (pairs is null)
            return command.ExitStatus;
        var copy = new Copying(command)
        {
            Recursive = options.Has('r') || options.Has('R') || options.Has('a'),
            NoClobber = noClobber,
            Interactive = interactive,
            Force = options.Has('f'),
            Update = options.Has('u'),
            HardLinks = options.Has('l'),
            NoDereference = options.Has('a') || options.Has('P') || options.Has('d'),
            Preserved = preserved,
            Verbose = options.Has('v'),
        };
        foreach (var (source, destination) in pairs)
            copy.Copy(source, destination, top: true);
        return command.Finish();
    }
}
