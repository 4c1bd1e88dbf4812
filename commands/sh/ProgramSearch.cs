using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>Finds the program a command name stands for: a name with a / as it is, else the first file of that name in PATH's directories.</summary>
public static class ProgramSearch
{
    /// <summary>The program <paramref name="name"/> names, or null when no directory in <paramref name="path"/> has it.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="path">PATH (directories separated by ':'; an empty one is the working directory).</param>
    /// <returns>The program's path, or null.</returns>
    public static string? Find(string name, string? path) => Find(name, path, out _);

    /// <summary>The program <paramref name="name"/> names, or null with the reason: ENOENT, or what else the search met (ENAMETOOLONG ...).</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="path">PATH.</param>
    /// <param name="error">Why nothing was found (-errno).</param>
    /// <returns>The program's path, or null.</returns>
    public static string? Find(string name, string? path, out long error)
    {
        error = (long)Status.NotFound;
        if (name.Contains('/'))
            return name;
        if (path is null || name.Length == 0)
            return null;
        foreach (string directory in path.Split(':'))
        {
            string candidate = directory.Length == 0 ? name : directory.TrimEnd('/') + "/" + name;
            long found = Sys.Stat(candidate, out FileStatus status);
            if (found >= 0 && (status.Mode & FileModeBits.TypeMask) != FileModeBits.Directory)
                return candidate;
            if ((Status)found == Status.NameTooLong)
                error = found;
        }

        return null;
    }

    /// <summary>The shell's message and status for a program that could not be started: 127 not found, 126 found but not runnable.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="error">The exec's error (-errno).</param>
    /// <returns>The message (without the shell's name) and the status.</returns>
    public static (string Message, int Status) Failure(string name, long error)
    {
        if ((Status)error == Status.NotFound)
            return (name + ": not found", 127);
        if ((Status)error == Status.NameTooLong)
            return (name + ": " + ErrorText.Of(error), 127);
        if ((Status)error == Status.AccessDenied && Sys.Stat(name, out FileStatus status) >= 0 && (status.Mode & FileModeBits.TypeMask) == FileModeBits.Directory)
            return (name + ": Permission denied (it is a directory)", 126);
        return (name + ": " + ErrorText.Of(error), 126);
    }
}
