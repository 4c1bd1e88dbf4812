using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// Applies a command's redirections, left to right, to a <see cref="DescriptorTable"/>: files are opened by the shell
/// (close-on-exec, so only the command they are for gets them), n&gt;&amp;m copies a slot. A file that cannot be
/// opened is reported with its name and the reason, and nothing stays open.
/// </summary>
public sealed class Redirections
{
    private readonly ShellState _state;
    private readonly Expansion _expansion;

    /// <summary>Redirections expanded with <paramref name="state"/>'s parameters.</summary>
    /// <param name="state">The shell's state.</param>
    public Redirections(ShellState state)
    {
        _state = state;
        _expansion = new Expansion(state);
    }

    /// <summary>Applies <paramref name="redirections"/> to <paramref name="table"/>.</summary>
    /// <param name="redirections">The command's redirections.</param>
    /// <param name="table">The table, changed in place.</param>
    /// <returns>True, or false after reporting the failure (what was opened is closed again).</returns>
    public bool Apply(IReadOnlyList<Redirection> redirections, DescriptorTable table)
    {
        foreach (Redirection redirection in redirections)
        {
            string target;
            try
            {
                target = _expansion.Single(redirection.Target);
            }
            catch (Exception error) when (error is ArithmeticError or ExpansionError or VariableRefused)
            {
                return Fail(table, error.Message);
            }

            if (redirection.Kind == RedirectionKind.HereDocument)
            {
                long read = HereDocumentInput.Open(target);
                if (read < 0)
                    return Fail(table, "cannot hand a here-document of " + target.Length + " characters to the command: " + ErrorText.Of(read));
                table.Own((int)read);
                table.Set(redirection.Fd, (int)read);
                continue;
            }

            if (redirection.Kind == RedirectionKind.Duplicate)
            {
                if (target == "-")
                {
                    table.Set(redirection.Fd, -1);
                    continue;
                }

                if (!int.TryParse(target, out int source) || source < 0 || source > 9)
                    return Fail(table, "redirection to \"" + target + "\": not a descriptor number (0-9 or -)");
                int shellFd = table[source];
                if (shellFd < 0 || Sys.FileStat(shellFd, out _) < 0)
                    return Fail(table, "redirection to descriptor " + source + ": " + ErrorText.Of((long)Status.BadFileDescriptor));
                table.Set(redirection.Fd, shellFd);
                continue;
            }

            if (target.Length == 0)
                return Fail(table, "redirection to an empty file name (" + redirection.Target.Source + ")");
            OpenFlags flags = redirection.Kind switch
            {
                RedirectionKind.Input => OpenFlags.ReadOnly,
                RedirectionKind.Output => OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate,
                RedirectionKind.Append => OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Append,
                _ => OpenFlags.ReadWrite | OpenFlags.Create,
            };
            long fd = Sys.Open(target, flags | OpenFlags.CloseOnExec);
            if (fd < 0)
                return Fail(table, OpenFailure(target, redirection.Kind, fd));
            table.Own((int)fd);
            table.Set(redirection.Fd, (int)fd);
        }

        return true;
    }

    /// <summary>
    /// Why <paramref name="target"/> could not be opened, as dash words it: "cannot create x/y: Directory nonexistent"
    /// for a missing directory, "cannot open f: No such file" for a missing input.
    /// </summary>
    private static string OpenFailure(string target, RedirectionKind kind, long error)
    {
        bool creating = kind != RedirectionKind.Input;
        string reason = (Status)error == Status.NotFound ? (creating ? "Directory nonexistent" : "No such file") : ErrorText.Of(error);
        return (creating ? "cannot create " : "cannot open ") + target + ": " + reason;
    }

    /// <summary>Reports <paramref name="message"/> on the command's standard error as redirected so far (as dash, which redirects in the child), then closes what was opened.</summary>
    private bool Fail(DescriptorTable table, string message)
    {
        if (table[Sys.StandardError] >= 0)
            _state.Error(message, table[Sys.StandardError]);
        table.CloseOpened();
        return false;
    }
}
