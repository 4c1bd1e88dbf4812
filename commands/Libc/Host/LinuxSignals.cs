using Minix.Kernel.Calls;

namespace Minix.Commands.Libc;

/// <summary>Linux's signal numbers and MINIX's: the same names, some different numbers (SIGCHLD is 17 on Linux, 20 on MINIX).</summary>
internal static class LinuxSignals
{
    private static readonly (Signal Minix, int Linux)[] Pairs =
    [
        (Signal.HangUp, 1), (Signal.Interrupt, 2), (Signal.Quit, 3), (Signal.IllegalInstruction, 4), (Signal.Trap, 5),
        (Signal.Abort, 6), (Signal.BusError, 7), (Signal.FloatingPointException, 8), (Signal.Kill, 9), (Signal.User1, 10),
        (Signal.SegmentationFault, 11), (Signal.User2, 12), (Signal.BrokenPipe, 13), (Signal.Alarm, 14), (Signal.Terminate, 15),
        (Signal.Child, 17), (Signal.Continue, 18), (Signal.Stop, 19), (Signal.TerminalStop, 20), (Signal.TerminalInput, 21),
        (Signal.TerminalOutput, 22), (Signal.Urgent, 23), (Signal.WindowChanged, 28), (Signal.BadSystemCall, 31),
    ];

    public static int ToLinux(Signal signal)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Minix == signal)
                return pair.Linux;
        }

        return (int)signal;
    }

    public static Signal ToMinix(int linux)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Linux == linux)
                return pair.Minix;
        }

        return (Signal)linux;
    }
}
