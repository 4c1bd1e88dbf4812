using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;
using Minix.Posix.Abi;
using P = Minix.Posix.Posix;

namespace Image.Processes.Programs;

/// <summary>
/// ttytest: the terminal image's program, everything on its standard descriptors (the terminal init opened for it).
/// <c>ttytest rc</c> (from /etc/rc) says init's own descriptors are the console. <c>ttytest</c> (from /etc/ttys, in a
/// session on the serial console) reads one line and says what it got, then forks a child that sleeps while the parent
/// waits: a ^C typed at the terminal must end the child (SIGINT's default action) and run the parent's handler, both
/// being the terminal's foreground process group; it writes to /dev/tty, reads again where ^D must end the input, and
/// halts the machine. <c>ttytest screen</c> (from /etc/ttys, on the PC console) reads one line typed on the keyboard,
/// says what it got on the screen, and stays.
/// </summary>
public static unsafe class TerminalCheck
{
    private static volatile int s_interrupts;

    /// <summary>Runs the check argv[1] names.</summary>
    /// <param name="args">argv.</param>
    /// <returns>The exit status.</returns>
    public static int Run(string[] args)
    {
        if (args.Length > 1 && args[1] == "rc")
        {
            Print(1, "ttytest: rc's standard output is the console"u8, 0);
            return 0;
        }

        int read = ReadLine();
        if (read != 0)
            return read;
        if (args.Length > 1 && args[1] == "screen")
        {
            while (true)
                P.Pause(); // nothing more to show: stay, rather than be started again
        }

        P.SetSignalHandler(Signal.Interrupt, &OnInterrupt);
        long child = P.Fork();
        if (child == 0)
        {
            P.DefaultSignal(Signal.Interrupt);
            Print(1, "ttytest: child sleeping"u8, 0);
            P.Sleep(600_000);
            Print(1, "ttytest: child woke up"u8, 0);
            P.Exit(0);
        }

        if (child < 0)
            return Print(1, "ttytest: fork failed: "u8, child, 1);
        Print(1, "ttytest: parent waiting"u8, 0);
        long got;
        int status;
        while ((got = P.WaitPid((int)child, out status)) == (long)Status.Interrupted)
        {
            // the ^C interrupted the wait too; the child's end is still to come
        }

        var result = new LogText(stackalloc byte[160]);
        result.Append("ttytest: child ended by signal "u8).Append(got == child && WaitStatus.IsSignaled(status) ? WaitStatus.TerminatingSignal(status) : 0)
            .Append(", parent's SIGINT handler ran "u8).Append(s_interrupts).Append(" time(s)\n"u8);
        P.Write(1, result.Text);

        long tty = P.Open("/dev/tty"u8, OpenFlags.ReadWrite);
        if (tty < 0)
            return Print(1, "ttytest: /dev/tty: "u8, tty, 1);
        P.Write((int)tty, "ttytest: written to /dev/tty, this session's terminal\n"u8);
        P.Close((int)tty);
        Print(2, "ttytest: type ^D"u8, 0);
        long end = P.Read(0, new byte[16]);
        var eof = new LogText(stackalloc byte[80]);
        eof.Append("ttytest: the read at ^D returned "u8).Append(end).Append("\n"u8);
        P.Write(1, eof.Text);
        return Print(1, "ttytest: halt: "u8, P.Reboot(RebootHow.Halt), 1);
    }

    /// <summary>Prompts on standard error, reads one line from standard input and says what came; 0, or the exit status.</summary>
    private static int ReadLine()
    {
        Print(2, "ttytest: type a line"u8, 0);
        var buffer = new byte[256];
        long n = P.Read(0, buffer);
        if (n < 0)
            return Print(1, "ttytest: read failed: "u8, n, 1);
        int shown = (int)n;
        if (shown > 0 && buffer[shown - 1] == (byte)'\n')
            shown--;
        var line = new LogText(stackalloc byte[320]);
        line.Append("ttytest: read "u8).Append(n).Append(" bytes: ["u8).Append(buffer.AsSpan(0, shown)).Append("]\n"u8);
        P.Write(1, line.Text);
        return 0;
    }

    private static void OnInterrupt(int signal) => s_interrupts++;

    private static int Print(int fd, ReadOnlySpan<byte> what, long status, int exit = 0)
    {
        var line = new LogText(stackalloc byte[160]);
        line.Append(what);
        if (status != 0)
            line.Append((Status)status);
        line.Append("\n"u8);
        P.Write(fd, line.Text);
        return exit;
    }
}
