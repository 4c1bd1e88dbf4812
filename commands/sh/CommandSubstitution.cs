using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// $(...) and `...`: the commands run in a child shell (<see cref="Subshell"/>) whose standard output is a pipe; what
/// they print, without its trailing newlines, is the expansion, and their status becomes $? for a command that has
/// no other (X=$(false) gives 1).
/// </summary>
public static class CommandSubstitution
{
    /// <summary>Runs <paramref name="text"/> and returns its output.</summary>
    /// <param name="state">The shell's state (copied into the child; its substitution status is set).</param>
    /// <param name="text">The commands.</param>
    /// <returns>The output, trailing newlines removed.</returns>
    public static string Run(ShellState state, string text)
    {
        long piped = Sys.Pipe(out int read, out int write);
        if (piped < 0)
        {
            state.Error("cannot make a pipe for $(" + text + "): " + ErrorText.Of(piped));
            state.SubstitutionStatus = 2;
            return "";
        }

        Sys.SetCloseOnExec(read);
        Sys.SetCloseOnExec(write);
        var table = new DescriptorTable();
        table.Set(Sys.StandardOutput, write);
        long pid = Subshell.Start(state, text, table, background: false);
        Sys.Close(write);
        var output = new List<byte>();
        var buffer = new byte[4096];
        long got;
        while ((got = Sys.Read(read, buffer)) > 0)
        {
            for (int i = 0; i < got; i++)
                output.Add(buffer[i]);
        }

        Sys.Close(read);
        if (pid < 0)
        {
            state.Error("cannot run $(" + text + "): " + ErrorText.Of(pid));
            state.SubstitutionStatus = 126;
            return "";
        }

        Sys.WaitPid((int)pid, out int wait, noHang: false);
        state.SubstitutionStatus = WaitStatus.ShellStatus(wait);
        int end = output.Count;
        while (end > 0 && output[end - 1] == '\n')
            end--;
        return Utf8Text.Decode(output.GetRange(0, end).ToArray());
    }
}
