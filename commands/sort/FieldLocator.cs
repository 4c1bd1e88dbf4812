namespace Minix.Commands.Sort;

/// <summary>
/// Finds a key in a line. Without -t a field is a run of blanks followed by non-blanks (so its leading blanks belong
/// to it); with -t it is the text between separators. A character position may run past its field into the next,
/// as in GNU sort; a key that would end before it starts is empty.
/// </summary>
internal static class FieldLocator
{
    /// <summary>Blanks in the C locale: space and tab, and the newline, which is inside lines with -z.</summary>
    public static bool IsBlank(byte b) => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\n';

    /// <summary>The key's bytes in <paramref name="line"/>.</summary>
    /// <param name="line">The line, without its delimiter.</param>
    /// <param name="key">The key.</param>
    /// <param name="separator">-t's byte, or -1 for fields separated by blanks.</param>
    /// <returns>The key's part of the line.</returns>
    public static ReadOnlySpan<byte> Find(ReadOnlySpan<byte> line, SortKey key, int separator)
    {
        int start = Start(line, key, separator);
        int limit = Math.Max(start, Limit(line, key, separator));
        return line.Slice(start, limit - start);
    }

    private static int Start(ReadOnlySpan<byte> line, SortKey key, int separator)
    {
        int at = 0;
        for (long field = key.StartField; field > 0 && at < line.Length; field--)
        {
            if (separator >= 0)
            {
                at = EndOfField(line, at, separator);
                if (at < line.Length)
                    at++;
            }
            else
            {
                at = PastBlankField(line, at);
            }
        }

        if ((key.Options & KeyOptions.SkipStartBlanks) != 0)
            at = PastBlanks(line, at);
        return (int)Math.Min(line.Length, at + key.StartCharacter);
    }

    private static int Limit(ReadOnlySpan<byte> line, SortKey key, int separator)
    {
        if (key.EndField is not long endField)
            return line.Length;

        // a character position counts from the start of its field; without one the key takes all of the field
        long fields = key.EndCharacter == 0 ? endField + 1 : endField;
        int at = 0;
        while (at < line.Length && fields > 0)
        {
            fields--;
            if (separator >= 0)
            {
                at = EndOfField(line, at, separator);
                // stop on the separator that ends the key's field, but step over those before it
                if (at < line.Length && (fields > 0 || key.EndCharacter != 0))
                    at++;
            }
            else
            {
                at = PastBlankField(line, at);
            }
        }

        if (key.EndCharacter == 0)
            return at;
        if ((key.Options & KeyOptions.SkipEndBlanks) != 0)
            at = PastBlanks(line, at);
        return (int)Math.Min(line.Length, at + key.EndCharacter);
    }

    private static int EndOfField(ReadOnlySpan<byte> line, int at, int separator)
    {
        while (at < line.Length && line[at] != separator)
            at++;
        return at;
    }

    private static int PastBlankField(ReadOnlySpan<byte> line, int at)
    {
        at = PastBlanks(line, at);
        while (at < line.Length && !IsBlank(line[at]))
            at++;
        return at;
    }

    private static int PastBlanks(ReadOnlySpan<byte> line, int at)
    {
        while (at < line.Length && IsBlank(line[at]))
            at++;
        return at;
    }
}
