using Minix.Commands.Libc;

namespace Minix.Commands.Touch;

/// <summary>
/// The times touch is told to set, as seconds since 1970-01-01 UTC (the system's time zone is UTC): -t's POSIX stamp
/// and the forms of GNU's -d that name one moment.
/// </summary>
public static class TimeOperand
{
    /// <summary>
    /// -t's <c>[[CC]YY]MMDDhhmm[.ss]</c>: a two-digit year is 1969-1999 from 69, else 20YY; no year is this year.
    /// Seconds may be 60, as POSIX allows for a leap second: like GNU touch that is the next minute's first second.
    /// </summary>
    /// <param name="stamp">The operand.</param>
    /// <param name="now">Gives the present, read only for the year when the stamp has none.</param>
    /// <returns>The moment, or null if the stamp is malformed, too long or names no real date.</returns>
    public static long? FromStamp(string stamp, Func<long> now)
    {
        int point = stamp.IndexOf('.');
        string main = point < 0 ? stamp : stamp[..point];
        int second = 0;
        if (point >= 0 && (stamp.Length - point != 3 || !TryDigits(stamp, point + 1, 2, out second)))
            return null;
        // the length is checked before the digits are read, and each field is read alone, so no stamp however long
        // is ever read as one number
        if (main.Length is not (8 or 10 or 12) || !AllDigits(main))
            return null;
        int at = main.Length - 8;
        long year = main.Length switch
        {
            12 => Digits(main, 0, 4),
            10 => Digits(main, 0, 2) is int yy && yy >= 69 ? 1900 + yy : 2000 + yy,
            _ => CivilTime.FromUnix(now()).Year,
        };
        int leap = second == 60 ? 1 : 0;
        return Moment(year, Digits(main, at, 2), Digits(main, at + 2, 2), Digits(main, at + 4, 2), Digits(main, at + 6, 2), second - leap) + leap;
    }

    /// <summary>
    /// -d's forms that name one moment: <c>@SECONDS</c>, <c>YYYY-MM-DD</c>, and that followed by a space or <c>T</c> and
    /// <c>HH:MM</c> or <c>HH:MM:SS</c>, with an optional <c>Z</c> or <c> UTC</c> after it.
    /// </summary>
    /// <param name="text">The operand.</param>
    /// <returns>The moment, or null for any other text (GNU's relative forms, "yesterday" and the like, are not read).</returns>
    public static long? FromDate(string text)
    {
        string date = text.Trim();
        if (date.StartsWith('@'))
            return long.TryParse(date.AsSpan(1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long seconds) ? seconds : null;
        if (date.EndsWith(" UTC", StringComparison.Ordinal))
            date = date[..^4];
        else if (date.EndsWith('Z'))
            date = date[..^1];
        if (date.Length < 10 || date[4] != '-' || date[7] != '-')
            return null;
        if (!TryDigits(date, 0, 4, out int year) || !TryDigits(date, 5, 2, out int month) || !TryDigits(date, 8, 2, out int day))
            return null;
        int hour = 0, minute = 0, second = 0;
        if (date.Length > 10)
        {
            bool clock = (date[10] == ' ' || date[10] == 'T') && (date.Length == 16 || (date.Length == 19 && date[16] == ':'))
                && date[13] == ':' && TryDigits(date, 11, 2, out hour) && TryDigits(date, 14, 2, out minute)
                && (date.Length == 16 || TryDigits(date, 17, 2, out second));
            if (!clock)
                return null;
        }

        return Moment(year, month, day, hour, minute, second);
    }

    private static long? Moment(long year, int month, int day, int hour, int minute, int second)
    {
        if (month is < 1 or > 12 || day < 1 || day > DaysIn(year, month) || hour > 23 || minute > 59 || second > 59)
            return null;
        return CivilTime.DaysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    }

    private static int DaysIn(long year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool AllDigits(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
                return false;
        }

        return true;
    }

    /// <summary>Reads <paramref name="count"/> digits (at most four: a field of a date, never a whole stamp).</summary>
    private static bool TryDigits(string text, int at, int count, out int value)
    {
        value = 0;
        if (at + count > text.Length)
            return false;
        for (int i = at; i < at + count; i++)
        {
            if (text[i] is < '0' or > '9')
                return false;
            value = value * 10 + (text[i] - '0');
        }

        return true;
    }

    private static int Digits(string text, int at, int count)
    {
        TryDigits(text, at, count, out int value);
        return value;
    }
}
