using Minix.Posix.Abi;

namespace Minix.Commands.Libc;

/// <summary>
/// The operands of cp, mv and ln as coreutils reads them: <c>SOURCE DEST</c>, or <c>SOURCE... DIRECTORY</c> (each
/// source goes into the directory under its own last name), with coreutils' words for a missing or wrong target.
/// </summary>
public static class TargetOperands
{
    /// <summary>Each source with where it goes; null after an error (reported, the command's status set).</summary>
    /// <param name="command">For messages.</param>
    /// <param name="operands">The operands.</param>
    /// <param name="oneMeansHere">ln: a lone operand goes into the working directory; cp and mv: a lone operand is a usage error.</param>
    /// <returns>The pairs, or null.</returns>
    public static List<(string Source, string Destination)>? Pairs(Command command, List<string> operands, bool oneMeansHere = false)
    {
        if (operands.Count == 0)
        {
            command.Usage("missing file operand");
            return null;
        }

        if (operands.Count == 1 && !oneMeansHere)
        {
            command.Usage("missing destination file operand after " + Quoting.Always(operands[0]));
            return null;
        }

        string target = operands.Count == 1 ? "." : operands[^1];
        int sourceCount = Math.Max(1, operands.Count - 1);
        long error = Sys.Stat(target, out FileStatus status);
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
