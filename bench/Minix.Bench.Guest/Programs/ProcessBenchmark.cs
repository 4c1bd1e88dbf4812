using System.Runtime.InteropServices;
using Minix.Posix;
using P = Minix.Posix.Posix;

namespace Minix.Bench.Guest;

/// <summary>
/// procbench, a program in /bin that init starts: what a process costs through the process manager. A null PM call
/// (getpid: a SENDREC to PM and its answer), fork+exit+wait (the kernel copies the address space, PM and VFS learn of
/// the child, the child exits at once) and fork+exec+exit+wait of a small program (the child execs procbench itself,
/// which exits at once: exec reads the ELF through VFS and MFS and the kernel builds the new image), in time-stamp
/// counter ticks per operation, which under <c>-icount shift=0</c> are guest instructions.
/// </summary>
internal static unsafe class ProcessBenchmark
{
    private const int NullCalls = 5000;
    private const int Forks = 100;
    private const int Execs = 50;

    [UnmanagedCallersOnly(EntryPoint = "procbench_main")]
    private static void Main(ulong* stack)
    {
        string[] argv = ProgramArguments.Of(stack);
        if (argv.Length > 1 && argv[1] == "exit")
            P.Exit(0);

        for (int i = 0; i < 100; i++)
            P.GetPid();
        ulong start = Clock.Cycles();
        for (int i = 0; i < NullCalls; i++)
            P.GetPid();
        Report.Line("pm-null-call-cycles"u8, (Clock.Cycles() - start) / NullCalls);

        Report.Line("fork-exit-wait-cycles"u8, Children(Forks, exec: false));
        Report.Line("fork-exec-exit-wait-cycles"u8, Children(Execs, exec: true));
        Report.Line("procbench-done"u8, 0);
        P.Reboot(RebootHow.Halt);
    }

    /// <summary>Ticks per child: fork, the child exits (after exec'ing a program that exits, when asked), the parent waits.</summary>
    private static ulong Children(int count, bool exec)
    {
        string[] argv = ["procbench", "exit"];
        Child(exec, argv);
        ulong start = Clock.Cycles();
        for (int i = 0; i < count; i++)
            Child(exec, argv);
        return (Clock.Cycles() - start) / (ulong)count;
    }

    private static void Child(bool exec, string[] argv)
    {
        long pid = P.Fork();
        if (pid == 0)
        {
            if (exec)
                P.Exec("/bin/procbench"u8, argv, []);
            P.Exit(exec ? 127 : 0);
        }

        int status = 0;
        if (pid < 0 || P.WaitPid((int)pid, out status) != pid || status != 0)
        {
            Report.Line("procbench-failed"u8, (ulong)(pid < 0 ? -pid : status));
            P.Reboot(RebootHow.Halt);
        }
    }
}
