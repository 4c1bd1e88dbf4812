using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;
using P = Minix.Posix.Posix;

namespace Minix.Commands.Libc;

// The image's side of the process calls.
public static unsafe partial class Sys
{
    /// <summary>
    /// The signals caught and not yet taken, one flag per signal: the handler only sets a flag, and taking clears one
    /// flag at a time, so a signal arriving meanwhile is never lost (two of one kind merge, as pending signals do).
    /// </summary>
    private static readonly byte[] s_caught = new byte[64];

    /// <summary>Descriptors the child parks its sources on while it moves them into place (above any it is given).</summary>
    private const int ParkedBase = 40;

    public static partial long Spawn(string path, string[] arguments, string[] environment, int[] descriptors, bool ignoreInterrupts)
    {
        // The child reports a failed exec through a close-on-exec pipe: nothing arrives if the exec worked.
        long piped = P.Pipe(out int report, out int reportWrite);
        if (piped < 0)
            return piped;
        P.Control(report, FileControl.SetDescriptorFlags, FileControl.CloseOnExec);
        P.Control(reportWrite, FileControl.SetDescriptorFlags, FileControl.CloseOnExec);
        byte[] program = Utf8Text.Encode(path);
        long pid = P.Fork();
        if (pid == 0)
            RunChild(program, arguments, environment, descriptors, ignoreInterrupts, report, reportWrite);

        P.Close(reportWrite);
        if (pid < 0)
        {
            P.Close(report);
            return pid;
        }

        Span<byte> error = stackalloc byte[8];
        long got = P.Read(report, error);
        P.Close(report);
        if (got < 8)
            return pid;
        P.WaitPid((int)pid, out _);
        return BitConverterLittle(error);
    }

    private static void RunChild(byte[] program, string[] arguments, string[] environment, int[] descriptors, bool ignoreInterrupts, int report, int reportWrite)
    {
        P.Close(report);
        long channel = P.Control(reportWrite, FileControl.DuplicateAtLeast, ParkedBase + descriptors.Length);
        P.Close(reportWrite);
        P.Control((int)channel, FileControl.SetDescriptorFlags, FileControl.CloseOnExec);
        var parked = new long[descriptors.Length];
        for (int i = 0; i < descriptors.Length; i++)
            parked[i] = descriptors[i] < 0 ? -1 : P.Control(descriptors[i], FileControl.DuplicateAtLeast, ParkedBase);
        for (int i = 0; i < descriptors.Length; i++)
        {
            if (parked[i] < 0)
            {
                P.Close(i);
                continue;
            }

            P.DuplicateTo((int)parked[i], i);
            P.Close((int)parked[i]);
        }

        if (ignoreInterrupts)
        {
            P.IgnoreSignal(Signal.Interrupt);
            P.IgnoreSignal(Signal.Quit);
        }
        else
        {
            P.DefaultSignal(Signal.Interrupt);
            P.DefaultSignal(Signal.Quit);
        }

        long error = P.Exec(program, arguments, environment);
        Span<byte> bytes = stackalloc byte[8];
        for (int i = 0; i < 8; i++)
            bytes[i] = (byte)(error >> (8 * i));
        P.Write((int)channel, bytes);
        P.Exit(127);
    }

    private static long BitConverterLittle(ReadOnlySpan<byte> bytes)
    {
        long value = 0;
        for (int i = 7; i >= 0; i--)
            value = (value << 8) | bytes[i];
        return value;
    }

    public static partial long Exec(string path, string[] arguments, string[] environment) => P.Exec(Utf8Text.Encode(path), arguments, environment);

    public static partial long WaitPid(int pid, out int status, bool noHang) => P.WaitPid(pid, out status, noHang ? WaitOptions.NoHang : WaitOptions.None);

    public static partial long Kill(int pid, Signal signal) => P.Kill(pid, signal);

    public static partial long SetSignalDisposition(Signal signal, SignalDisposition disposition) => disposition switch
    {
        SignalDisposition.Catch => P.SetSignalHandler(signal, &NoteSignal, SignalActionFlags.Restart),
        SignalDisposition.Ignore => P.IgnoreSignal(signal),
        _ => P.DefaultSignal(signal),
    };

    public static partial ulong TakeCaughtSignals()
    {
        ulong caught = 0;
        for (int signal = 1; signal < s_caught.Length; signal++)
        {
            if (s_caught[signal] != 0)
            {
                s_caught[signal] = 0;
                caught |= 1UL << signal;
            }
        }

        return caught;
    }

    private static void NoteSignal(int signal)
    {
        if (signal > 0 && signal < s_caught.Length)
            s_caught[signal] = 1;
    }

    public static partial void IgnoreInterrupts(bool ignore)
    {
        if (ignore)
        {
            P.IgnoreSignal(Signal.Interrupt);
            P.IgnoreSignal(Signal.Quit);
        }
        else
        {
            P.DefaultSignal(Signal.Interrupt);
            P.DefaultSignal(Signal.Quit);
        }
    }

    public static partial long Sleep(long milliseconds) => P.Sleep(milliseconds);

    public static partial int GetPid() => P.GetPid();

    public static partial int GetParentPid() => P.GetParentPid();

    public static partial int GetEffectiveUserId() => P.GetEffectiveUserId();

    public static partial long Time(out long nanoseconds) => P.Time(out nanoseconds);

    public static partial long Times(out ProcessTimes times) => P.Times(out times);

    public static partial long ProcessList(List<ProcessListEntry> entries)
    {
        var table = new ProcessListEntry[128];
        long count = P.ProcessList(table);
        for (int i = 0; i < count; i++)
            entries.Add(table[i]);
        return count < 0 ? count : 0;
    }

    public static partial long Reboot(RebootHow how) => P.Reboot(how);

    // A command with an entry of its own took its environment from the stack; an ordinary program's runtime has it.
    public static partial string[] InitialEnvironment() => ProgramStart.Started ? ProgramStart.EnvironmentStrings : Minix.Runtime.ProgramEnvironment.Strings();
}
