using Minix.DriverKit.Testing;
using Minix.Kernel.Calls;
using Minix.Posix;
using Minix.Servers.Mfs;
using Minix.Servers.Pm;
using Minix.Servers.Tests.Vfs;
using Minix.Servers.Vfs;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using P = Minix.Posix.Posix;

namespace Minix.Servers.Tests.Processes;

/// <summary>The process manager's logic on the simulated machine (the same code as the image): fork, exit and wait, orphans, kill, limits, ids, timers.</summary>
public class ProcessManagerTests(ITestOutputHelper output)
{
    private readonly List<string> _console = [];

    private const int InitSlot = 7;
    private const int UserSlot = 12;

    /// <summary>The process manager's system: PM, VFS and the root file system on a RAM disk, with least privilege.</summary>
    internal const string Conf = """
        service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; priority 2; };
        service ds { ipc ALL_SYS; priority 3; };
        service log { ipc rs; priority 4; };
        service pm { system FORK EXEC VIRCOPY BRK GETKSIG ENDKSIG SIGSEND SIGRETURN KILL ABORT; ipc ALL_SYS; priority 3; };
        service vfs { system KILL; ipc ALL_SYS; priority 4; };
        service fs_root { ipc ALL_SYS; priority 5; };
        service ramdisk { ipc rs ds; priority 6; };
        """;

    /// <summary>The processes of <see cref="Conf"/>: RS, DS, log, PM, VFS and the root file server on a disk over <paramref name="root"/>.</summary>
    internal static SimulatedBootProcess[] Servers(byte[] root) =>
    [
        SampleSystem.Rs(),
        SampleSystem.Ds(),
        SampleSystem.Log(),
        new(0, new SimulatedProgram("pm", () => new ProcessManager().Run())),
        new(FileSystemMachine.VfsSlot, new SimulatedProgram("vfs", () => new VirtualFileSystem().Run())),
        new(FileSystemMachine.RootServerSlot, new SimulatedProgram("fs_root", () => new FileServer(256).Run())),
        new(FileSystemMachine.DiskSlot, new SimulatedProgram("ramdisk", () => new ImageDiskDriver(root).Run())),
    ];

    /// <summary>Boots PM, VFS and the root file system with init (which waits for orphans) and one test program.</summary>
    private SimulatedSystem Boot(Action program, List<string> log, Action? init = null)
    {
        byte[] root = FileSystemMachine.RootImage(2 << 20);
        SimulatedBootProcess[] processes =
        [
            .. Servers(root),
            SampleSystem.User(InitSlot, "init", init ?? (() =>
            {
                while (true)
                {
                    long pid = P.Wait(out int status);
                    if (pid < 0)
                        P.Sleep(100);
                    else
                        log.Add($"init reaped {pid}: {Describe(status)}");
                }
            })),
            SampleSystem.User(UserSlot, "test", program),
        ];
        return SampleSystem.Boot(Conf, line =>
        {
            output.WriteLine(line);
            lock (_console)
                _console.Add(line);
        }, processes);
    }

    // Only one simulated process runs at a time, so the log needs no lock; a lock held across a Posix call would stop
    // the machine, since the call hands the machine to another process.
    private static string Describe(int status) =>
        WaitStatus.IsExited(status) ? "exited " + WaitStatus.ExitCode(status) : "signal " + WaitStatus.TerminatingSignal(status) + (WaitStatus.CoreDumped(status) ? " core" : "");

    private static void Run(SimulatedSystem sim, Func<bool> until, ulong ticks = 5000) => sim.Run(until, maxTicks: ticks);

    [Fact]
    public void A_fork_exec_wait_tree_three_levels_deep_reports_every_exit_status_to_its_parent()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            int me = P.GetPid();
            long a = SimulatedFork.Fork(() => P.Exit(3));
            long b = SimulatedFork.Fork(() =>
            {
                long grandchild = SimulatedFork.Fork(() => P.Exit(5));
                long got = P.WaitPid((int)grandchild, out int s);
                log.Add($"child waited for {(got == grandchild ? "its child" : got.ToString())}: {Describe(s)}, parent {(P.GetParentPid() == me ? "is the test" : "?")}");
                P.Exit(WaitStatus.ExitCode(s) + 2);
            });
            long first = P.WaitPid((int)a, out int sa);
            long second = P.WaitPid((int)b, out int sb);
                        log.Add($"a: {(first == a ? "reaped" : first.ToString())} {Describe(sa)}");
        log.Add($"b: {(second == b ? "reaped" : second.ToString())} {Describe(sb)}");
        log.Add("no more children: " + P.Wait(out _));

            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal(
        [
            "child waited for its child: exited 5, parent is the test",
            "a: reaped exited 3",
            "b: reaped exited 7",
            "no more children: " + (long)Ipc.Status.NoChildren,
        ], log);
    }

    [Fact]
    public void Zombies_are_reaped_wnohang_answers_at_once_and_orphans_go_to_init()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            long child = SimulatedFork.Fork(() =>
            {
                long orphan = SimulatedFork.Fork(() =>
                {
                    P.Sleep(200);
                    log.Add("orphan's parent is pid " + P.GetParentPid());
                    P.Exit(9);
                });
                P.Exit(0); // leaves its child behind
            });
            log.Add("wnohang before it ends: " + P.WaitPid((int)child, out _, WaitOptions.NoHang));
            P.Sleep(50);
            var entries = new ProcessListEntry[64];
            long listed = P.ProcessList(entries);
            log.Add("zombie listed: " + entries.Take((int)listed).Any(e => e.Pid == child && e.State == 'Z'));
            long got = P.WaitPid((int)child, out int status);
            listed = P.ProcessList(entries);
                        log.Add($"reaped: {got == child} {Describe(status)}");
        log.Add("gone from the table: " + !entries.Take((int)listed).Any(e => e.Pid == child));

            P.Sleep(400);
            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal("wnohang before it ends: 0", log[0]);
        Assert.Contains("zombie listed: True", log);
        Assert.Contains("reaped: True exited 0", log);
        Assert.Contains("gone from the table: True", log);
        Assert.Contains("orphan's parent is pid 1", log);
        Assert.Contains(log, l => l.StartsWith("init reaped") && l.EndsWith("exited 9"));
    }

    [Fact]
    public void A_sleep_longer_than_the_clock_can_count_does_not_wrap_round_and_return_at_once()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            long sleeper = SimulatedFork.Fork(() => P.Exit(P.Sleep(long.MaxValue) == 0 ? 3 : 4));
            P.Sleep(500);
            log.Add("kill -TERM: " + P.Kill((int)sleeper, Signal.Terminate));
            P.WaitPid((int)sleeper, out int status);
            log.Add("sleeper " + Describe(status));
            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal(["kill -TERM: 0", "sleeper signal 15"], log);
    }

    [Fact]
    public void Kill_ends_a_child_with_the_signal_and_default_ignored_signals_do_nothing()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            long sleeper = SimulatedFork.Fork(() => P.Sleep(100_000));
            long ignorer = SimulatedFork.Fork(() => { P.Sleep(300); P.Exit(4); });
            P.Sleep(20);
                        log.Add("kill -TERM: " + P.Kill((int)sleeper, Signal.Terminate));
        log.Add("kill -CHLD: " + P.Kill((int)ignorer, Signal.Child));
        log.Add("kill 0 checks: " + P.Kill((int)ignorer, 0));
        log.Add("no such pid: " + P.Kill(29999, Signal.Terminate));
        log.Add("bad signal: " + P.Kill((int)ignorer, (Signal)70));

            P.WaitPid((int)sleeper, out int s1);
            P.WaitPid((int)ignorer, out int s2);
            log.Add($"sleeper {Describe(s1)}, ignorer {Describe(s2)}");
            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal(
        [
            "kill -TERM: 0", "kill -CHLD: 0", "kill 0 checks: 0",
            "no such pid: " + (long)Ipc.Status.NoSuchProcess, "bad signal: " + (long)Ipc.Status.InvalidArgument,
            "sleeper signal 15, ignorer exited 4",
        ], log);
    }

    [Fact]
    public void A_fork_bomb_by_an_ordinary_user_stops_at_its_limit_and_root_still_forks_and_kills_it()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            long bomber = SimulatedFork.Fork(() =>
            {
                P.SetUserId(100);
                int made = 1;
                while (SimulatedFork.Fork(() => P.Sleep(100_000)) > 0)
                    made++;
                log.Add($"user 100 got {made} processes, then {P.Fork()}");
                P.Sleep(100_000);
            });
            P.Sleep(200);
            long rootChild = SimulatedFork.Fork(() => P.Exit(0));
            log.Add("root can still fork: " + (rootChild > 0));
            P.WaitPid((int)rootChild, out _);
            log.Add("root kills everything: " + P.Kill(-1, Signal.Kill));
            P.WaitPid((int)bomber, out int s);
            log.Add("bomber " + Describe(s));
            done = true;
        }, log);

        int Orphans() => log.Count(l => l.StartsWith("init reaped") && l.EndsWith("signal 9"));
        Run(sim, () => done && Orphans() == ProcessManager.MaxProcessesPerUser - 1, ticks: 20000);
        Assert.Equal(
        [
            $"user 100 got {ProcessManager.MaxProcessesPerUser} processes, then {(long)Ipc.Status.TryAgain}",
            "root can still fork: True", "root kills everything: 0", "bomber signal 9",
        ], log.Where(l => !l.StartsWith("init reaped")));
        Assert.Equal(ProcessManager.MaxProcessesPerUser - 1, Orphans());
        Assert.True(sim.Kernel.ProcessAt(InitSlot).IsAlive, "kill -1 spares init");
    }

    [Fact]
    public void An_ordinary_user_may_not_signal_roots_processes()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            int test = P.GetPid();
            long child = SimulatedFork.Fork(() =>
            {
                P.SetUserId(100);
                                log.Add("ids: " + P.GetUserId() + " " + P.GetEffectiveUserId());
            log.Add("signal root: " + P.Kill(test, Signal.Terminate));
            log.Add("back to root: " + P.SetUserId(0));
            });
            P.WaitPid((int)child, out _);
            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal(["ids: 100 100", "signal root: " + (long)Ipc.Status.PermissionDenied, "back to root: " + (long)Ipc.Status.PermissionDenied], log);
    }

    [Fact]
    public void An_alarm_ends_a_process_with_sigalrm_and_a_cancelled_one_does_not()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            long alarmed = SimulatedFork.Fork(() => { P.Alarm(1); P.Sleep(100_000); });
            long cancelled = SimulatedFork.Fork(() =>
            {
                P.Alarm(1);
                log.Add("left of the first alarm: " + P.Alarm(0));
                P.Sleep(1500);
                P.Exit(2);
            });
            P.WaitPid((int)alarmed, out int s1);
            P.WaitPid((int)cancelled, out int s2);
            log.Add($"alarmed {Describe(s1)}, cancelled {Describe(s2)}");
            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal(["left of the first alarm: 1", "alarmed signal 14, cancelled exited 2"], log);
    }

    [Fact]
    public void Process_groups_and_sessions_follow_setpgid_and_setsid()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            long child = SimulatedFork.Fork(() =>
            {
                ProcessIdentity before = P.Identity();
                long session = P.SetSession();
                ProcessIdentity after = P.Identity();
                                log.Add($"child inherits the group: {before.ProcessGroup == before.ParentPid || before.ProcessGroup != before.Pid}");
            log.Add($"setsid: {session == after.Pid} group {after.ProcessGroup == after.Pid} session {after.Session == after.Pid}");
            log.Add("setsid again: " + P.SetSession());
            });
            P.WaitPid((int)child, out _);
            long other = SimulatedFork.Fork(() => P.Sleep(100));
                        log.Add("setpgid child: " + P.SetProcessGroup((int)other, 0));
        log.Add("kill its group: " + P.Kill(-(int)other, Signal.Terminate));

            P.WaitPid((int)other, out int s);
            log.Add("group member " + Describe(s));
            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal(
        [
            "child inherits the group: True", "setsid: True group True session True", "setsid again: " + (long)Ipc.Status.PermissionDenied,
            "setpgid child: 0", "kill its group: 0", "group member signal 15",
        ], log);
    }

    [Fact]
    public void Exec_failures_leave_the_caller_running_with_the_error()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = Boot(() =>
        {
            long fd = P.Open("/tmp/notes"u8, Posix.Abi.OpenFlags.WriteOnly | Posix.Abi.OpenFlags.Create, 0x1ED);
            P.Write((int)fd, "echo this is not a program\n"u8);
            P.Close((int)fd);
            fd = P.Open("/tmp/plain"u8, Posix.Abi.OpenFlags.WriteOnly | Posix.Abi.OpenFlags.Create, 0x1A4);
            P.Close((int)fd);
            log.Add("missing: " + P.Exec("/bin/nothing"u8, ["nothing"], []));
            log.Add("not ELF: " + P.Exec("/tmp/notes"u8, ["notes"], []));
            log.Add("not executable: " + P.Exec("/tmp/plain"u8, ["plain"], []));
            log.Add("a directory: " + P.Exec("/tmp"u8, ["tmp"], []));
            log.Add("still running: " + (P.GetPid() > 0));
            done = true;
        }, log);

        Run(sim, () => done);
        Assert.Equal(
        [
            "missing: " + (long)Ipc.Status.NotFound, "not ELF: " + (long)Ipc.Status.NotExecutable,
            "not executable: " + (long)Ipc.Status.AccessDenied, "a directory: " + (long)Ipc.Status.AccessDenied, "still running: True",
        ], log);
        lock (_console)
            Assert.Contains(_console, line => line.Contains("exec of /tmp/notes by pid ", StringComparison.Ordinal) && line.EndsWith(" refused: not an ELF file", StringComparison.Ordinal));
    }
}
