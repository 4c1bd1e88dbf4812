using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Posix;

// Signals: kill, handlers, masks, suspension, alarms, sleep.
public static unsafe partial class Posix
{
    /// <summary>sigprocmask's SIG_BLOCK.</summary>
    public const int Block = 1;

    /// <summary>sigprocmask's SIG_UNBLOCK.</summary>
    public const int Unblock = 2;

    /// <summary>sigprocmask's SIG_SETMASK.</summary>
    public const int SetMask = 3;

    /// <summary>kill(2).</summary>
    /// <param name="pid">A pid, 0 for this process's group, -1 for every process this one may signal, -g for group g.</param>
    /// <param name="signal">The signal (0 only checks).</param>
    /// <returns>0, or -errno (ESRCH, EPERM, EINVAL).</returns>
    public static long Kill(int pid, Signal signal) => CallProcessManager(ProcessManagerProtocol.Kill, new ProcessRequest { Pid = pid, Signal = (int)signal });

    /// <summary>signal(3) with a handler: while this process runs, <paramref name="signal"/> calls <paramref name="handler"/> with its number.</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="handler">The handler (a static method).</param>
    /// <param name="flags">sigaction flags.</param>
    /// <param name="mask">Signals blocked while it runs.</param>
    /// <returns>0, or -errno (EINVAL for SIGKILL and SIGSTOP).</returns>
    public static long SetSignalHandler(Signal signal, delegate*<int, void> handler, SignalActionFlags flags = SignalActionFlags.None, ulong mask = 0) =>
        SignalAction(signal, (ulong)handler, mask, flags, out _);

    /// <summary>signal(3) with SIG_IGN.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>0, or -errno.</returns>
    public static long IgnoreSignal(Signal signal) => SignalAction(signal, SignalHandlers.Ignore, 0, SignalActionFlags.None, out _);

    /// <summary>signal(3) with SIG_DFL.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>0, or -errno.</returns>
    public static long DefaultSignal(Signal signal) => SignalAction(signal, SignalHandlers.Default, 0, SignalActionFlags.None, out _);

    /// <summary>sigaction(2).</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="handler">A handler's address, <see cref="SignalHandlers.Default"/>, <see cref="SignalHandlers.Ignore"/>, or <see cref="SignalHandlers.Query"/> to only read.</param>
    /// <param name="mask">Signals blocked while the handler runs.</param>
    /// <param name="flags">Flags.</param>
    /// <param name="old">The previous handler, mask and flags.</param>
    /// <returns>0, or -errno.</returns>
    public static long SignalAction(Signal signal, ulong handler, ulong mask, SignalActionFlags flags, out ProcessManagerReply old) =>
        SignalAction(signal, handler, mask, flags, (ulong)(delegate* unmanaged<int, ulong, ulong, void>)&SignalEntry, out old);

    /// <summary>sigaction with a signal entry of the caller's own, which gets the signal's frame and ends with <see cref="ReturnFromSignal"/>.</summary>
    internal static long SignalAction(Signal signal, ulong handler, ulong mask, SignalActionFlags flags, ulong entry, out ProcessManagerReply old)
    {
        var m = Message.Create(ProcessManagerProtocol.SignalAction, new SignalActionRequest
        {
            Signal = (int)signal, Handler = handler, Mask = mask, Flags = flags, Entry = entry,
        });
        long result = Call(ref m);
        old = m.Payload<ProcessManagerReply>();
        return result;
    }

    /// <summary>sigprocmask(2).</summary>
    /// <param name="how"><see cref="Block"/>, <see cref="Unblock"/>, <see cref="SetMask"/>, or 0 to only read.</param>
    /// <param name="set">The signals (bit n for signal n).</param>
    /// <returns>The previous mask, or -errno.</returns>
    public static long SignalMask(int how, ulong set) => CallProcessManager(ProcessManagerProtocol.SignalMask, new ProcessRequest { Number = how, Mask = set });

    /// <summary>sigsuspend(2): waits, with <paramref name="mask"/> blocked, until a signal's handler has run.</summary>
    /// <param name="mask">The mask while waiting.</param>
    /// <returns>-EINTR.</returns>
    public static long SignalSuspend(ulong mask) => CallProcessManager(ProcessManagerProtocol.SignalSuspend, new ProcessRequest { Mask = mask });

    /// <summary>pause(2): waits until a signal's handler has run.</summary>
    /// <returns>-EINTR.</returns>
    public static long Pause() => SignalSuspend((ulong)SignalMask(0, 0));

    /// <summary>sigpending(2).</summary>
    /// <returns>The pending signals this process blocks, or -errno.</returns>
    public static long SignalPending() => CallProcessManager(ProcessManagerProtocol.SignalPending, default);

    /// <summary>alarm(2): SIGALRM after <paramref name="seconds"/> (0 cancels).</summary>
    /// <param name="seconds">Seconds.</param>
    /// <returns>The seconds the previous alarm had left, or -errno.</returns>
    public static long Alarm(int seconds) => CallProcessManager(ProcessManagerProtocol.Alarm, new ProcessRequest { Number = seconds });

    /// <summary>Sleeps <paramref name="milliseconds"/>.</summary>
    /// <param name="milliseconds">How long.</param>
    /// <returns>0, or -EINTR if a signal's handler ran first.</returns>
    public static long Sleep(long milliseconds) => CallProcessManager(ProcessManagerProtocol.Sleep, new ProcessRequest { Number = milliseconds });

    /// <summary>
    /// Where the kernel starts a signal handler (SYS_SIGSEND): calls it, then asks the process manager for the
    /// registers the signal interrupted (sigreturn), which never returns here.
    /// </summary>
    [UnmanagedCallersOnly]
    private static void SignalEntry(int signal, ulong frame, ulong handler)
    {
        ((delegate*<int, void>)handler)(signal);
        ReturnFromSignal(frame);
    }

    /// <summary>sigreturn: the process manager restores the registers saved in <paramref name="frame"/>; never returns.</summary>
    internal static void ReturnFromSignal(ulong frame)
    {
        var m = Message.Create(ProcessManagerProtocol.SignalReturn, new ProcessRequest { Address = frame });
        Messaging.SendRec(Endpoint.ProcessManager, ref m);
        Exit(128 + (int)Signal.SegmentationFault); // the frame was refused: nothing to return to
    }
}
