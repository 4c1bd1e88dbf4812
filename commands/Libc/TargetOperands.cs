using Minix.Posix.Abi;

namespace Minix.Commands.Libc;

/// <summary>
/// The operands of cp, mv and ln as coreutils reads them: <c>SOURCE DEST</c>, or <c>SOURCE... DIRECTORY</c> (each
/// source goes into the directory under its own last name), or with -t DIRECTORY every operand a source, or with -T
/// exactly <c>SOURCE DEST</c> even when DEST is a directory; with coreutils' words for a missing or wrong target.
/// </summary>
public static class TargetOperands
{
    /// <summary>The long options for -t and -T, for <see cref="Options.Parse"/> (the short ones are "t:T").</summary>
    public static readonly string[] LongOptions = ["target-directory=t:", "no-target-directory=T"];

    /// <summary>Each source with where it goes; null after an error (reported, the command's status set).</summary>
    /// <param name="command">For messages.</param>
    /// <param name="options">The operands, and -t and -T if the command was given them.</param>
    /// <param name="oneMeansHere">ln: a lone operand goes into the working directory, and ln's words for a wrong target; cp and mv: a lone operand is a usage error.</param>
    /// <param name="noDereference">ln -n: a final operand that is a symbolic link to a directory is a name to replace, not the directory.</param>
    /// <returns>The pairs, or null.</returns>
    public static List<(string Source, string Destination)>? Pairs(Command command, Options options, bool oneMeansHere = false, bool noDereference = false)
    {
        List<string> operands = options.Operands;
        string? targetDirectory = options.Value('t');
        bool noTargetDirectory = options.Has('T');
        if (targetDirectory is not null && noTargetDirectory)
        {
            command.Fail(oneMeansHere ? "cannot combine --target-directory and --no-target-directory" : "cannot combine --target-directory (-t) and --no-target-directory (-T)");
            return null;
        }

        if (targetDirectory is not null)
            return IntoDirectory(command, operands, targetDirectory, oneMeansHere);
        if (operands.Count == 0)
        {
            command.Usage("missing file operand");
            return null;
        }

        if (noTargetDirectory)
        {
            if (operands.Count == 1)
                command.Usage("missing destination file operand after " + Quoting.Always(operands[0]));
            else if (operands.Count > 2)
                command.Usage("extra operand " + Quoting.Always(operands[2]));
            return operands.Count == 2 ? [(operands[0], operands[1])] : null;
        }

        if (operands.Count == 1 && !oneMeansHere)
        {
            command.Usage("missing destination file operand after " + Quoting.Always(operands[0]));
            return null;
        }

        string target = operands.Count == 1 ? "." : operands[^1];
        int sourceCount = Math.Max(1, operands.Count - 1);
        long error = noDereference ? Sys.LinkStat(target, out FileStatus status) : Sys.Stat(target, out status);
        bool directory = error == 0 && FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory;
        if (operands.Count > 2 && !directory)
        {
            command.Fail("target " + Quoting.Always(target), error < 0 ? error : (long)Minix.Ipc.Status.NotDirectory);
            return null;
        }

        var pairs = new List<(string, string)>();
        for (int i = 0; i < sourceCount; i++)
            pairs.Add((operands[i], directory ? Inside(target, LastName(operands[i])) : target));
        return pairs;
    }

    /// <summary>-t: every operand goes into <paramref name="directory"/>, which must be one.</summary>
    private static List<(string Source, string Destination)>? IntoDirectory(Command command, List<string> operands, string directory, bool lnWords)
    {
        // cp and mv count the operands before they look at the directory, ln after
        if (operands.Count == 0 && !lnWords)
        {
            command.Usage("missing file operand");
            return null;
        }

        long error = Sys.Stat(directory, out FileStatus status);
        if (error == 0 && FileModeBits.TypeOf(status.Mode) != FileModeBits.Directory)
            error = (long)Minix.Ipc.Status.NotDirectory;
        if (error < 0)
        {
            // ln names a missing directory as an access failure and a file as no directory, cp and mv both alike
            if (!lnWords)
                command.Fail("target directory " + Quoting.Always(directory), error);
            else if (error == (long)Minix.Ipc.Status.NotDirectory && !directory.EndsWith('/'))
                command.Fail("target " + Quoting.Always(directory) + " is not a directory");
            else
                command.Fail("failed to access " + Quoting.Always(directory), error);
            return null;
        }

        if (operands.Count == 0)
        {
            command.Usage("missing file operand");
            return null;
        }

        var pairs = new List<(string, string)>();
        foreach (string source in operands)
            pairs.Add((source, Inside(directory, LastName(source))));
        return pairs;
    }

    /// <summary><paramref name="name"/> inside <paramref name="directory"/> (one slash between them).</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="name">The name.</param>
    /// <returns>The path.</returns>
    public static string Inside(string directory, string name) => directory.EndsWith('/') ? directory + name : directory + "/" + name;

    /// <summary>A path's last component, trailing slashes ignored (basename(3)).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The last component ("/" for the root).</returns>
    public static string LastName(string path)
    {
        string trimmed = path.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed.Substring(trimmed.LastIndexOf('/') + 1);
    }

    /// <summary>Whether two statuses are one file (same device and inode).</summary>
    /// <param name="a">One.</param>
    /// <param name="b">The other.</param>
    /// <returns>True if they are.</returns>
    public static bool SameFile(in FileStatus a, in FileStatus b) => a.Device == b.Device && a.Inode == b.Inode;
}
