namespace Minix.Kernel.Calls;

/// <summary>
/// The signals, with MINIX's numbers (which are NetBSD's): the kernel raises the fault signals for a user process's
/// CPU exceptions and carries any signal a server asks for (SYS_KILL) to the process manager, which decides what each
/// does. The shell reports a death by signal as exit status 128 + its number.
/// </summary>
public enum Signal
{
    /// <summary>SIGHUP: the terminal hung up.</summary>
    HangUp = 1,

    /// <summary>SIGINT: interrupt from the keyboard (^C).</summary>
    Interrupt = 2,

    /// <summary>SIGQUIT: quit from the keyboard (^\).</summary>
    Quit = 3,

    /// <summary>SIGILL: an illegal instruction.</summary>
    IllegalInstruction = 4,

    /// <summary>SIGTRAP: a breakpoint or trace trap.</summary>
    Trap = 5,

    /// <summary>SIGABRT: abort().</summary>
    Abort = 6,

    /// <summary>SIGEMT: an emulator trap.</summary>
    EmulatorTrap = 7,

    /// <summary>SIGFPE: an arithmetic fault (integer division by zero, overflow).</summary>
    FloatingPointException = 8,

    /// <summary>SIGKILL: ends the process; cannot be caught or ignored.</summary>
    Kill = 9,

    /// <summary>SIGBUS: a bus error (alignment, machine check).</summary>
    BusError = 10,

    /// <summary>SIGSEGV: a reference to memory the process does not have.</summary>
    SegmentationFault = 11,

    /// <summary>SIGSYS: a bad system call.</summary>
    BadSystemCall = 12,

    /// <summary>SIGPIPE: a write to a pipe no process reads.</summary>
    BrokenPipe = 13,

    /// <summary>SIGALRM: the alarm set with alarm() went off.</summary>
    Alarm = 14,

    /// <summary>SIGTERM: a polite request to end.</summary>
    Terminate = 15,

    /// <summary>SIGURG: urgent data on a socket.</summary>
    Urgent = 16,

    /// <summary>SIGSTOP: stop; cannot be caught or ignored.</summary>
    Stop = 17,

    /// <summary>SIGTSTP: stop from the keyboard (^Z).</summary>
    TerminalStop = 18,

    /// <summary>SIGCONT: continue after a stop.</summary>
    Continue = 19,

    /// <summary>SIGCHLD: a child ended or stopped.</summary>
    Child = 20,

    /// <summary>SIGTTIN: background read from the terminal.</summary>
    TerminalInput = 21,

    /// <summary>SIGTTOU: background write to the terminal.</summary>
    TerminalOutput = 22,

    /// <summary>SIGWINCH: the window size changed.</summary>
    WindowChanged = 28,

    /// <summary>SIGUSR1: for the program's own use.</summary>
    User1 = 30,

    /// <summary>SIGUSR2: for the program's own use.</summary>
    User2 = 31,
}
