using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Libc;

/// <summary>execvp(3)'s search: a name with a / is used as it is, else the first file of that name in PATH's directories.</summary>
public static class ProgramPath
{
    /// <summary>The program <paramref name="name"/> names, or null with the reason: ENOENT, or what else the search met (ENAMETOOLONG).</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="path">PATH (directories separated by ':'; an empty one is the working directory); null: none.</param>
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

    /// <summary>PATH from the environment the process started with, or /bin:/usr/bin without one.</summary>
    /// <returns>The search path.</returns>
    public static string SearchPath()
    {
        foreach (string variable in Sys.InitialEnvironment())
        {
            if (variable.StartsWith("PATH=", StringComparison.Ordinal))
                return variable[5..];
        }

        return "/bin:/usr/bin";
    }
}
