namespace Minix.Commands.Sort;

/// <summary>What the command line asks of sort, once read and checked.</summary>
internal sealed class SortSettings
{
    /// <summary>The keys in order, each with its options (the global ones for a key that has none of its own); empty for plain byte order.</summary>
    public List<SortKey> Keys { get; } = new();

    /// <summary>The -t byte, or -1 when fields are separated by blanks.</summary>
    public int Separator { get; set; } = -1;

    /// <summary>The global options (-b, -f, -n, -r ...).</summary>
    public KeyOptions Global { get; set; }

    /// <summary>-u: one line of each run of lines whose keys are equal.</summary>
    public bool Unique { get; set; }

    /// <summary>-s: no last-resort comparison of whole lines.</summary>
    public bool Stable { get; set; }

    /// <summary>-m: the inputs are sorted already, and are merged.</summary>
    public bool Merge { get; set; }

    /// <summary>-c or -C (or --check=...): the letter, or '\0' when sorting.</summary>
    public char Check { get; set; }

    /// <summary>-o's file, or null for the standard output.</summary>
    public string? Output { get; set; }

    /// <summary>The line delimiter: '\n', or NUL with -z.</summary>
    public byte Delimiter { get; set; } = (byte)'\n';

    /// <summary>The files to read ("-" for the standard input).</summary>
    public List<string> Files { get; } = new();

    /// <summary>The order of lines these settings ask for.</summary>
    public LineComparer Comparer() => new(Keys, Separator, lastResort: !(Stable || Unique), (Global & KeyOptions.Reverse) != 0);
}
