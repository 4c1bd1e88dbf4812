using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// Where getopts has got to: <paramref name="Index"/> is $OPTIND (1 + the index of the next word to read), and
/// <paramref name="Offset"/> the character to read next in the word before it (-1: that word is done with), while
/// several options are read from one word (-abc). <paramref name="OptindChanges"/> is what
/// <see cref="Variables.OptindChanges"/> was when getopts last set OPTIND: a change since starts over from OPTIND.
/// </summary>
public readonly record struct GetoptsPosition(int Index, int Offset, int OptindChanges)
{
    /// <summary>Before the first word (OPTIND=1), as when the shell or a function starts.</summary>
    /// <param name="optindChanges">The count of OPTIND's changes now.</param>
    /// <returns>The position.</returns>
    public static GetoptsPosition Start(int optindChanges) => new(1, -1, optindChanges);
}

/// <summary>
/// getopts OPTSTRING NAME [ARG...]: reads the next option from the ARGs (or the positional parameters), as dash: its
/// letter into NAME, its argument into OPTARG, the next word's number into OPTIND; status 1 past the last option.
/// </summary>
public static class Getopts
{
    /// <summary>Runs getopts.</summary>
    /// <param name="call">The call.</param>
    /// <param name="state">The shell's state (its variables and getopts' position).</param>
    /// <returns>0 for an option (a wrong one too), 1 after the options, 2 for a usage error.</returns>
    public static int Run(BuiltinCall call, ShellState state)
    {
        if (call.Operands.Count < 2)
            return call.Fail("Usage: getopts optstring var [arg...]", 2);
        string spec = call.Operands[0];
        string name = call.Operands[1];
        string[] words = call.Operands.Count > 2 ? call.Operands.GetRange(2, call.Operands.Count - 2).ToArray() : state.Positional;
        Variables variables = state.Variables;

        GetoptsPosition at = state.Getopts;
        if (at.OptindChanges != variables.OptindChanges)
            at = FromOptind(variables.Get("OPTIND"), variables.OptindChanges);
        if (at.Index > words.Length + 1)
            at = GetoptsPosition.Start(variables.OptindChanges);

        bool silent = spec.StartsWith(':');
        int next = at.Index - 1;
        string? word = at.Offset >= 0 && next >= 1 && next <= words.Length ? words[next - 1] : null;
        int offset = at.Offset;
        string? optarg = null;
        bool setOptarg = false;
        bool unsetOptarg = false;
        char letter = '?';
        bool done = false;
        if (word is null || offset >= word.Length)
        {
            // The word read before is done with: the next one, if it is options.
            if (next < words.Length && words[next].Length > 1 && words[next][0] == '-')
            {
                word = words[next++];
                offset = 1;
                if (word == "--")
                    done = true;
            }
            else
                done = true;
        }

        if (done)
            offset = -1;
        else
        {
            char found = word![offset++];
            switch (ArgumentTaken(spec, found))
            {
                case null:
                    if (silent)
                        (optarg, setOptarg) = (found.ToString(), true);
                    else
                    {
                        Message(call, "Illegal option -" + found);
                        unsetOptarg = true;
                    }

                    break;
                case false:
                    (letter, optarg, setOptarg) = (found, "", true);
                    break;
                case true when offset < word.Length:
                    (letter, optarg, setOptarg, offset) = (found, word[offset..], true, -1);
                    break;
                case true when next < words.Length:
                    (letter, optarg, setOptarg, offset) = (found, words[next++], true, -1);
                    break;
                default:
                    if (silent)
                        (letter, optarg, setOptarg) = (':', found.ToString(), true);
                    else
                    {
                        Message(call, "No arg for -" + found + " option");
                        unsetOptarg = true;
                    }

                    break;
            }
        }

        // OPTARG, OPTIND, then NAME: a read-only one or a bad name stops there.
        string? fault = null;
        if (setOptarg)
            Assign(variables, "OPTARG", optarg!, ref fault);
        else if (unsetOptarg && !variables.IsReadOnly("OPTARG"))
            variables.Unset("OPTARG");
        if (fault is null)
            Assign(variables, "OPTIND", (next + 1).ToString(), ref fault);
        if (fault is null && !Lexer.IsName(name))
            fault = name + ": bad variable name";
        else if (fault is null)
            Assign(variables, name, letter.ToString(), ref fault);

        if (fault is not null)
        {
            state.Getopts = GetoptsPosition.Start(variables.OptindChanges);
            return call.Fail(fault, 2);
        }

        state.Getopts = new GetoptsPosition(next + 1, offset, variables.OptindChanges);
        return done ? 1 : 0;
    }

    /// <summary>Whether option <paramref name="letter"/> takes an argument (a ':' follows it in <paramref name="spec"/>), or null when it is not one.</summary>
    private static bool? ArgumentTaken(string spec, char letter)
    {
        for (int i = 0; i < spec.Length; i++)
        {
            bool argument = i + 1 < spec.Length && spec[i + 1] == ':';
            if (spec[i] == letter)
                return argument;
            if (argument)
                i++;
        }

        return null;
    }

    /// <summary>The position OPTIND names after it was set (a value that is no number, or 0, starts over).</summary>
    private static GetoptsPosition FromOptind(string? value, int changes)
    {
        if (value is null || !int.TryParse(value.Trim(), out int index) || index < 1)
            index = 1;
        return new GetoptsPosition(index, -1, changes);
    }

    /// <summary>dash's getopts messages name neither the shell nor getopts.</summary>
    private static void Message(BuiltinCall call, string text)
    {
        if (call.Table[Sys.StandardError] >= 0)
            Sys.WriteAll(call.Table[Sys.StandardError], Utf8Text.Encode(text + "\n"));
    }

    /// <summary>Sets <paramref name="name"/>; a read-only one is the fault reported.</summary>
    private static void Assign(Variables variables, string name, string value, ref string? fault)
    {
        try
        {
            variables.Set(name, value);
        }
        catch (VariableRefused error)
        {
            fault = error.Message;
        }
    }
}
