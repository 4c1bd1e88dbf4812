using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Sort;

/// <summary>
/// Reads sort's arguments into <see cref="SortSettings"/>, with GNU sort's messages and exit statuses for what is
/// wrong: 2 for most, 1 for a bad --check argument (as argmatch's usage error).
/// </summary>
internal static class CommandLine
{
    private const string ShortOptions = "bcCdfghik:Mmno:rst:uVz";

    private static readonly string[] LongOptions =
    [
        "ignore-leading-blanks=b", "check=c?", "dictionary-order=d", "ignore-case=f", "general-numeric-sort=g",
        "human-numeric-sort=h", "ignore-nonprinting=i", "key=k:", "merge=m", "month-sort=M", "numeric-sort=n", "output=o:",
        "reverse=r", "stable=s", "field-separator=t:", "unique=u", "version-sort=V", "zero-terminated=z",
    ];

    /// <summary>Reads <paramref name="args"/>.</summary>
    /// <param name="command">For messages; its exit status is set after an error.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The settings, or null after an error (reported).</returns>
    public static SortSettings? Parse(Command command, string[] args)
    {
        Options? options = Options.Parse(command, args, ShortOptions, LongOptions, usageStatus: 2);
        if (options is null)
            return null;
        var settings = new SortSettings();
        foreach ((char name, string? value) in options.Seen)
        {
            if (!Apply(command, settings, name, value))
                return null;
        }

        settings.Files.AddRange(options.Operands);
        if (settings.Files.Count == 0)
            settings.Files.Add("-");
        return Complete(command, settings) ? settings : null;
    }

    private static bool Apply(Command command, SortSettings settings, char name, string? value)
    {
        switch (name)
        {
            case 'c':
            case 'C':
                char check = name;
                if (value is not null && !ReadCheckArgument(command, value, out check))
                    return false;
                if (settings.Check != '\0' && settings.Check != check)
                    return Fail(command, "options '-cC' are incompatible");
                settings.Check = check;
                return true;
            case 'k':
                SortKey? key = KeySpecParser.Parse(value!, out string? error);
                if (key is null)
                    return Fail(command, error!);
                settings.Keys.Add(key);
                return true;
            case 't':
                return ReadSeparator(command, settings, value!);
            case 'm':
                settings.Merge = true;
                return true;
            case 'o':
                settings.Output = value;
                return true;
            case 's':
                settings.Stable = true;
                return true;
            case 'u':
                settings.Unique = true;
                return true;
            case 'z':
                settings.Delimiter = 0;
                return true;
            default:
                settings.Global = KeyOptionLetters.Add(settings.Global, name, KeyOptions.SkipStartBlanks | KeyOptions.SkipEndBlanks);
                return true;
        }
    }

    /// <summary>-t: one byte, or "\0" for NUL; a second -t must name the same one.</summary>
    private static bool ReadSeparator(Command command, SortSettings settings, string value)
    {
        byte[] bytes = Utf8Text.Encode(value);
        if (bytes.Length == 0)
            return Fail(command, "empty tab");
        int separator = bytes[0];
        if (bytes.Length > 1)
        {
            if (value != "\\0")
                return Fail(command, "multi-character tab " + Quoting.CStyle(value));
            separator = 0;
        }

        if (settings.Separator >= 0 && settings.Separator != separator)
            return Fail(command, "incompatible tabs");
        settings.Separator = separator;
        return true;
    }

    /// <summary>--check's argument, as argmatch reads it: any unambiguous prefix of quiet, silent (-C) or diagnose-first (-c).</summary>
    private static bool ReadCheckArgument(Command command, string value, out char check)
    {
        (string Word, char Letter)[] words = [("quiet", 'C'), ("silent", 'C'), ("diagnose-first", 'c')];
        check = '\0';
        bool ambiguous = false;
        foreach ((string word, char letter) in words)
        {
            if (word == value)
            {
                check = letter;
                return true;
            }

            if (word.StartsWith(value, StringComparison.Ordinal))
            {
                ambiguous |= check != '\0' && check != letter;
                check = letter;
            }
        }

        if (check != '\0' && !ambiguous)
            return true;
        command.Error((ambiguous ? "ambiguous" : "invalid") + " argument " + Quoting.CStyle(value) + " for '--check'");
        Command.WriteError("Valid arguments are:\n  - 'quiet', 'silent'\n  - 'diagnose-first'\n");
        command.Usage("", 1);
        return false;
    }

    /// <summary>Gives keys without options the global ones, and checks what can only be checked once all is read.</summary>
    private static bool Complete(Command command, SortSettings settings)
    {
        foreach (SortKey key in settings.Keys)
        {
            if (key.Options == KeyOptions.None)
                key.Options = settings.Global;
        }

        if (settings.Keys.Count == 0 && settings.Global != KeyOptions.None)
            settings.Keys.Add(SortKey.WholeLine(settings.Global));
        foreach (SortKey key in settings.Keys)
        {
            if (KeyOptionLetters.Conflict(key.Options))
                return Fail(command, "options '-" + KeyOptionLetters.Letters(key.Options) + "' are incompatible");
        }

        if (settings.Check != '\0')
        {
            if (settings.Files.Count > 1)
                return Fail(command, "extra operand " + Quoting.CStyle(settings.Files[1]) + " not allowed with -" + settings.Check);
            if (settings.Output is not null)
                return Fail(command, "options '-" + settings.Check + "o' are incompatible");
        }

        return true;
    }

    private static bool Fail(Command command, string message)
    {
        command.Fail(message, 2);
        return false;
    }
}
