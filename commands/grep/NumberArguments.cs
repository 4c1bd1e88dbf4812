namespace Minix.Commands.Grep;

/// <summary>
/// The numbers of -A, -B, -C, -NUM and -m, read as GNU grep reads them (strtoimax in base 10: leading white space and
/// a sign allowed, nothing after the digits); a number too big for 64 bits stands for the biggest, as there.
/// </summary>
internal static class NumberArguments
{
    /// <summary>A context length: a number from 0 up.</summary>
    /// <param name="text">The argument.</param>
    /// <param name="lines">The number of lines (at most <see cref="int.MaxValue"/>, more than any file has).</param>
    /// <returns>False if it is not one.</returns>
    public static bool ContextLength(string text, out int lines)
    {
        lines = 0;
        if (!TryRead(text, out long value) || value < 0)
            return false;
        lines = (int)Math.Min(value, int.MaxValue);
        return true;
    }

    /// <summary>A -m count; a negative one means no limit, as in GNU grep 3.8.</summary>
    /// <param name="text">The argument.</param>
    /// <param name="count">The count, or <see cref="long.MaxValue"/> for no limit.</param>
    /// <returns>False if it is not a number.</returns>
    public static bool MaxCount(string text, out long count)
    {
        if (!TryRead(text, out count))
            return false;
        if (count < 0)
            count = long.MaxValue;
        return true;
    }

    private static bool TryRead(string text, out long value)
    {
        value = 0;
        int at = 0;
        while (at < text.Length && (text[at] == ' ' || (text[at] >= '\t' && text[at] <= '\r')))
            at++;
        bool negative = false;
        if (at < text.Length && (text[at] == '+' || text[at] == '-'))
            negative = text[at++] == '-';
        int digits = at;
        bool overflow = false;
        for (; at < text.Length && text[at] >= '0' && text[at] <= '9'; at++)
        {
            int digit = text[at] - '0';
            if (value > (long.MaxValue - digit) / 10)
                overflow = true;
            else
                value = value * 10 + digit;
        }

        if (at == digits || at != text.Length)
            return false;
        if (overflow)
            value = long.MaxValue;
        if (negative)
            value = -value;
        return true;
    }
}
