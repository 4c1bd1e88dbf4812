namespace Minix.Commands.Od;

/// <summary>
/// od's -j (skip) and -N (count) arguments, read as coreutils reads them (gnulib's xstrtoumax, base 0, suffixes
/// "bEGKkMmPTYZ0"): optional blanks and '+', then decimal, octal after a leading 0 or hexadecimal after 0x, then an
/// optional multiplier: b (512), k or K (1024), M or m, G, T, P, E, Z, Y (powers of 1024), each but b optionally
/// followed by iB (the same) or B or D (powers of 1000). A suffix alone counts one of its unit ("k" is 1024).
/// </summary>
public static class ByteCountArgument
{
    /// <summary>How a reading ended.</summary>
    public enum Outcome
    {
        /// <summary>A count.</summary>
        Valid,

        /// <summary>Not a number at all ("invalid -j argument 'x'").</summary>
        Invalid,

        /// <summary>A number followed by something that is not a multiplier ("invalid suffix in -j argument '1x'").</summary>
        InvalidSuffix,

        /// <summary>More than 2^64 - 1 ("-j argument '1Z' too large").</summary>
        TooLarge,
    }

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <param name="text">The argument.</param>
    /// <param name="value">The count, when valid.</param>
    /// <returns>Whether it is a count, and if not, why.</returns>
    public static Outcome Parse(string text, out ulong value)
    {
        value = 0;
        int at = 0;
        while (at < text.Length && IsSpace(text[at]))
            at++;
        if (at < text.Length && text[at] == '-')
            return Outcome.Invalid;
        if (at < text.Length && text[at] == '+')
            at++;
        bool overflow = false;
        int digitsStart = at;
        at = ReadNumber(text, at, ref value, ref overflow);
        if (at == digitsStart)
        {
            // no number: a multiplier alone stands for one of it, anything else is no argument at all
            at = 0;
            if (text.Length == 0 || "bEGKkMmPTYZ".IndexOf(text[0]) < 0)
                return Outcome.Invalid;
            value = 1;
        }

        if (at == text.Length)
            return overflow ? Outcome.TooLarge : Outcome.Valid;
        int length = SuffixLength(text, at, out ulong unit, out int power);
        if (length == 0)
            return Outcome.InvalidSuffix;
        for (int i = 0; i < power; i++)
        {
            if (value > ulong.MaxValue / unit)
            {
                overflow = true;
                value = ulong.MaxValue;
                break;
            }

            value *= unit;
        }

        if (at + length != text.Length)
            return Outcome.InvalidSuffix;
        return overflow ? Outcome.TooLarge : Outcome.Valid;
    }

    /// <summary>The digits at <paramref name="at"/> in the base their prefix says (strtoumax's base 0).</summary>
    /// <returns>Just past the number; <paramref name="at"/> itself if there is none ("0x" alone is the number 0).</returns>
    private static int ReadNumber(string text, int at, ref ulong value, ref bool overflow)
    {
        uint radix = 10;
        if (at < text.Length && text[at] == '0')
        {
            radix = 8;
            if (at + 2 < text.Length && (text[at + 1] == 'x' || text[at + 1] == 'X') && DigitValue(text[at + 2]) < 16)
            {
                radix = 16;
                at += 2;
            }
        }

        while (at < text.Length && DigitValue(text[at]) < radix)
        {
            uint digit = DigitValue(text[at++]);
            if (value > (ulong.MaxValue - digit) / radix)
            {
                overflow = true;
                value = ulong.MaxValue;
            }
            else if (!overflow)
            {
                value = value * radix + digit;
            }
        }

        return at;
    }

    /// <summary>The length of the multiplier at <paramref name="at"/> (0 if it is none), its unit and how many times it applies.</summary>
    private static int SuffixLength(string text, int at, out ulong unit, out int power)
    {
        char letter = text[at];
        unit = 1024;
        power = "KMGTPEZY".IndexOf(char.ToUpperInvariant(letter)) + 1;
        if (letter == 'b')
        {
            unit = 512;
            power = 1;
            return 1;
        }

        // lower-case t, g, p, e, z and y are not od's
        if (power == 0 || (char.IsLower(letter) && letter != 'k' && letter != 'm'))
            return 0;
        if (at + 2 < text.Length && text[at + 1] == 'i' && text[at + 2] == 'B')
            return 3;
        if (at + 1 < text.Length && (text[at + 1] == 'B' || text[at + 1] == 'D'))
        {
            unit = 1000;
            return 2;
        }

        return 1;
    }

    private static uint DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => (uint)(c - '0'),
        >= 'a' and <= 'f' => (uint)(c - 'a' + 10),
        >= 'A' and <= 'F' => (uint)(c - 'A' + 10),
        _ => 99,
    };

    private static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');
}
