using System.Diagnostics;
using Minix.Build.Qemu;

namespace Minix.Tool;

/// <summary>
/// The boots of <c>minix boot</c> that talk to a shell on the serial console: <see cref="Script"/> types command lines
/// at it (the run option, or the image's demo when standard input is not a terminal), <see cref="Attach"/> hands the
/// console to the user's terminal.
/// </summary>
public static class ShellBoot
{
    /// <summary>The QEMU options that give the serial console to this terminal: raw input, ^C to the guest, Ctrl-A x quits.</summary>
    private static readonly string[] TerminalConsole = ["-chardev", "stdio,id=console,mux=on,signal=off", "-serial", "chardev:console", "-mon", "chardev:console"];

    /// <summary>
    /// Boots, waits for the shell's prompt, types each of <paramref name="lines"/> and waits for the prompt after it,
    /// then reads the last command's status (<c>echo $?</c>, not shown) and halts the machine with <c>halt</c>.
    /// The console's output goes to standard output as it comes.
    /// </summary>
    /// <param name="file">The image file.</param>
    /// <param name="raw">Whether it is a raw disk.</param>
    /// <param name="accel">The accelerator asked for.</param>
    /// <param name="arguments">More QEMU arguments (the image's devices, drives).</param>
    /// <param name="lines">The command lines.</param>
    /// <param name="timeout">The time the whole run may take.</param>
    /// <returns>The last command's status; 124 if the time ran out, 1 if the guest stopped on its own or never prompted.</returns>
    public static int Script(string file, bool raw, QemuAccel accel, IReadOnlyList<string> arguments, IReadOnlyList<string> lines, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using Stream stdout = Console.OpenStandardOutput();
        void Echo(ReadOnlyMemory<byte> bytes)
        {
            // The console's CR LF as the host's LF: the transcript reads the same on a terminal and in a file.
            foreach (byte b in bytes.Span)
            {
                if (b != '\r')
                    stdout.WriteByte(b);
            }

            stdout.Flush();
        }

        QemuAccel used = QemuLauncher.ForSession(accel);
        using QemuSession session = QemuSession.Start(file, raw, used, arguments, echo: Echo);
        var shell = new ShellConsole(session);
        TimeSpan Left() => timeout - clock.Elapsed > TimeSpan.Zero ? timeout - clock.Elapsed : TimeSpan.Zero;
        if (!shell.WaitForPrompt(Left()))
        {
            // KVM that cannot run the image stops at the kernel's first SSE instruction, before anything was typed:
            // the same script runs under TCG, and later sessions go there straight away.
            if (accel == QemuAccel.Auto && session.KvmFailure is { } failure)
            {
                session.Kill();
                KvmVerdict.ForThisUser.RememberFailure(failure);
                Console.Error.WriteLine($"minix: {failure}; using TCG");
                return Script(file, raw, QemuAccel.Tcg, arguments, lines, Left());
            }

            return Stopped(session, "no shell prompt came", timeout, clock);
        }

        foreach (string line in lines)
        {
            if (shell.Run(line, Left()) is null)
                return Stopped(session, $"no prompt came after \"{line}\"", timeout, clock);
        }

        session.EchoTo(null);
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
        int? status = shell.Continuing ? null : shell.LastStatus(Left());
        if (status is null)
        {
            Console.Error.WriteLine(shell.Continuing
                ? "minix: the shell still waits for the rest of the last command (an unclosed quote or block?)"
                : "minix: the shell did not say the last command's status");
            session.Kill();
            return 1;
        }

        bool halted = shell.Halt(Left());
        Console.Error.WriteLine(halted
            ? $"minix: halted after {clock.Elapsed.TotalSeconds:F1} s ({session.Accel}); the last command's status was {status}"
            : $"minix: the machine did not halt; the last command's status was {status}");
        return status.Value;
    }

    /// <summary>
    /// Boots with the serial console on this terminal and waits until the guest stops (<c>halt</c> in its shell) or
    /// the user quits QEMU (Ctrl-A x).
    /// </summary>
    /// <param name="file">The image file.</param>
    /// <param name="raw">Whether it is a raw disk.</param>
    /// <param name="accel">The accelerator asked for.</param>
    /// <param name="arguments">More QEMU arguments.</param>
    /// <returns>The guest's status, or QEMU's exit code.</returns>
    public static int Attach(string file, bool raw, QemuAccel accel, IReadOnlyList<string> arguments)
    {
        string qemu = QemuLauncher.Find() ?? throw new FileNotFoundException($"{QemuLauncher.Executable} is not installed (Debian: apt-get install qemu-system-x86)");
        QemuAccel used = QemuLauncher.ForSession(accel, file, raw, arguments, notice: line => Console.Error.WriteLine("minix: " + line));
        var start = new ProcessStartInfo(qemu) { UseShellExecute = false };
        IReadOnlyList<string> all = QemuLauncher.Arguments(file, raw, used, arguments);
        for (int i = 0; i < all.Count; i++)
        {
            // This terminal replaces the pipe on stdio; the monitor shares it (Ctrl-A c), so "-monitor none" goes too.
            if (all[i] is "-serial" or "-monitor" && i + 1 < all.Count && all[i + 1] is "stdio" or "none")
            {
                i++;
                continue;
            }

            start.ArgumentList.Add(all[i]);
        }

        // The console is COM1: it must come before the image's own serial ports.
        int first = start.ArgumentList.IndexOf("-serial");
        int at = first < 0 ? start.ArgumentList.Count : first;
        for (int i = 0; i < TerminalConsole.Length; i++)
            start.ArgumentList.Insert(at + i, TerminalConsole[i]);
        Console.Error.WriteLine($"minix: the serial console is this terminal ({used}); `halt` stops the system, Ctrl-A x quits QEMU");
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("QEMU did not start");
        process.WaitForExit();
        int code = process.ExitCode;
        int? status = (code & 1) == 1 ? (code - 1) / 2 : null;
        Console.Error.WriteLine(status is null ? $"minix: QEMU ended with code {code}" : $"minix: the guest stopped with status {status}");
        return status ?? code;
    }

    /// <summary>KVM for a session only where it is usable and no boot found it failing (a failed attempt would leave the session waiting).</summary>
    private static int Stopped(QemuSession session, string what, TimeSpan timeout, Stopwatch clock)
    {
        bool late = clock.Elapsed >= timeout;
        bool ended = session.HasExited;
        session.Kill();
        Console.Error.WriteLine($"minix: {what} " + (ended ? $"(the guest stopped with status {session.GuestStatus?.ToString() ?? "none"})" : late ? $"in {timeout.TotalSeconds:F0} s" : "") + (session.Errors.Length > 0 ? ": " + session.Errors.Trim() : ""));
        return late && !ended ? 124 : 1;
    }
}
