namespace Minix.Posix;

/// <summary>
/// The status word waitpid reports, in the classic encoding every Unix shares (MINIX's too): an exit code in bits 8-15
/// with zero below; or the signal that ended the process in bits 0-6, with 0x80 if it "dumped core".
/// </summary>
public static class WaitStatus
{
    /// <summary>The status of a process that exited with <paramref name="code"/>.</summary>
    /// <param name="code">The exit status (its low 8 bits count).</param>
    /// <returns>The wait status.</returns>
    public static int Exited(int code) => (code & 0xFF) << 8;

    /// <summary>The status of a process a signal ended.</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="core">Whether its default action is to dump core (a fault, SIGQUIT, SIGABRT).</param>
    /// <returns>The wait status.</returns>
    public static int Signaled(int signal, bool core) => (signal & 0x7F) | (core ? 0x80 : 0);

    /// <summary>WIFEXITED: it exited (rather than being ended by a signal).</summary>
    /// <param name="status">A wait status.</param>
    /// <returns>Whether it exited.</returns>
    public static bool IsExited(int status) => (status & 0x7F) == 0;

    /// <summary>WEXITSTATUS: its exit code.</summary>
    /// <param name="status">A wait status.</param>
    /// <returns>The code.</returns>
    public static int ExitCode(int status) => (status >> 8) & 0xFF;

    /// <summary>WIFSIGNALED: a signal ended it.</summary>
    /// <param name="status">A wait status.</param>
    /// <returns>Whether a signal ended it.</returns>
    public static bool IsSignaled(int status) => (status & 0x7F) != 0 && (status & 0x7F) != 0x7F;

    /// <summary>WTERMSIG: the signal that ended it.</summary>
    /// <param name="status">A wait status.</param>
    /// <returns>The signal number.</returns>
    public static int TerminatingSignal(int status) => status & 0x7F;

    /// <summary>WCOREDUMP.</summary>
    /// <param name="status">A wait status.</param>
    /// <returns>Whether the signal's action was to dump core.</returns>
    public static bool CoreDumped(int status) => (status & 0x80) != 0;

    /// <summary>The shell's view: the exit code, or 128 + the signal.</summary>
    /// <param name="status">A wait status.</param>
    /// <returns>What $? would be.</returns>
    public static int ShellStatus(int status) => IsExited(status) ? ExitCode(status) : 128 + TerminatingSignal(status);
}
