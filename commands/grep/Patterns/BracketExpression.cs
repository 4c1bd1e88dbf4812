namespace Minix.Commands.Grep.Patterns;

/// <summary>
/// Reads a bracket expression ("[a-z[:digit:]_]", "[^]x]") into the bytes it matches: ranges by byte value (the C
/// locale), [:class:], and [=c=] and [.c.] of one byte; a backslash is an ordinary byte inside.
/// </summary>
public static class BracketExpression
{
    /// <summary>The error GNU grep gives for a bracket expression without its end.</summary>
    public const string Unmatched = "Unmatched [, [^, [:, [., or [=";

    /// <summary>GNU's message for "[:space:]" and the like, almost always a forgotten pair of brackets.</summary>
    public const string ClassSyntax = "character class syntax is [[:space:]], not [:space:]";

    /// <summary>What an element of the expression is.</summary>
    private enum Element
    {
        /// <summary>A plain byte.</summary>
        Byte,

        /// <summary>[.c.]: a byte that may end a range.</summary>
        Collating,

        /// <summary>[=c=]: a byte that may not end a range.</summary>
        Equivalence,

        /// <summary>[:class:], added to the set.</summary>
        Class,
    }

    /// <summary>Reads the expression whose '[' is at <paramref name="at"/>.</summary>
    /// <param name="text">The pattern.</param>
    /// <param name="at">At the '['; after the reading, just past the closing ']'.</param>
    /// <param name="ignoreCase">Whether a letter stands for both its cases (folded before a '^' inverts the set).</param>
    /// <param name="set">The bytes matched.</param>
    /// <param name="classSyntax">
    /// Whether the expression looks like a class without its outer brackets ("[:alpha:]", "[^:a:]": a ':' first and
    /// last, other bytes between, no range or bracketed element), which GNU refuses with <see cref="ClassSyntax"/>,
    /// but only once every pattern has passed the other checks.
    /// </param>
    /// <returns>Null, or GNU's message for a malformed expression.</returns>
    public static string? Read(byte[] text, ref int at, bool ignoreCase, out ByteSet set, out bool classSyntax)
    {
        set = new ByteSet();
        classSyntax = false;
        at++;
        bool inverted = at < text.Length && text[at] == (byte)'^';
        if (inverted)
            at++;
        int first = at;
        bool colonFirst = at < text.Length && text[at] == (byte)':', colonLast = false, otherBytes = false, ranges = false;
        while (true)
        {
            if (at >= text.Length)
                return Unmatched;
            if (text[at] == (byte)']' && at > first)
            {
                at++;
                break;
            }

            string? error = ReadElement(text, ref at, out int low, out Element kind, ref set);
            if (error is not null)
                return error;
            colonLast = false;
            ranges |= kind != Element.Byte;
            if (!StartsRange(text, at))
            {
                if (kind != Element.Class)
                    set.Add(low);
                colonLast = kind == Element.Byte && low == ':';
                otherBytes |= kind == Element.Byte && low != ':';
                continue;
            }

            if (kind is Element.Class or Element.Equivalence)
                return "Invalid range end";
            at++;
            error = ReadElement(text, ref at, out int high, out kind, ref set);
            if (error is not null)
                return error;

            // under -i the ends are compared as upper case ([Z-a] is Z to A), but the range is the bytes between them
            if (kind is Element.Class or Element.Equivalence || Upper(high, ignoreCase) < Upper(low, ignoreCase) || StartsRange(text, at))
                return "Invalid range end";
            set.AddRange(low, high);
            ranges = true;
        }

        classSyntax = colonFirst && colonLast && otherBytes && !ranges;
        if (ignoreCase)
            set = set.CaseFolded();
        if (inverted)
            set = set.Inverted();
        return null;
    }

    /// <summary>Whether a '-' at <paramref name="at"/> makes a range (it does unless it ends the expression).</summary>
    private static bool StartsRange(byte[] text, int at) => at + 1 < text.Length && text[at] == (byte)'-' && text[at + 1] != (byte)']';

    private static int Upper(int b, bool ignoreCase) => ignoreCase && b >= 'a' && b <= 'z' ? b - 'a' + 'A' : b;

    /// <summary>One byte (plain, [=c=] or [.c.]) into <paramref name="value"/>, or a [:class:] added to the set.</summary>
    private static string? ReadElement(byte[] text, ref int at, out int value, out Element kind, ref ByteSet set)
    {
        value = text[at];
        kind = Element.Byte;
        if (text[at] != (byte)'[' || at + 1 >= text.Length || text[at + 1] is not ((byte)':' or (byte)'=' or (byte)'.'))
        {
            at++;
            return null;
        }

        byte delimiter = text[at + 1];
        int nameStart = at + 2, end = nameStart;
        while (end + 1 < text.Length && !(text[end] == delimiter && text[end + 1] == (byte)']'))
            end++;
        if (end + 1 >= text.Length)
            return Unmatched;
        string name = Minix.Posix.Utf8Text.Decode(text.AsSpan(nameStart, end - nameStart));
        at = end + 2;
        if (delimiter == (byte)':')
        {
            if (!CharacterClasses.TryGet(name, out ByteSet members))
                return "Invalid character class name";
            set = set.Union(members);
            kind = Element.Class;
            return null;
        }

        // [=ab=] and [.ab.]: the C locale has no multi-byte collating elements
        if (end - nameStart != 1)
            return "Invalid collation character";
        value = text[nameStart];
        kind = delimiter == (byte)'.' ? Element.Collating : Element.Equivalence;
        return null;
    }
}
