using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Posix;

// Processes: fork, exec, exit, wait, ids, groups, memory, time.
public static unsafe partial class Posix
{
    /// <summary>fork(2): a copy of this process.</summary>
    /// <returns>The child's pid in the parent, 0 in the child, or -errno (EAGAIN: no slot, or the user's process limit).</returns>
    public static long Fork() => CallProcessManager(ProcessManagerProtocol.Fork, default);

    /// <summary>execve(2): replaces this process's program with the one at <paramref name="path"/>.</summary>
    /// <param name="path">The program (a path through the file system).</param>
    /// <param name="arguments">argv (argv[0] is by custom the program's name).</param>
    /// <param name="environment">envp: <c>NAME=value</c> strings.</param>
    /// <returns>Only on failure: -errno (ENOENT, EACCES, ENOEXEC, E2BIG, ENOMEM ...).</returns>
    public static long Exec(ReadOnlySpan<byte> path, ReadOnlySpan<string> arguments, ReadOnlySpan<string> environment)
    {
        int length = ArgumentFrame.LengthOf(arguments, environment);
        if (length > ArgumentFrame.MaxLength)
            return (long)Status.TooBig;
        byte[] frame = new byte[length];
        ArgumentFrame.Build(arguments, environment, frame);
        fixed (byte* p = path)
        fixed (byte* f = frame)
        {
            var m = Message.Create(ProcessManagerProtocol.Exec, new ExecProgramRequest { Path = (ulong)p, PathLength = path.Length, Frame = (ulong)f, FrameLength = length });
            return Call(ref m);
        }
    }

    /// <summary>_exit(2): ends this process with <paramref name="status"/>; its parent's wait sees it. Never returns.</summary>
    /// <param name="status">The exit status (its low 8 bits count).</param>
    public static void Exit(int status)
    {
        var m = Message.Create(ProcessManagerProtocol.Exit, new ProcessRequest { Number = status });
        Messaging.SendRec(Endpoint.ProcessManager, ref m); // PM ends the process; it is not answered
        while (true)
            Sys.Exit(status); // no process manager (a boot image without one): the kernel ends it
    }

    /// <summary>waitpid(2).</summary>
    /// <param name="pid">A child's pid, -1 any child, 0 any child in this process's group, -g any in group g.</param>
    /// <param name="status">The wait status (<see cref="WaitStatus"/> decodes it).</param>
    /// <param name="options"><see cref="WaitOptions.NoHang"/> not to wait.</param>
    /// <returns>The pid of the child reported, 0 with WNOHANG and nothing to report, or -errno (ECHILD, EINTR).</returns>
    public static long WaitPid(int pid, out int status, WaitOptions options = WaitOptions.None)
    {
        var m = Message.Create(ProcessManagerProtocol.WaitPid, new ProcessRequest { Pid = pid, Number = (int)options });
        long result = Call(ref m);
        status = result > 0 ? (int)m.Payload<ProcessManagerReply>().Second : 0;
        return result;
    }

    /// <summary>wait(2): waitpid(-1, status, 0).</summary>
    /// <param name="status">The wait status.</param>
    /// <returns>The child's pid, or -errno.</returns>
    public static long Wait(out int status) => WaitPid(-1, out status);

    /// <summary>getpid(2).</summary>
    /// <returns>This process's pid.</returns>
    public static int GetPid() => Identity().Pid;

    /// <summary>getppid(2).</summary>
    /// <returns>The parent's pid.</returns>
    public static int GetParentPid() => Identity().ParentPid;

    /// <summary>getpgrp(2).</summary>
    /// <returns>This process's group.</returns>
    public static int GetProcessGroup() => Identity().ProcessGroup;

    /// <summary>getuid(2).</summary>
    /// <returns>The real user id.</returns>
    public static int GetUserId() => Identity().UserId;

    /// <summary>geteuid(2).</summary>
    /// <returns>The effective user id.</returns>
    public static int GetEffectiveUserId() => Identity().EffectiveUserId;

    /// <summary>getgid(2).</summary>
    /// <returns>The real group id.</returns>
    public static int GetGroupId() => Identity().GroupId;

    /// <summary>Every id of this process in one call.</summary>
    /// <returns>The ids (all zero if the process manager did not answer).</returns>
    public static ProcessIdentity Identity()
    {
        var m = new Message(ProcessManagerProtocol.GetIdentity);
        return Messaging.SendRec(Endpoint.ProcessManager, ref m) == Status.Ok && m.Type == 0 ? m.Payload<ProcessIdentity>() : default;
    }

    /// <summary>setpgid(2).</summary>
    /// <param name="pid">The process (0: this one).</param>
    /// <param name="group">The group (0: a new group named by the process's pid).</param>
    /// <returns>0, or -errno.</returns>
    public static long SetProcessGroup(int pid, int group) => CallProcessManager(ProcessManagerProtocol.SetProcessGroup, new ProcessRequest { Pid = pid, Number = group });

    /// <summary>setsid(2).</summary>
    /// <returns>The new session id, or -errno (EPERM for a group leader).</returns>
    public static long SetSession() => CallProcessManager(ProcessManagerProtocol.SetSession, default);

    /// <summary>setuid(2).</summary>
    /// <param name="uid">The user id.</param>
    /// <returns>0, or -errno.</returns>
    public static long SetUserId(int uid) => CallProcessManager(ProcessManagerProtocol.SetUserId, new ProcessRequest { Number = uid });

    /// <summary>setgid(2).</summary>
    /// <param name="gid">The group id.</param>
    /// <returns>0, or -errno.</returns>
    public static long SetGroupId(int gid) => CallProcessManager(ProcessManagerProtocol.SetGroupId, new ProcessRequest { Number = gid });

    /// <summary>brk(2): moves the end of this process's data.</summary>
    /// <param name="end">The new end, or 0 to ask where it is.</param>
    /// <returns>The end now, or -errno (ENOMEM).</returns>
    public static long Brk(ulong end) => CallProcessManager(ProcessManagerProtocol.Brk, new ProcessRequest { Address = end });

    /// <summary>reboot(2): root only; every file system is synced and unmounted first.</summary>
    /// <param name="how">Halt or reboot.</param>
    /// <returns>Only on failure: -errno (EPERM).</returns>
    public static long Reboot(RebootHow how) => CallProcessManager(ProcessManagerProtocol.Reboot, new ProcessRequest { Number = (int)how });

    /// <summary>times(2).</summary>
    /// <param name="times">This process's and its waited-for children's ticks, the uptime and the clock rate.</param>
    /// <returns>0, or -errno.</returns>
    public static long Times(out ProcessTimes times)
    {
        var m = new Message(ProcessManagerProtocol.Times);
        Status ipc = Messaging.SendRec(Endpoint.ProcessManager, ref m);
        times = m.Payload<ProcessTimes>();
        return ipc != Status.Ok ? (long)ipc : m.Type;
    }

    /// <summary>time(2), with the nanoseconds of clock_gettime.</summary>
    /// <param name="nanoseconds">The fraction of the second.</param>
    /// <returns>Seconds since 1970-01-01 UTC, or -errno.</returns>
    public static long Time(out long nanoseconds)
    {
        var m = new Message(ProcessManagerProtocol.Time);
        long seconds = Call(ref m);
        nanoseconds = seconds >= 0 ? m.Payload<ProcessManagerReply>().Second : 0;
        return seconds;
    }

    /// <summary>The process table, for ps.</summary>
    /// <param name="entries">Where the entries go.</param>
    /// <returns>How many were written, or -errno.</returns>
    public static long ProcessList(Span<ProcessListEntry> entries)
    {
        fixed (ProcessListEntry* e = entries)
            return CallProcessManager(ProcessManagerProtocol.ProcessList, new ProcessRequest { Address = (ulong)e, Number = entries.Length });
    }

    private static long CallProcessManager(int type, ProcessRequest request)
    {
        var m = Message.Create(type, request);
        return Call(ref m);
    }

    /// <summary>Sends a process call to PM and waits: the answer's value, or a negative status.</summary>
    private static long Call(ref Message message)
    {
        Status ipc = Messaging.SendRec(Endpoint.ProcessManager, ref message);
        if (ipc != Status.Ok)
            return (long)ipc;
        return message.Type < 0 ? message.Type : message.Payload<ProcessManagerReply>().Value;
    }
}

/// <summary>The options of waitpid.</summary>
[Flags]
public enum WaitOptions
{
    /// <summary>Wait.</summary>
    None = 0,

    /// <summary>WNOHANG: return 0 at once if no child has anything to report.</summary>
    NoHang = 1,
}
