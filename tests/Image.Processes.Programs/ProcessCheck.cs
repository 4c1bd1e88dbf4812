using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;
using Minix.Posix.Abi;
using P = Minix.Posix.Posix;

namespace Image.Processes.Programs;

/// <summary>
/// proctest: the process image's checks, one per first argument, each printing <c>check NAME: ...</c> lines that
/// Image.Tests reads. Started from /etc/rc by init, it forks and execs itself from /bin for the deeper cases.
/// </summary>
public static unsafe class ProcessCheck
{
    private static volatile int s_handled;
    private static volatile int s_lastSignal;

    /// <summary>Runs the check argv[1] names; the exit status is the check's.</summary>
    /// <param name="args">argv.</param>
    /// <returns>The exit status.</returns>
    public static int Run(string[] args)
    {
        string what = args.Length > 1 ? args[1] : "";
        return what switch
        {
            "tree" => Top(args.Length > 2 ? args[2][0] - '0' : 2),
            "level" => Tree(args.Length > 2 ? args[2][0] - '0' : 0),
            "signals" => Signals(),
            "crash" => Crash(),
            "null" => Null(),
            "exec-failures" => ExecFailures(),
            "not-executable" => NotExecutable(),
            "bomb" => Bomb(),
            "zombies" => Zombies(),
            "halt" => Say("halt: "u8, P.Reboot(RebootHow.Halt), 1),
            _ => Say("usage: proctest tree|signals|crash|null|exec-failures|not-executable|bomb|zombies|halt"u8, 0, 2),
        };
    }

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <summary>The tree from its top: 10 + its depth is what the top level's child must have said.</summary>
    private static int Top(int depth)
    {
        int status = Tree(depth);
        Line("tree-top"u8, depth, "status"u8, status - 1, "expected"u8, 10 + depth - 1);
        return 0;
    }

    /// <summary>
    /// A fork/exec/wait tree: level n forks a child that execs <c>proctest tree n-1</c> and waits for it; level 0 exits
    /// 10, each level above exits its child's status + 1, so the top sees 10 + depth.
    /// </summary>
    private static int Tree(int level)
    {
        if (level <= 0)
            return 10;
        long pid = P.Fork();
        if (pid == 0)
        {
            string[] argv = ["proctest", "level", Digits[level - 1]];
            Say("exec failed"u8, P.Exec("/bin/proctest"u8, argv, []), 99);
            P.Exit(99);
        }

        long got = P.WaitPid((int)pid, out int status);
        int code = WaitStatus.ExitCode(status);
        Line("tree-level"u8, level, "child"u8, got == pid ? 1 : 0, "status"u8, code);
        return code + 1;
    }

    /// <summary>Handlers: SIGINT caught, SIGKILL refused as a handler and not catchable, SIGCHLD arrives, SIGALRM from alarm.</summary>
    private static int Signals()
    {
        P.SetSignalHandler(Signal.Interrupt, &OnSignal);
        P.Kill(P.GetPid(), Signal.Interrupt);
        Line("sigint-handler-ran"u8, s_handled, "signal"u8, s_lastSignal, "pid"u8, P.GetPid() > 1 ? 1 : 0);

        Line("sigkill-handler-refused"u8, P.SetSignalHandler(Signal.Kill, &OnSignal) == (long)Status.InvalidArgument ? 1 : 0,
            "ignore-refused"u8, P.IgnoreSignal(Signal.Kill) == (long)Status.InvalidArgument ? 1 : 0, "x"u8, 0);

        // A signal entry in the kernel's half, as a hostile program could give it: the kernel's iretq to such an
        // address would fault in ring 0, so PM refuses it with EFAULT at sigaction, and the program carries on.
        var action = Message.Create(ProcessManagerProtocol.SignalAction, new SignalActionRequest
        {
            Signal = (int)Signal.User1, Handler = (ulong)(delegate*<int, void>)&OnSignal, Entry = 0xFFFF_FFFF_8010_0000,
        });
        Status sent = Messaging.SendRec(Endpoint.ProcessManager, ref action);
        Line("sigaction-kernel-entry"u8, sent == Status.Ok ? action.Type : (long)sent, "efault"u8, action.Type == (int)Status.BadAddress ? 1 : 0, "x"u8, 0);
        long victim = P.Fork();
        if (victim == 0)
        {
            P.SignalMask(1, ulong.MaxValue); // SIG_BLOCK of every signal: SIGKILL still ends it
            P.Sleep(60_000);
            P.Exit(0);
        }

        P.Sleep(300); // the child has blocked everything by now
        P.Kill((int)victim, Signal.Kill);
        P.WaitPid((int)victim, out int killed);
        Line("sigkill-ends-child"u8, WaitStatus.IsSignaled(killed) ? 1 : 0, "signal"u8, WaitStatus.TerminatingSignal(killed), "x"u8, 0);

        s_handled = 0;
        P.SetSignalHandler(Signal.Child, &OnSignal);
        long child = P.Fork();
        if (child == 0)
            P.Exit(1);
        while (s_handled == 0)
            P.Pause();
        P.WaitPid((int)child, out _);
        Line("sigchld-arrives"u8, s_handled, "signal"u8, s_lastSignal, "x"u8, 0);

        s_handled = 0;
        P.SetSignalHandler(Signal.Alarm, &OnSignal);
        P.Alarm(1);
        long slept = P.Sleep(5000);
        Line("sigalrm-ends-sleep"u8, s_handled, "signal"u8, s_lastSignal, "eintr"u8, slept == (long)Status.Interrupted ? 1 : 0);
        return 0;
    }

    private static void OnSignal(int signal)
    {
        s_handled++;
        s_lastSignal = signal;
    }

    /// <summary>A child that dereferences null ends with SIGSEGV, and its parent's wait says so.</summary>
    private static int Crash()
    {
        long pid = P.Fork();
        if (pid == 0)
        {
            P.Exec("/bin/proctest"u8, ["proctest", "null"], []);
            P.Exit(99);
        }

        P.WaitPid((int)pid, out int status);
        Line("null-child"u8, WaitStatus.IsSignaled(status) ? 1 : 0, "signal"u8, WaitStatus.TerminatingSignal(status), "core"u8, WaitStatus.CoreDumped(status) ? 1 : 0);
        return 0;
    }

    // Not inlined: the fault's report must name this method and the dereference's line.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Null()
    {
        int* nothing = null;
        return *nothing;
    }

    /// <summary>exec's failures leave the caller running with the error.</summary>
    private static int ExecFailures()
    {
        Line("exec-missing"u8, -P.Exec("/bin/nothing"u8, ["nothing"], []), "x"u8, 0, "x"u8, 0);
        Line("exec-not-elf"u8, -P.Exec("/etc/rc"u8, ["rc"], []), "x"u8, 0, "x"u8, 0);
        Line("exec-directory"u8, -P.Exec("/bin"u8, ["bin"], []), "x"u8, 0, "x"u8, 0);
        string[] huge = new string[3];
        huge[0] = "proctest";
        huge[1] = new string('x', 70_000);
        huge[2] = huge[1];
        Line("exec-too-big"u8, -P.Exec("/bin/proctest"u8, huge, []), "x"u8, 0, "x"u8, 0);
        Line("still-running"u8, P.GetPid() > 1 ? 1 : 0, "x"u8, 0, "x"u8, 0);
        return 0;
    }

    /// <summary>
    /// Files with execute permission that exec must refuse with ENOEXEC, the caller carrying on: text, and proctest's
    /// own ELF file cut after its headers, built for another machine, with a segment too large for a program, and with
    /// two segments at the same place.
    /// </summary>
    private static int NotExecutable()
    {
        P.Stat("/bin/proctest"u8, out FileStatus stat);
        var elf = new byte[stat.SizeInBytes];
        long fd = P.Open("/bin/proctest"u8, OpenFlags.ReadOnly);
        long got = 0;
        while (got < elf.Length && P.Read((int)fd, elf.AsSpan((int)got)) is long n and > 0)
            got += n;
        P.Close((int)fd);

        Line("enoexec-text"u8, -ExecFile("/tmp/text"u8, "a text file, not a program\n"u8), "x"u8, 0, "x"u8, 0);
        Line("enoexec-truncated"u8, -ExecFile("/tmp/truncated"u8, elf.AsSpan(0, 4096)), "x"u8, 0, "x"u8, 0);
        elf[18] = 40; // e_machine: ARM
        Line("enoexec-machine"u8, -ExecFile("/tmp/arm"u8, elf), "x"u8, 0, "x"u8, 0);
        elf[18] = 62;
        // The first program header (at 64, as the image build writes them): its memory size, 1 TiB.
        ulong memorySize = MemoryMarshal.Read<ulong>(elf.AsSpan(64 + 40));
        MemoryMarshal.Write(elf.AsSpan(64 + 40), 1UL << 40);
        Line("enoexec-oversized"u8, -ExecFile("/tmp/oversized"u8, elf), "x"u8, 0, "x"u8, 0);
        MemoryMarshal.Write(elf.AsSpan(64 + 40), memorySize);
        // The second: the first again (offset, address and sizes).
        elf.AsSpan(64 + 8, 48).CopyTo(elf.AsSpan(64 + 56 + 8));
        Line("enoexec-overlap"u8, -ExecFile("/tmp/overlap"u8, elf), "x"u8, 0, "x"u8, 0);
        Line("still-running-after-enoexec"u8, P.GetPid() > 1 ? 1 : 0, "x"u8, 0, "x"u8, 0);
        return 0;
    }

    /// <summary>Writes <paramref name="bytes"/> to a new file with mode 0755 and execs it: what exec returned.</summary>
    private static long ExecFile(ReadOnlySpan<byte> path, ReadOnlySpan<byte> bytes)
    {
        long fd = P.Create(path, 0x1ED);
        if (fd < 0)
            return -1000 + fd;
        P.Write((int)fd, bytes);
        P.Close((int)fd);
        return P.Exec(path, ["proctest"], []);
    }

    /// <summary>An ordinary user forks until the process manager says no; root can still fork and kill them all.</summary>
    private static int Bomb()
    {
        long bomber = P.Fork();
        if (bomber == 0)
        {
            P.SetUserId(100);
            int made = 1;
            while (P.Fork() is long pid and >= 0)
            {
                if (pid == 0)
                {
                    P.Sleep(600_000);
                    P.Exit(0);
                }

                made++;
            }

            Line("bomb-stopped"u8, made, "errno"u8, -P.Fork(), "x"u8, 0);
            P.Sleep(600_000);
            P.Exit(0);
        }

        P.Sleep(3000);
        long rootChild = P.Fork();
        if (rootChild == 0)
            P.Exit(0);
        P.WaitPid((int)rootChild, out _);
        Line("bomb-root-forks"u8, rootChild > 0 ? 1 : 0, "kill"u8, P.Kill(-1, Signal.Kill), "x"u8, 0);
        P.WaitPid((int)bomber, out int status);
        Line("bomb-killed"u8, WaitStatus.TerminatingSignal(status), "x"u8, 0, "x"u8, 0);
        return 0;
    }

    /// <summary>A zombie stays in the process table until its parent waits; an orphan's parent becomes init, which reaps it.</summary>
    private static int Zombies()
    {
        long pid = P.Fork();
        if (pid == 0)
            P.Exit(7);
        P.Sleep(500);
        var entries = new ProcessListEntry[64];
        long n = P.ProcessList(entries);
        int zombie = 0;
        for (int i = 0; i < n; i++)
            zombie |= entries[i].Pid == pid && entries[i].State == 'Z' ? 1 : 0;
        P.WaitPid((int)pid, out int status);
        n = P.ProcessList(entries);
        int gone = 1;
        for (int i = 0; i < n; i++)
            gone &= entries[i].Pid == pid ? 0 : 1;
        Line("zombie-until-reaped"u8, zombie, "gone-after"u8, gone, "status"u8, WaitStatus.ExitCode(status));

        // An orphan: a child forks a grandchild and exits at once; init adopts the grandchild and reaps it when it ends.
        long middle = P.Fork();
        if (middle == 0)
        {
            if (P.Fork() == 0)
            {
                P.Sleep(300);
                Line("orphan-adopted-by-init"u8, P.GetParentPid() == 1 ? 1 : 0, "x"u8, 0, "x"u8, 0);
                P.Exit(0);
            }

            P.Exit(0);
        }

        P.WaitPid((int)middle, out _);
        P.Sleep(1500);
        n = P.ProcessList(entries);
        int zombies = 0;
        for (int i = 0; i < n; i++)
            zombies += entries[i].State == 'Z' ? 1 : 0;
        Line("no-zombies-left"u8, zombies == 0 ? 1 : 0, "listed"u8, n > 0 ? 1 : 0, "x"u8, 0);
        return 0;
    }

    private static void Line(ReadOnlySpan<byte> name, long a, ReadOnlySpan<byte> bName, long b, ReadOnlySpan<byte> cName, long c)
    {
        var line = new LogText(stackalloc byte[160]);
        line.Append("check "u8).Append(name).Append(": "u8).Append(a).Append(" "u8).Append(bName).Append(" "u8).Append(b).Append(" "u8).Append(cName).Append(" "u8).Append(c);
        Log.Write(line.Text);
    }

    private static int Say(ReadOnlySpan<byte> what, long status, int exit)
    {
        var line = new LogText(stackalloc byte[120]);
        line.Append(what);
        if (status != 0)
            line.Append(": "u8).Append((Status)status);
        Log.Write(line.Text);
        return exit;
    }
}
