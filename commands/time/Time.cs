using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix;

namespace Minix.Commands.Time;

/// <summary>
/// time, as POSIX's <c>time -p</c> (GNU time's -p output): runs the program, then writes "real", "user" and "sys"
/// in seconds with two decimals to the standard error; its status is the program's (127 not found, 126 not runnable,
/// 128 + n for signal n).
/// </summary>
public static class Time
{
    /// <summary>Runs time.</summary>
    /// <param name="args">[-p] program [argument...].</param>
    /// <returns>The program's status, or 125 without a program.</returns>
    public static int Main(string[] args)
    {
        int first = args.Length > 0 && (args[0] == "-p" || args[0] == "--portability") ? 1 : 0;
        if (first < args.Length && args[first] == "--")
            first++;
        if (first >= args.Length)
        {
            Command.WriteError("time: missing program to run\nTry 'time --help' for more information.\n");
            return 125;
        }

        string name = args[first];
        var argv = new string[args.Length - first];
        Array.Copy(args, first, argv, 0, argv.Length);

        Sys.Times(out ProcessTimes before);
        long startSeconds = Sys.Time(out long startNanoseconds);
        string? program = ProgramPath.Find(name, ProgramPath.SearchPath(), out long error);
        long pid = program is null ? error : Sys.Spawn(program, argv, Sys.InitialEnvironment(), [Sys.StandardInput, Sys.StandardOutput, Sys.StandardError], ignoreInterrupts: false);
        int status;
        if (pid < 0)
        {
            Command.WriteError("time: cannot run " + name + ": " + ErrorText.Of(pid) + "\n");
            status = (Status)pid == Status.NotFound ? 127 : 126;
        }
        else
        {
            // While the program runs, ^C is for it: time itself waits and reports.
            Sys.IgnoreInterrupts(true);
            Sys.WaitPid((int)pid, out int wait, noHang: false);
            status = WaitStatus.ShellStatus(wait);
        }

        long endSeconds = Sys.Time(out long endNanoseconds);
        Sys.Times(out ProcessTimes after);
        long realCentiseconds = (endSeconds - startSeconds) * 100 + (endNanoseconds - startNanoseconds) / 10_000_000;
        int hz = after.Hz > 0 ? after.Hz : 100;
        long user = (after.ChildrenUser - before.ChildrenUser) * 100 / hz;
        long system = (after.ChildrenSystem - before.ChildrenSystem) * 100 / hz;
        Command.WriteError("real " + Seconds(realCentiseconds) + "\nuser " + Seconds(user) + "\nsys " + Seconds(system) + "\n");
        return status;
    }

    /// <summary>Centiseconds as seconds with two decimals ("1.05").</summary>
    private static string Seconds(long centiseconds)
    {
        if (centiseconds < 0)
            centiseconds = 0;
        long fraction = centiseconds % 100;
        return centiseconds / 100 + "." + (fraction < 10 ? "0" : "") + fraction;
    }
}
