namespace Minix.Commands.Libc;

/// <summary>
/// Command-line options as GNU getopt_long reads them: short options clustered (<c>-la</c>), an option's argument
/// attached or next (<c>-n5</c>, <c>-n 5</c>), long options (<c>--lines=5</c>, <c>--lines 5</c>, any unambiguous
/// prefix), options and operands in any order, <c>--</c> ending the options and <c>-</c> an operand. A mistake is
/// reported in getopt's words ("invalid option -- 'z'") with coreutils' "Try ... --help" line.
/// </summary>
public sealed class Options
{
    private readonly List<(char Name, string? Value)> _seen = new();
    private readonly List<int> _seenIn = new();

    private Options()
    {
    }

    /// <summary>The options in the order given, each with its argument.</summary>
    public IReadOnlyList<(char Name, string? Value)> Seen => _seen;

    /// <summary>For each of <see cref="Seen"/>, the index of the argument it was read from (grep's -NUM joins the digits of one argument only).</summary>
    public IReadOnlyList<int> SeenIn => _seenIn;

    /// <summary>The operands, in order.</summary>
    public List<string> Operands { get; } = new();

    /// <summary>Whether option <paramref name="name"/> was given.</summary>
    /// <param name="name">The option's letter.</param>
    /// <returns>True if it was.</returns>
    public bool Has(char name)
    {
        foreach (var option in _seen)
        {
            if (option.Name == name)
                return true;
        }

        return false;
    }

    /// <summary>The argument of the last <paramref name="name"/> option.</summary>
    /// <param name="name">The option's letter.</param>
    /// <returns>Its argument, or null if it was not given.</returns>
    public string? Value(char name)
    {
        string? value = null;
        foreach (var option in _seen)
        {
            if (option.Name == name)
                value = option.Value;
        }

        return value;
    }

    /// <summary>Reads the arguments of a command that takes neither options nor operands (ps, uptime, halt).</summary>
    /// <param name="command">For messages.</param>
    /// <param name="arguments">The arguments after the command's name.</param>
    /// <returns>True if there were none; else false after a usage error (reported, and the command's status set).</returns>
    public static bool ParseNone(Command command, string[] arguments)
    {
        Options? options = Parse(command, arguments, "");
        if (options is null)
            return false;
        if (options.Operands.Count == 0)
            return true;
        command.Usage("extra operand " + Quoting.Always(options.Operands[0]));
        return false;
    }

    /// <summary>Reads <paramref name="arguments"/>.</summary>
    /// <param name="command">For messages.</param>
    /// <param name="arguments">The arguments after the command's name.</param>
    /// <param name="shortOptions">getopt's string: each option letter, followed by ':' if it takes an argument, or '?' if it may take one, only in the same word (<c>-Ihours</c>).</param>
    /// <param name="longOptions">Long names as <c>name=letter</c>, with a ':' after the letter if it takes an argument, or a '?' if it may take one, given only after an '=' (<c>--color</c>, <c>--color=never</c>); without one its value is null.</param>
    /// <param name="usageStatus">The exit status of a usage error.</param>
    /// <returns>The options, or null after a usage error (reported, and the command's status set).</returns>
    public static Options? Parse(Command command, string[] arguments, string shortOptions, string[]? longOptions = null, int usageStatus = 1)
    {
        var options = new Options();
        for (int i = 0; i < arguments.Length; i++)
        {
            string argument = arguments[i];
            if (argument == "--")
            {
                for (i++; i < arguments.Length; i++)
                    options.Operands.Add(arguments[i]);
                break;
            }

            if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                if (!options.ReadLong(command, arguments, ref i, longOptions ?? [], usageStatus))
                    return null;
                continue;
            }

            if (argument.Length < 2 || argument[0] != '-')
            {
                options.Operands.Add(argument);
                continue;
            }

            for (int at = 1; at < argument.Length; at++)
            {
                char letter = argument[at];
                int spec = letter is ':' or '?' ? -1 : shortOptions.IndexOf(letter);
                if (spec < 0)
                {
                    command.Usage("invalid option -- '" + letter + "'", usageStatus);
                    return null;
                }

                if (spec + 1 < shortOptions.Length && shortOptions[spec + 1] == '?')
                {
                    // an optional argument is only ever the rest of its word (date's -Ihours)
                    options._seen.Add((letter, at + 1 < argument.Length ? argument.Substring(at + 1) : null));
                    break;
                }

                if (spec + 1 < shortOptions.Length && shortOptions[spec + 1] == ':')
                {
                    string? value = at + 1 < argument.Length ? argument.Substring(at + 1) : i + 1 < arguments.Length ? arguments[++i] : null;
                    if (value is null)
                    {
                        command.Usage("option requires an argument -- '" + letter + "'", usageStatus);
                        return null;
                    }

                    options.Add(letter, value, i);
                    break;
                }

                options.Add(letter, null, i);
            }
        }

        return options;
    }

    private void Add(char letter, string? value, int argument)
    {
        _seen.Add((letter, value));
        _seenIn.Add(argument);
    }

    private bool ReadLong(Command command, string[] arguments, ref int i, string[] longOptions, int usageStatus)
    {
        string argument = arguments[i];
        int equals = argument.IndexOf('=');
        string name = equals < 0 ? argument.Substring(2) : argument.Substring(2, equals - 2);
        string? match = null;
        int matches = 0;
        foreach (string option in longOptions)
        {
            string optionName = option.Substring(0, option.IndexOf('='));
            if (optionName == name)
            {
                match = option;
                matches = 1;
                break;
            }

            if (optionName.StartsWith(name, StringComparison.Ordinal))
            {
                match = option;
                matches++;
            }
        }

        if (matches != 1 || match is null)
        {
            command.Usage((matches > 1 ? "option '" : "unrecognized option '") + argument + (matches > 1 ? "' is ambiguous" : "'"), usageStatus);
            return false;
        }

        string fullName = match.Substring(0, match.IndexOf('='));
        char letter = match[match.IndexOf('=') + 1];
        bool takesValue = match.EndsWith(':');
        if (match.EndsWith('?'))
        {
            Add(letter, equals >= 0 ? argument.Substring(equals + 1) : null, i);
            return true;
        }

        if (!takesValue)
        {
            if (equals >= 0)
            {
                command.Usage("option '--" + fullName + "' doesn't allow an argument", usageStatus);
                return false;
            }

            Add(letter, null, i);
            return true;
        }

        string? value = equals >= 0 ? argument.Substring(equals + 1) : i + 1 < arguments.Length ? arguments[++i] : null;
        if (value is null)
        {
            command.Usage("option '--" + fullName + "' requires an argument", usageStatus);
            return false;
        }

        Add(letter, value, i);
        return true;
    }
}
