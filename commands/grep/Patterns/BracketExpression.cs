namespace Minix.Commands.Grep.Patterns;

/// <summary>
/// Reads a bracket expression ("[a-z[:digit:]_]", "[^]x]") into the bytes it matches: ranges by byte value (the C
/// locale), [:class:], and [=c=] and [.c.] of one byte; a backslash is an ordinary byte inside.
/// </summary>
public static class BracketExpression
{
    /// <summary>The error GNU grep gives for a bracket expression without its end.</summary>
    public const string Unmatched = "Unmatched [, [^, [:, [., or [=";

    /// <summary>Reads the expression whose '[' is at <paramref name="at"/>.</summary>
    /// <param name="text">The pattern.</param>
    /// <param name="at">At the '['; after the reading, just past the closing ']'.</param>
    /// <param name="ignoreCase">Whether a letter stands for both its cases (folded before a '^' inverts the set).</param>
    /// <param name="set">The bytes matched.</param>
    /// <returns>Null, or GNU's message for a malformed expression.</returns>
    public static string? Read(byte[] text, ref int at, bool ignoreCase, out ByteSet set)
    {
        set = new ByteSet();
        int start = at;
        at++;
        bool inverted = at < text.Length && text[at] == (byte)'^';
        if (inverted)
            at++;
        int first = at;
        while (true)
        {
            if (at >= text.Length)
                return Unmatched;
            if (text[at] == (byte)']' && at > first)
            {
                at++;
                break;
            }

            string? error = ReadElement(text, ref at, out int low, out bool isClass, ref set);
            if (error is not null)
                return error;
            if (isClass)
            {
                if (at + 1 < text.Length && text[at] == (byte)'-' && text[at + 1] != (byte)']')
                    return "Invalid range end";
                continue;
            }

            if (at + 1 < text.Length && text[at] == (byte)'-' && text[at + 1] != (byte)']')
            {
                at++;
                error = ReadElement(text, ref at, out int high, out isClass, ref set);
                if (error is not null)
                    return error;
                if (isClass || high < low)
                    return "Invalid range end";
                set.AddRange(low, high);
            }
            else
            {
                set.Add(low);
            }
        }

        // "[:space:]" is almost always a forgotten pair of brackets, so GNU refuses it
        if (!inverted && at - start >= 4 && text[start + 1] == (byte)':' && text[at - 2] == (byte)':')
            return "character class syntax is [[:space:]], not [:space:]";
        if (ignoreCase)
            set = set.CaseFolded();
        if (inverted)
            set = set.Inverted();
        return null;
    }

    /// <summary>One byte (plain, [=c=] or [.c.]) into <paramref name="value"/>, or a [:class:] added to the set.</summary>
    private static string? ReadElement(byte[] text, ref int at, out int value, out bool isClass, ref ByteSet set)
    {
        value = text[at];
        isClass = false;
        if (text[at] != (byte)'[' || at + 1 >= text.Length || text[at + 1] is not ((byte)':' or (byte)'=' or (byte)'.'))
        {
            at++;
            return null;
        }

        byte kind = text[at + 1];
        int nameStart = at + 2, end = nameStart;
        while (end + 1 < text.Length && !(text[end] == kind && text[end + 1] == (byte)']'))
            end++;
        if (end + 1 >= text.Length)
            return Unmatched;
        string name = Minix.Posix.Utf8Text.Decode(text.AsSpan(nameStart, end - nameStart));
        at = end + 2;
        if (kind == (byte)':')
        {
            if (!CharacterClasses.TryGet(name, out ByteSet members))
                return "Invalid character class name";
            set = set.Union(members);
            isClass = true;
            return null;
        }

        if (end - nameStart != 1)
            return kind == (byte)'.' ? "Invalid collation character" : "Invalid character class name";
        value = text[nameStart];
        return null;
    }
}
