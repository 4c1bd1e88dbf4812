namespace Minix.Commands.Sort;

/// <summary>
/// The ordering options of one key (the letters after -k2,2) or of the command as a whole (-n, -r, ...), as GNU
/// sort's letters: b d f g h i M n r V.
/// </summary>
[Flags]
internal enum KeyOptions
{
    /// <summary>No option: the key's bytes in order.</summary>
    None = 0,

    /// <summary>b on the key's start: leading blanks are not part of the key and not counted by its character position.</summary>
    SkipStartBlanks = 1 << 0,

    /// <summary>b on the key's end: blanks before the end field's character position are not counted.</summary>
    SkipEndBlanks = 1 << 1,

    /// <summary>d: only blanks, letters and digits count.</summary>
    Dictionary = 1 << 2,

    /// <summary>f: lower-case letters compare as upper-case ones.</summary>
    FoldCase = 1 << 3,

    /// <summary>g: the numbers strtod reads.</summary>
    GeneralNumeric = 1 << 4,

    /// <summary>h: numbers with K, M, G ... suffixes.</summary>
    HumanNumeric = 1 << 5,

    /// <summary>i: only printable characters count.</summary>
    Nonprinting = 1 << 6,

    /// <summary>M: month names.</summary>
    Month = 1 << 7,

    /// <summary>n: leading decimal numbers.</summary>
    Numeric = 1 << 8,

    /// <summary>r: the key's order reversed.</summary>
    Reverse = 1 << 9,

    /// <summary>V: version numbers.</summary>
    Version = 1 << 10,
}

/// <summary>What the letters of <see cref="KeyOptions"/> mean, and which of them cannot go together.</summary>
internal static class KeyOptionLetters
{
    /// <summary>The letters a key may carry.</summary>
    private const string Order = "bdfghiMnrV";

    /// <summary>The letters GNU names in "options '-...' are incompatible", in its order (b and r never).</summary>
    private const string Named = "dfghiMnV";

    /// <summary>Whether <paramref name="letter"/> is an ordering option.</summary>
    public static bool IsOption(char letter) => Order.IndexOf(letter) >= 0;

    /// <summary>Adds the option <paramref name="letter"/>; 'b' applies to the key's start or end as the position it follows.</summary>
    /// <param name="options">The options so far.</param>
    /// <param name="letter">One of b d f g h i M n r V.</param>
    /// <param name="blanks">What 'b' sets here: the start's, the end's, or (given alone, as -b) both.</param>
    /// <returns>The options with the letter's.</returns>
    public static KeyOptions Add(KeyOptions options, char letter, KeyOptions blanks) => letter switch
    {
        'b' => options | blanks,
        // a key ignores one set of characters: -d's, given with -i in any order, as in GNU sort
        'd' => (options & ~KeyOptions.Nonprinting) | KeyOptions.Dictionary,
        'i' => (options & KeyOptions.Dictionary) != 0 ? options : options | KeyOptions.Nonprinting,
        'f' => options | KeyOptions.FoldCase,
        'g' => options | KeyOptions.GeneralNumeric,
        'h' => options | KeyOptions.HumanNumeric,
        'M' => options | KeyOptions.Month,
        'n' => options | KeyOptions.Numeric,
        'r' => options | KeyOptions.Reverse,
        'V' => options | KeyOptions.Version,
        _ => options,
    };

    /// <summary>
    /// Whether the options ask for two orders at once: at most one of n, g, h, M, V, and neither d nor i with a
    /// numeric or month order (V takes them).
    /// </summary>
    public static bool Conflict(KeyOptions options)
    {
        int orders = 0;
        foreach (KeyOptions order in new[] { KeyOptions.Numeric, KeyOptions.GeneralNumeric, KeyOptions.HumanNumeric, KeyOptions.Month, KeyOptions.Version })
            orders += (options & order) != 0 ? 1 : 0;
        bool ignores = (options & (KeyOptions.Dictionary | KeyOptions.Nonprinting)) != 0;
        return orders > 1 || (ignores && orders == 1 && (options & KeyOptions.Version) == 0);
    }

    /// <summary>The letters of <paramref name="options"/>, as GNU lists them ("Mn" for -k1nM).</summary>
    public static string Letters(KeyOptions options)
    {
        var letters = new System.Text.StringBuilder();
        foreach (char letter in Named)
        {
            if ((Add(KeyOptions.None, letter, KeyOptions.None) & options) != 0)
                letters.Append(letter);
        }

        return letters.ToString();
    }
}
