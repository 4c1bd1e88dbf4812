using Minix.Commands.Libc;

namespace Minix.Commands.Touch;

/// <summary>
/// The times touch is told to set, as seconds since 1970-01-01 UTC (the system's time zone is UTC): -t's POSIX stamp
/// and GNU's -d dates.
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

    /// <summary>-d's date, as GNU's touch reads it (see <see cref="DateString"/>): whole seconds, as the file system keeps.</summary>
    /// <param name="text">The operand.</param>
    /// <param name="now">Gives the present, read only when the date leaves something out (a relative date, no year).</param>
    /// <returns>The moment, or null for text that is not a date.</returns>
    public static long? FromDate(string text, Func<long> now) =>
        DateString.TryParse(text, () => (now(), 0), out long seconds, out _) ? seconds : null;

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
