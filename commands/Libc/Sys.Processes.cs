using Minix.Kernel.Calls;
using Minix.Posix;

namespace Minix.Commands.Libc;

// Processes: starting programs, waiting, signals, ids, time.
public static partial class Sys
{
    /// <summary>
    /// Starts the program at <paramref name="path"/> in a new process, as fork then exec (on the host, posix_spawn):
    /// the child's descriptor i is the parent's <c>descriptors[i]</c> (-1: closed), and every other descriptor the
    /// parent marked close-on-exec is gone.
    /// </summary>
    /// <param name="path">The program.</param>
    /// <param name="arguments">argv.</param>
    /// <param name="environment"><c>NAME=value</c> strings.</param>
    /// <param name="descriptors">The child's descriptors 0, 1, 2, ... as the parent's.</param>
    /// <param name="ignoreInterrupts">True for a background command: SIGINT and SIGQUIT ignored; else both default.</param>
    /// <returns>The child's pid, or -errno: the exec's error (ENOENT, EACCES, ENOEXEC ...) if it failed.</returns>
    public static partial long Spawn(string path, string[] arguments, string[] environment, int[] descriptors, bool ignoreInterrupts);

    /// <summary>execve(2): replaces this process's program.</summary>
    /// <param name="path">The program.</param>
    /// <param name="arguments">argv.</param>
    /// <param name="environment"><c>NAME=value</c> strings.</param>
    /// <returns>Only on failure: -errno.</returns>
    public static partial long Exec(string path, string[] arguments, string[] environment);

    /// <summary>waitpid(2), with signals numbered as MINIX numbers them in the status.</summary>
    /// <param name="pid">A child, or -1 for any.</param>
    /// <param name="status">The wait status (<see cref="WaitStatus"/> decodes it).</param>
    /// <param name="noHang">WNOHANG.</param>
    /// <returns>The child's pid, 0 with nothing to report and <paramref name="noHang"/>, or -errno.</returns>
    public static partial long WaitPid(int pid, out int status, bool noHang);

    /// <summary>kill(2).</summary>
    /// <param name="pid">The process (0: this group, -g: group g).</param>
    /// <param name="signal">The signal (MINIX's number).</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Kill(int pid, Signal signal);

    /// <summary>SIGINT and SIGQUIT ignored (an interactive shell while it waits) or back to their default.</summary>
    /// <param name="ignore">Ignore them.</param>
    public static partial void IgnoreInterrupts(bool ignore);

    /// <summary>
    /// What <paramref name="signal"/> does to this process from now on: its default action, nothing (ignored), or
    /// (caught) it is noted for <see cref="TakeCaughtSignals"/> and the process goes on; a system call it interrupts
    /// is restarted.
    /// </summary>
    /// <param name="signal">The signal (not SIGKILL or SIGSTOP).</param>
    /// <param name="disposition">What it does.</param>
    /// <returns>0, or -errno (EINVAL).</returns>
    public static partial long SetSignalDisposition(Signal signal, SignalDisposition disposition);

    /// <summary>The signals caught since the last call, as bits (bit n for signal n), and forgets them.</summary>
    /// <returns>The set.</returns>
    public static partial ulong TakeCaughtSignals();

    /// <summary>Sleeps.</summary>
    /// <param name="milliseconds">How long.</param>
    /// <returns>0, or -EINTR.</returns>
    public static partial long Sleep(long milliseconds);

    /// <summary>getpid(2).</summary>
    /// <returns>This process's pid.</returns>
    public static partial int GetPid();

    /// <summary>getppid(2).</summary>
    /// <returns>The parent's pid.</returns>
    public static partial int GetParentPid();

    /// <summary>geteuid(2).</summary>
    /// <returns>The effective user id.</returns>
    public static partial int GetEffectiveUserId();

    /// <summary>clock_gettime(CLOCK_REALTIME).</summary>
    /// <param name="nanoseconds">The fraction of the second.</param>
    /// <returns>Seconds since 1970-01-01 UTC, or -errno.</returns>
    public static partial long Time(out long nanoseconds);

    /// <summary>times(2).</summary>
    /// <param name="times">Ticks of this process and its waited-for children, the uptime and the clock rate.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long Times(out ProcessTimes times);

    /// <summary>The process table (ENOSYS on the host).</summary>
    /// <param name="entries">Where the entries are added.</param>
    /// <returns>0, or -errno.</returns>
    public static partial long ProcessList(List<ProcessListEntry> entries);

    /// <summary>reboot(2): halts or restarts the machine after syncing (EPERM unless root; ENOSYS on the host).</summary>
    /// <param name="how">Halt or reboot.</param>
    /// <returns>Only on failure: -errno.</returns>
    public static partial long Reboot(RebootHow how);

    /// <summary>The environment the process started with, as <c>NAME=value</c> strings.</summary>
    /// <returns>The strings.</returns>
    public static partial string[] InitialEnvironment();
}
