using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>Finds the program a command name stands for (through <see cref="ProgramPath"/>) and words the shell's message when it cannot be run.</summary>
public static class ProgramSearch
{
    /// <summary>The program <paramref name="name"/> names, or null when no directory in <paramref name="path"/> has it.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="path">PATH (directories separated by ':'; an empty one is the working directory).</param>
    /// <returns>The program's path, or null.</returns>
    public static string? Find(string name, string? path) => ProgramPath.Find(name, path, out _);

    /// <summary>The program <paramref name="name"/> names, or null with the reason (<see cref="ProgramPath.Find"/>).</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="path">PATH.</param>
    /// <param name="error">Why nothing was found (-errno).</param>
    /// <returns>The program's path, or null.</returns>
    public static string? Find(string name, string? path, out long error) => ProgramPath.Find(name, path, out error);

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
