using Minix.Kernel.Calls;

namespace Minix.Posix;

/// <summary>The names of the signals (<c>SIGSEGV</c>, as kill -l lists them) and their descriptions as strsignal gives them (what a shell prints for a child a signal ended).</summary>
public static class SignalNames
{
    /// <summary>The signal's name, e.g. <c>SIGINT</c>; <c>SIG?</c> for a number without one.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>UTF-8 text.</returns>
    public static ReadOnlySpan<byte> Of(Signal signal) => signal switch
    {
        Signal.HangUp => "SIGHUP"u8,
        Signal.Interrupt => "SIGINT"u8,
        Signal.Quit => "SIGQUIT"u8,
        Signal.IllegalInstruction => "SIGILL"u8,
        Signal.Trap => "SIGTRAP"u8,
        Signal.Abort => "SIGABRT"u8,
        Signal.EmulatorTrap => "SIGEMT"u8,
        Signal.FloatingPointException => "SIGFPE"u8,
        Signal.Kill => "SIGKILL"u8,
        Signal.BusError => "SIGBUS"u8,
        Signal.SegmentationFault => "SIGSEGV"u8,
        Signal.BadSystemCall => "SIGSYS"u8,
        Signal.BrokenPipe => "SIGPIPE"u8,
        Signal.Alarm => "SIGALRM"u8,
        Signal.Terminate => "SIGTERM"u8,
        Signal.Urgent => "SIGURG"u8,
        Signal.Stop => "SIGSTOP"u8,
        Signal.TerminalStop => "SIGTSTP"u8,
        Signal.Continue => "SIGCONT"u8,
        Signal.Child => "SIGCHLD"u8,
        Signal.TerminalInput => "SIGTTIN"u8,
        Signal.TerminalOutput => "SIGTTOU"u8,
        Signal.WindowChanged => "SIGWINCH"u8,
        Signal.User1 => "SIGUSR1"u8,
        Signal.User2 => "SIGUSR2"u8,
        _ => "SIG?"u8,
    };

    /// <summary>What the signal means, as strsignal words it (<c>Segmentation fault</c>); empty for a number without a meaning.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>UTF-8 text.</returns>
    public static ReadOnlySpan<byte> Describe(Signal signal) => signal switch
    {
        Signal.HangUp => "Hangup"u8,
        Signal.Interrupt => "Interrupt"u8,
        Signal.Quit => "Quit"u8,
        Signal.IllegalInstruction => "Illegal instruction"u8,
        Signal.Trap => "Trace/breakpoint trap"u8,
        Signal.Abort => "Aborted"u8,
        Signal.EmulatorTrap => "EMT trap"u8,
        Signal.FloatingPointException => "Floating point exception"u8,
        Signal.Kill => "Killed"u8,
        Signal.BusError => "Bus error"u8,
        Signal.SegmentationFault => "Segmentation fault"u8,
        Signal.BadSystemCall => "Bad system call"u8,
        Signal.BrokenPipe => "Broken pipe"u8,
        Signal.Alarm => "Alarm clock"u8,
        Signal.Terminate => "Terminated"u8,
        Signal.Urgent => "Urgent I/O condition"u8,
        Signal.Stop => "Stopped (signal)"u8,
        Signal.TerminalStop => "Stopped"u8,
        Signal.Continue => "Continued"u8,
        Signal.Child => "Child exited"u8,
        Signal.TerminalInput => "Stopped (tty input)"u8,
        Signal.TerminalOutput => "Stopped (tty output)"u8,
        Signal.WindowChanged => "Window changed"u8,
        Signal.User1 => "User defined signal 1"u8,
        Signal.User2 => "User defined signal 2"u8,
        _ => default,
    };

    /// <summary>Finds a signal by name, with or without <c>SIG</c> (kill -TERM, kill -SIGTERM), or by number.</summary>
    /// <param name="name">The name or number, as ASCII.</param>
    /// <param name="signal">The signal.</param>
    /// <returns>True if found.</returns>
    public static bool TryParse(ReadOnlySpan<byte> name, out Signal signal)
    {
        signal = 0;
        int number = 0;
        bool digits = name.Length > 0 && name.Length < 4;
        foreach (byte b in name)
        {
            digits &= b >= (byte)'0' && b <= (byte)'9';
            number = number * 10 + (b - (byte)'0');
        }

        if (digits)
        {
            signal = (Signal)number;
            return number >= 0 && number < 64;
        }

        for (int s = 1; s < 64; s++)
        {
            ReadOnlySpan<byte> full = Of((Signal)s);
            if (full.Length > 3 && (name.SequenceEqual(full) || name.SequenceEqual(full.Slice(3))))
            {
                signal = (Signal)s;
                return true;
            }
        }

        return false;
    }
}
