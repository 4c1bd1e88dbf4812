using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>
/// ls, as GNU coreutils' when its output is not a terminal: one name a line, in the C locale's order; files named on
/// the command line first, then each directory's contents under a "NAME:" heading when there is more than one thing
/// to list (always with -R, which lists every directory below too). -a shows every name, -A all but . and ..;
/// -I (--ignore) and -B leave out names matching a pattern, --hide too unless -a or -A; -d lists directories
/// themselves; -L follows every symbolic link, -H (and --dereference-command-line-symlink-to-dir) those named on
/// the command line; -l the long format (-g without the owner, -o without the group, -G neither, -n with numbers for
/// names); -t, -S, -X, -v (version, as GNU's filevercmp), -U (-f) and --sort choose the order, -r reverses it, -u
/// and -c (--time) choose the time shown and sorted by, --time-style and --full-time how it is written; -i, -s, -h
/// (--si), --block-size (and LS_BLOCK_SIZE, BLOCK_SIZE, BLOCKSIZE, -k), -F, -p (--file-type, --indicator-style)
/// and --group-directories-first as GNU's. -C fills columns, -x rows, -m a comma-separated list, as wide as -w,
/// COLUMNS or 80. (On a terminal it still writes one name a line, where GNU ls fills columns as -C; --color is
/// accepted, and never colours. The image's file system has no symbolic links, so there -L and -H change nothing.)
/// </summary>
public static class Ls
{
    /// <summary>Runs ls.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0; 1 for a problem inside a directory; 2 for an operand that cannot be listed or a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("ls");
        Settings? settings = CommandLine.Read(command, args, out List<string> operands);
        if (settings is null)
            return command.ExitStatus;
        new DirectoryWalk(command, settings).Run(operands);
        return command.Finish();
    }
}
