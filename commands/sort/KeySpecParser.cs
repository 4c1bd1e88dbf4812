using Minix.Commands.Libc;

namespace Minix.Commands.Sort;

/// <summary>
/// Reads a -k argument, POS1[,POS2] where POS is F[.C][OPTS], with GNU sort's messages for what it cannot read.
/// </summary>
internal static class KeySpecParser
{
    // beyond any line's length, and small enough that a field count plus one cannot overflow
    private const long Unlimited = long.MaxValue / 4;

    /// <summary>Reads <paramref name="spec"/>.</summary>
    /// <param name="spec">The argument of -k.</param>
    /// <param name="error">Why it could not be read, as sort's message; null when it could.</param>
    /// <returns>The key, or null after an error.</returns>
    public static SortKey? Parse(string spec, out string? error)
    {
        error = null;
        int at = 0;
        long? startField = ReadCount(spec, ref at);
        if (startField is null)
            return Fail(out error, "invalid number at field start: invalid count at start of " + Quoting.CStyle(spec.Substring(at)));
        if (startField == 0)
            return Fail(out error, "field number is zero: invalid field specification " + Quoting.CStyle(spec));
        long startCharacter = 1;
        if (at < spec.Length && spec[at] == '.')
        {
            at++;
            long? character = ReadCount(spec, ref at);
            if (character is null)
                return Fail(out error, "invalid number after '.': invalid count at start of " + Quoting.CStyle(spec.Substring(at)));
            if (character == 0)
                return Fail(out error, "character offset is zero: invalid field specification " + Quoting.CStyle(spec));
            startCharacter = character.Value;
        }

        KeyOptions options = ReadOptions(spec, ref at, KeyOptions.None, KeyOptions.SkipStartBlanks);
        long? endField = null;
        long endCharacter = 0;
        if (at < spec.Length && spec[at] == ',')
        {
            at++;
            endField = ReadCount(spec, ref at);
            if (endField is null)
                return Fail(out error, "invalid number after ',': invalid count at start of " + Quoting.CStyle(spec.Substring(at)));
            if (endField == 0)
                return Fail(out error, "field number is zero: invalid field specification " + Quoting.CStyle(spec));
            if (at < spec.Length && spec[at] == '.')
            {
                at++;
                long? character = ReadCount(spec, ref at);
                if (character is null)
                    return Fail(out error, "invalid number after '.': invalid count at start of " + Quoting.CStyle(spec.Substring(at)));
                endCharacter = character.Value;
            }

            options = ReadOptions(spec, ref at, options, KeyOptions.SkipEndBlanks);
        }

        if (at < spec.Length)
            return Fail(out error, "stray character in field spec: invalid field specification " + Quoting.CStyle(spec));
        return new SortKey
        {
            StartField = startField.Value - 1,
            StartCharacter = startCharacter - 1,
            EndField = endField - 1,
            EndCharacter = endCharacter,
            Options = options,
        };
    }

    private static SortKey? Fail(out string? error, string message)
    {
        error = message;
        return null;
    }

    /// <summary>
    /// A count as strtoumax reads it (leading white space and a '+' allowed, not a '-'); one too large for any line
    /// means "past the end". Null if there are no digits.
    /// </summary>
    private static long? ReadCount(string spec, ref int at)
    {
        int i = at;
        while (i < spec.Length && (spec[i] == ' ' || (spec[i] >= '\t' && spec[i] <= '\r')))
            i++;
        if (i < spec.Length && spec[i] == '+')
            i++;
        if (i >= spec.Length || spec[i] < '0' || spec[i] > '9')
            return null;
        long value = 0;
        for (; i < spec.Length && spec[i] >= '0' && spec[i] <= '9'; i++)
            value = Math.Min(Unlimited, value * 10 + (spec[i] - '0'));
        at = i;
        return value;
    }

    private static KeyOptions ReadOptions(string spec, ref int at, KeyOptions options, KeyOptions blanks)
    {
        for (; at < spec.Length && KeyOptionLetters.IsOption(spec[at]); at++)
            options = KeyOptionLetters.Add(options, spec[at], blanks);
        return options;
    }
}
