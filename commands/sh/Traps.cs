using System.Text;
using Minix.Commands.Libc;
using Minix.Posix;
using Signal = Minix.Kernel.Calls.Signal;

namespace Minix.Commands.Shell;

/// <summary>
/// trap: the commands to run when a signal arrives (noted by <see cref="Sys.SetSignalDisposition"/> and run between
/// commands, as dash does) or when the shell ends (EXIT, condition 0). An empty action ignores the signal; "-" restores
/// its default action.
/// </summary>
public sealed class Traps
{
    private const int Exit = 0;

    private readonly Dictionary<int, string> _actions = [];
    private readonly ShellState _state;

    /// <summary>The traps of the shell with <paramref name="state"/>.</summary>
    /// <param name="state">The shell's state (an interactive shell keeps ignoring SIGINT and SIGQUIT when their traps are reset).</param>
    public Traps(ShellState state) => _state = state;

    /// <summary>The action for EXIT, or null.</summary>
    public string? ExitAction => _actions.TryGetValue(Exit, out string? action) ? action : null;

    /// <summary>The trap builtin: lists the traps, sets or resets them.</summary>
    /// <param name="call">The call.</param>
    /// <returns>0, or 1 after a condition that is no signal ("bad trap").</returns>
    public int Run(BuiltinCall call)
    {
        List<string> operands = call.Operands;
        if (operands.Count > 0 && operands[0] == "--")
            operands = operands.GetRange(1, operands.Count - 1);
        if (operands.Count == 0)
            return call.Print(Listing());
        if (operands[0].StartsWith('-') && operands[0] != "-")
            return call.Fail("Illegal option " + operands[0], 2);

        // POSIX: a first operand that is a number is a condition, and all of them go back to their defaults.
        bool reset = operands[0] == "-" || IsNumber(operands[0]);
        string? action = reset ? null : operands[0];
        int status = 0;
        for (int i = reset && operands[0] == "-" ? 1 : reset ? 0 : 1; i < operands.Count; i++)
        {
            if (!Condition(operands[i], out int number))
            {
                status = call.Report(operands[i] + ": bad trap", 1);
                continue;
            }

            if (number != Exit && Sys.SetSignalDisposition((Signal)number, Disposition(number, action)) < 0)
            {
                status = call.Report(operands[i] + ": cannot be trapped", 1);
                continue;
            }

            if (action is null)
                _actions.Remove(number);
            else
                _actions[number] = action;
        }

        return status;
    }

    private SignalDisposition Disposition(int signal, string? action)
    {
        if (action is not null)
            return action.Length == 0 ? SignalDisposition.Ignore : SignalDisposition.Catch;
        bool shieldedAtATerminal = _state.Interactive && (Signal)signal is Signal.Interrupt or Signal.Quit;
        return shieldedAtATerminal ? SignalDisposition.Ignore : SignalDisposition.Default;
    }

    /// <summary>The actions of the signals caught since the last call, in signal order.</summary>
    /// <returns>The commands to run.</returns>
    public List<string> Caught()
    {
        var actions = new List<string>();
        ulong caught = Sys.TakeCaughtSignals();
        for (int signal = 1; caught != 0 && signal < 64; signal++)
        {
            if ((caught & (1UL << signal)) != 0 && _actions.TryGetValue(signal, out string? action) && action.Length > 0)
                actions.Add(action);
        }

        return actions;
    }

    /// <summary>The traps as dash lists them, ready to be read again: <c>trap -- 'echo caught' INT</c>.</summary>
    private string Listing()
    {
        var numbers = new List<int>(_actions.Keys);
        numbers.Sort();
        var text = new StringBuilder();
        foreach (int number in numbers)
            text.Append("trap -- ").Append(Variables.SingleQuoted(_actions[number])).Append(' ').Append(Name(number)).Append('\n');
        return text.ToString();
    }

    private static string Name(int number)
    {
        if (number == Exit)
            return "EXIT";
        string full = Utf8Text.Decode(SignalNames.Of((Signal)number));
        return full.Length > 3 && string.CompareOrdinal(full, 0, "SIG", 0, 3) == 0 ? full[3..] : number.ToString();
    }

    /// <summary>A condition: EXIT or 0, or a signal by name (INT, SIGINT) or number.</summary>
    private static bool Condition(string text, out int number)
    {
        number = Exit;
        if (text is "EXIT" or "0")
            return true;
        if (!SignalNames.TryParse(Utf8Text.Encode(text), out Signal signal) || (int)signal <= 0 || (int)signal >= 64
            || (IsNumber(text) && SignalNames.Of(signal).Length == 0))
            return false;
        number = (int)signal;
        return true;
    }

    private static bool IsNumber(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }

        return text.Length > 0;
    }
}
