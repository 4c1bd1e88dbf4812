using Minix.Commands.Libc;

namespace Minix.Commands.Grep;

/// <summary>How binary files are searched (--binary-files, -a, -I).</summary>
internal enum BinaryFiles
{
    /// <summary>Their lines are not printed: "binary file matches" is said instead.</summary>
    Binary,

    /// <summary>As text (-a).</summary>
    Text,

    /// <summary>As if they held no match (-I).</summary>
    WithoutMatch,
}

/// <summary>What grep's options ask for, apart from the patterns, read from the command line as GNU grep reads them.</summary>
internal sealed class Settings
{
    /// <summary>Letters of the long options without a short one.</summary>
    private const char Label = '\u0101', GroupSeparator = '\u0102', NoGroupSeparator = '\u0103', Color = '\u0104', Include = '\u0105',
        Exclude = '\u0106', ExcludeDir = '\u0107', BinaryFilesType = '\u0108';

    /// <summary>getopt's string of short options.</summary>
    public const string ShortOptions = "e:f:FGEiyvwxclLnhHqsoA:B:C:m:brRZTaUI0123456789";

    /// <summary>The long options, as <see cref="Options.Parse"/> takes them.</summary>
    public static readonly string[] LongOptions =
    [
        "regexp=e:", "file=f:", "fixed-strings=F", "basic-regexp=G", "extended-regexp=E", "ignore-case=i", "invert-match=v", "word-regexp=w",
        "line-regexp=x", "count=c", "files-with-matches=l", "files-without-match=L", "line-number=n", "no-filename=h", "with-filename=H",
        "quiet=q", "silent=q", "no-messages=s", "only-matching=o", "after-context=A:", "before-context=B:", "context=C:", "max-count=m:",
        "byte-offset=b", "recursive=r", "dereference-recursive=R", "null=Z", "initial-tab=T", "text=a", "binary=U", "label=\u0101:",
        "group-separator=\u0102:", "no-group-separator=\u0103", "color=\u0104?", "colour=\u0104?", "include=\u0105:", "exclude=\u0106:",
        "exclude-dir=\u0107:", "binary-files=\u0108:",
    ];

    /// <summary>-v, -c, -l, -L, -n, -b, -o, -q, -s, -H and -h (the last of those two wins).</summary>
    public bool Invert, Count, ListMatching, ListOthers, LineNumbers, ByteOffsets, OnlyMatching, Quiet, Silent, WithNames, WithoutNames;

    /// <summary>-Z, -T, -r (or -R), and -R's following of every symbolic link.</summary>
    public bool NullAfterName, InitialTab, Recursive, Dereference;

    /// <summary>Lines of leading and trailing context.</summary>
    public int Before, After;

    /// <summary>A context length was given (then group separators are printed, even for 0).</summary>
    public bool ContextGiven;

    /// <summary>The group separator, or null for none.</summary>
    public byte[]? Separator = "--"u8.ToArray();

    /// <summary>-m: the most lines selected in a file.</summary>
    public long MaxCount = long.MaxValue;

    /// <summary>--label: the standard input's name.</summary>
    public string StandardInputName = "(standard input)";

    /// <summary>How binary files are searched.</summary>
    public BinaryFiles Binary;

    /// <summary>--include, --exclude and --exclude-dir.</summary>
    public FileNameGlobs Globs = new();

    /// <summary>Reads the options other than the patterns'.</summary>
    /// <param name="command">For messages.</param>
    /// <param name="options">The parsed command line.</param>
    /// <returns>The settings, or null after an error (reported, and the exit status set).</returns>
    public static Settings? Read(Command command, Options options)
    {
        var settings = new Settings();
        int? before = null, after = null, context = null;
        string digits = "";
        int digitsIn = -1;
        for (int i = 0; i < options.Seen.Count; i++)
        {
            var (name, value) = options.Seen[i];
            switch (name)
            {
                case 'v': settings.Invert = true; break;
                case 'c': settings.Count = true; break;
                case 'l': settings.ListMatching = true; break;
                case 'L': settings.ListOthers = true; break;
                case 'n': settings.LineNumbers = true; break;
                case 'b': settings.ByteOffsets = true; break;
                case 'o': settings.OnlyMatching = true; break;
                case 'q': settings.Quiet = true; break;
                case 's': settings.Silent = true; break;
                case 'Z': settings.NullAfterName = true; break;
                case 'T': settings.InitialTab = true; break;
                case 'a': settings.Binary = BinaryFiles.Text; break;
                case 'I': settings.Binary = BinaryFiles.WithoutMatch; break;
                case 'r': settings.Recursive = true; break;
                case 'R': settings.Recursive = settings.Dereference = true; break;
                case Label: settings.StandardInputName = value!; break;
                case GroupSeparator: settings.Separator = Minix.Posix.Utf8Text.Encode(value!); break;
                case NoGroupSeparator: settings.Separator = null; break;
                case Include: settings.Globs.Include.Add(value!); break;
                case Exclude: settings.Globs.Exclude.Add(value!); break;
                case ExcludeDir: settings.Globs.ExcludeDirectories.Add(value!); break;
                case 'H':
                    settings.WithNames = true;
                    settings.WithoutNames = false;
                    break;
                case 'h':
                    settings.WithoutNames = true;
                    settings.WithNames = false;
                    break;
                case 'A' or 'B' or 'C':
                    if (!NumberArguments.ContextLength(value!, out int lines))
                        return ContextError(command, value!);
                    if (name == 'A')
                        after = lines;
                    else if (name == 'B')
                        before = lines;
                    else
                        context = lines;
                    break;
                case >= '0' and <= '9':
                    // the digits of one argument make one number (-15); another argument's start a new one (-1 -5 is -5)
                    digits = digitsIn == options.SeenIn[i] ? digits + name : name.ToString();
                    digitsIn = options.SeenIn[i];
                    if (!NumberArguments.ContextLength(digits, out int numbered))
                        return ContextError(command, digits);
                    context = numbered;
                    break;
                case 'm':
                    if (!NumberArguments.MaxCount(value!, out settings.MaxCount))
                    {
                        command.Fail("invalid max count", 2);
                        return null;
                    }

                    break;
                case Color:
                    if (value is not (null or "never" or "no" or "none" or "auto" or "tty" or "if-tty" or "always" or "yes" or "force"))
                    {
                        command.Usage("invalid argument " + Quoting.Always(value) + " for '--color'", 2);
                        return null;
                    }

                    break;
                case BinaryFilesType:
                    if (value is not ("binary" or "text" or "without-match"))
                    {
                        command.Fail("unknown binary-files type", 2);
                        return null;
                    }

                    settings.Binary = value == "text" ? BinaryFiles.Text : value == "binary" ? BinaryFiles.Binary : BinaryFiles.WithoutMatch;
                    break;
            }
        }

        settings.ContextGiven = before is not null || after is not null || context is not null;
        settings.Before = before ?? context ?? 0;
        settings.After = after ?? context ?? 0;
        return settings;
    }

    private static Settings? ContextError(Command command, string value)
    {
        command.Fail(value + ": invalid context length argument", 2);
        return null;
    }
}
