namespace Minix.Commands.Sleep;

/// <summary>
/// A sleep operand, read as GNU sleep reads it: a number as strtod(3) reads one in the C locale (optional blanks
/// and '+', decimal digits with an optional point and e exponent, hexadecimal "0x" digits with an optional point
/// and p exponent, or "inf"/"infinity" in any case), then nothing or one of s, m, h and d. Not a number (NaN) and
/// negative numbers are refused; -0 is zero.
/// </summary>
public static class Interval
{
    /// <summary>Reads <paramref name="operand"/>.</summary>
    /// <param name="operand">The operand.</param>
    /// <param name="seconds">The interval in seconds, positive infinity for "inf".</param>
    /// <returns>False if it is not an interval.</returns>
    public static bool TryParse(string operand, out double seconds)
    {
        seconds = 0;
        int at = 0;
        while (at < operand.Length && (operand[at] == ' ' || (operand[at] >= '\t' && operand[at] <= '\r')))
            at++;
        bool negative = at < operand.Length && operand[at] == '-';
        if (at < operand.Length && (operand[at] == '-' || operand[at] == '+'))
            at++;
        int start = at;
        double value = Infinity(operand, ref at);
        if (at == start)
            value = HexadecimalNumber(operand, ref at);
        if (at == start)
            value = DecimalNumber(operand, ref at);
        if (at == start)
            return false;
        if (negative && value != 0)
            return false;
        if (at < operand.Length)
        {
            if (at + 1 != operand.Length)
                return false;
            int unit = "smhd".IndexOf(operand[at]);
            if (unit < 0)
                return false;
            value *= unit switch { 0 => 1, 1 => 60, 2 => 3600, _ => 86400 };
        }

        seconds = value;
        return true;
    }

    /// <summary>"inf" or "infinity", in any case.</summary>
    private static double Infinity(string text, ref int at)
    {
        if (!HasWord(text, at, "inf"))
            return 0;
        at += HasWord(text, at, "infinity") ? 8 : 3;
        return double.PositiveInfinity;
    }

    /// <summary>Digits with an optional point (at least one digit), then an optional exponent "e[+-]digits".</summary>
    private static double DecimalNumber(string text, ref int at)
    {
        int i = at;
        if (!Mantissa(text, ref i, 10, 1, out double value, out int exponent))
            return 0;
        at = i;
        exponent += Exponent(text, ref at, 'e');
        return Scale(value, 10, exponent);
    }

    /// <summary>"0x", hexadecimal digits with an optional point (at least one digit), then an optional binary exponent "p[+-]digits".</summary>
    private static double HexadecimalNumber(string text, ref int at)
    {
        if (at + 1 >= text.Length || text[at] != '0' || (text[at + 1] != 'x' && text[at + 1] != 'X'))
            return 0;
        int i = at + 2;
        if (!Mantissa(text, ref i, 16, 4, out double value, out int exponent))
            return 0; // "0x" alone is the number 0 followed by "x": the decimal reading finds it
        at = i;
        exponent += Exponent(text, ref at, 'p');
        return Scale(value, 2, exponent);
    }

    /// <summary>
    /// Digits in <paramref name="radix"/> with an optional point, read from <paramref name="at"/>: their value as a
    /// whole number, and the exponent (in the scale's own base) that the digits after the point take off it, each
    /// such digit <paramref name="exponentStep"/>. False, nothing read, if there is no digit.
    /// </summary>
    private static bool Mantissa(string text, ref int at, int radix, int exponentStep, out double value, out int exponent)
    {
        int i = at, digits = 0;
        value = 0;
        exponent = 0;
        bool point = false;
        for (; i < text.Length; i++)
        {
            if (text[i] == '.' && !point)
            {
                point = true;
                continue;
            }

            int digit = HexDigit(text[i]);
            if (digit < 0 || digit >= radix)
                break;
            digits++;
            value = (value * radix) + digit;
            if (point)
                exponent -= exponentStep;
        }

        if (digits == 0)
            return false;
        at = i;
        return true;
    }

    /// <summary>An exponent after <paramref name="letter"/> (either case), if digits follow; else 0 and nothing read.</summary>
    private static int Exponent(string text, ref int at, char letter)
    {
        if (at >= text.Length || char.ToLowerInvariant(text[at]) != letter)
            return 0;
        int i = at + 1;
        bool negative = i < text.Length && text[i] == '-';
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            i++;
        if (i >= text.Length || text[i] is < '0' or > '9')
            return 0;
        int exponent = 0;
        for (; i < text.Length && text[i] >= '0' && text[i] <= '9'; i++)
            exponent = Math.Min(exponent * 10 + (text[i] - '0'), 100000);
        at = i;
        return negative ? -exponent : exponent;
    }

    /// <summary><paramref name="value"/> times <paramref name="radix"/> to the power <paramref name="exponent"/>; overflow is infinity, underflow zero.</summary>
    private static double Scale(double value, int radix, int exponent)
    {
        if (value == 0)
            return 0;
        for (; exponent > 0 && !double.IsInfinity(value); exponent--)
            value *= radix;
        for (; exponent < 0 && value != 0; exponent++)
            value /= radix;
        return value;
    }

    private static bool HasWord(string text, int at, string word)
    {
        if (at + word.Length > text.Length)
            return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(text[at + i]) != word[i])
                return false;
        }

        return true;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
