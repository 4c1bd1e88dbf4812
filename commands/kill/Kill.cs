using Minix.Commands.Libc;
using Signal = Minix.Kernel.Calls.Signal;
using Minix.Posix;

namespace Minix.Commands.Kill;

/// <summary>
/// kill, as procps' for what they share: <c>kill [-s NAME | -NAME | -N] PID...</c> sends the signal (TERM by
/// default) to each process; <c>kill -l</c> lists the signals' names, <c>kill -l N</c> names signal N (or the
/// signal an exit status 128 + N stands for), <c>kill -l NAME</c> gives its number.
/// </summary>
public static class Kill
{
    /// <summary>Runs kill.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a signal could not be sent or an argument was wrong.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("kill");
        if (args.Length == 0)
            return command.Usage("not enough arguments");
        if (args[0] == "-l" || args[0] == "--list")
            return List(command, args);

        var signal = Signal.Terminate;
        int first = 0;
        if (args[0] == "-s" || args[0] == "--signal" || args[0] == "-n")
        {
            if (args.Length < 2 || !TryParseSignal(args[1], out signal))
                return command.Usage(args.Length < 2 ? "option requires an argument -- 's'" : "unknown signal name " + args[1]);
            first = 2;
        }
        else if (args[0].Length > 1 && args[0][0] == '-' && args[0] != "--")
        {
            if (!TryParseSignal(args[0][1..], out signal))
            {
                command.Fail("unknown signal name " + args[0][1..]);
                return command.Finish();
            }

            first = 1;
        }

        if (first < args.Length && args[first] == "--")
            first++;
        if (first >= args.Length)
            return command.Usage("not enough arguments");
        for (int i = first; i < args.Length; i++)
        {
            if (!int.TryParse(args[i], out int pid))
            {
                command.Fail("failed to parse argument: '" + args[i] + "'");
                continue;
            }

            long result = Sys.Kill(pid, signal);
            if (result < 0)
                command.Fail("(" + pid + "): " + ErrorText.Of(result));
        }

        return command.Finish();
    }

    /// <summary>kill -l: every name, or the name of one number (an exit status above 128 names its signal), or the number of one name.</summary>
    private static int List(Command command, string[] args)
    {
        if (args.Length == 1)
        {
            var names = new List<string>();
            for (int number = 1; number < 64; number++)
            {
                string name = Utf8Text.Decode(SignalNames.Of((Signal)number));
                if (name != "SIG?")
                    names.Add(name[3..]);
            }

            command.Out.Write(string.Join(" ", names) + "\n");
            return command.Finish();
        }

        for (int i = 1; i < args.Length; i++)
        {
            if (int.TryParse(args[i], out int number))
            {
                int signal = number > 128 ? number - 128 : number;
                string name = Utf8Text.Decode(SignalNames.Of((Signal)signal));
                if (name == "SIG?" || signal <= 0)
                    command.Fail("unknown signal name " + args[i]);
                else
                    command.Out.Write(name[3..] + "\n");
            }
            else if (TryParseSignal(args[i], out Signal signal))
                command.Out.Write((int)signal + "\n");
            else
                command.Fail("unknown signal name " + args[i]);
        }

        return command.Finish();
    }

    private static bool TryParseSignal(string text, out Signal signal) => SignalNames.TryParse(Utf8Text.Encode(text), out signal) && (int)signal > 0;
}
