namespace Minix.Commands.Ls;

/// <summary>The counts -w and -T take (and COLUMNS holds).</summary>
internal static class CountArgument
{
    /// <summary>A count as xstrtoumax reads it with base 0 (decimal, 0 octal, 0x hexadecimal); a count too large is the largest; null if it is not one.</summary>
    public static long? Parse(string text)
    {
        int at = 0;
        while (at < text.Length && text[at] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
            at++;
        if (at < text.Length && text[at] == '+')
            at++;
        int radix = 10;
        if (at + 1 < text.Length && text[at] == '0' && text[at + 1] is 'x' or 'X' && at + 2 < text.Length && (text[at + 2] is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F'))
        {
            radix = 16;
            at += 2;
        }
        else if (at < text.Length && text[at] == '0')
        {
            radix = 8;
        }

        if (at == text.Length)
            return null;
        long value = 0;
        for (; at < text.Length; at++)
        {
            int digit = text[at] is >= '0' and <= '9' ? text[at] - '0' : text[at] is >= 'a' and <= 'f' ? text[at] - 'a' + 10 : text[at] is >= 'A' and <= 'F' ? text[at] - 'A' + 10 : 99;
            if (digit >= radix)
                return null;
            value = value > (long.MaxValue - digit) / radix ? long.MaxValue : value * radix + digit;
        }

        return value;
    }
}
