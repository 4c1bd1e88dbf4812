namespace Minix.Commands.Libc;

/// <summary>
/// A moment as the calendar names it, in UTC (the system keeps no time zones), and strftime(3)'s conversions in the
/// C locale, for date and ls.
/// </summary>
public readonly struct CivilTime
{
    /// <summary>Seconds since 1970-01-01 00:00:00 UTC.</summary>
    public long Seconds { get; }

    /// <summary>Nanoseconds past <see cref="Seconds"/>, 0 to 999999999 (%N).</summary>
    public long Nanoseconds { get; }

    /// <summary>The year.</summary>
    public long Year { get; }

    /// <summary>The month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1 to 31.</summary>
    public int Day { get; }

    /// <summary>The hour, 0 to 23.</summary>
    public int Hour { get; }

    /// <summary>The minute.</summary>
    public int Minute { get; }

    /// <summary>The second.</summary>
    public int Second { get; }

    /// <summary>The day of the week, 0 (Sunday) to 6.</summary>
    public int WeekDay { get; }

    /// <summary>The day of the year, 0 to 365.</summary>
    public int YearDay { get; }

    private CivilTime(long seconds, long nanoseconds)
    {
        Seconds = seconds;
        Nanoseconds = nanoseconds;
        long days = FloorDivide(seconds, 86400);
        long inDay = seconds - days * 86400;
        Hour = (int)(inDay / 3600);
        Minute = (int)(inDay / 60 % 60);
        Second = (int)(inDay % 60);
        WeekDay = (int)((days % 7 + 11) % 7); // 1970-01-01 was a Thursday

        // Days to a date in a calendar whose years start in March, so the leap day ends a year.
        long shifted = days + 719468;
        long era = FloorDivide(shifted, 146097);
        long dayOfEra = shifted - era * 146097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        Day = (int)(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        Month = (int)(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        Year = yearOfEra + era * 400 + (Month <= 2 ? 1 : 0);
        YearDay = (int)(days - DaysFromCivil(Year, 1, 1));
    }

    /// <summary>The moment <paramref name="seconds"/> after the epoch.</summary>
    /// <param name="seconds">Seconds since 1970-01-01 UTC.</param>
    /// <returns>Its calendar date and time.</returns>
    public static CivilTime FromUnix(long seconds) => new(seconds, 0);

    /// <summary>The moment <paramref name="seconds"/> and <paramref name="nanoseconds"/> after the epoch.</summary>
    /// <param name="seconds">Seconds since 1970-01-01 UTC.</param>
    /// <param name="nanoseconds">Nanoseconds past them, 0 to 999999999.</param>
    /// <returns>Its calendar date and time.</returns>
    public static CivilTime FromUnix(long seconds, long nanoseconds) => new(seconds, nanoseconds);

    /// <summary>Days from 1970-01-01 to a date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day.</param>
    /// <returns>The day number (negative before 1970).</returns>
    public static long DaysFromCivil(long year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = FloorDivide(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /// <summary>strftime(3) as GNU's date writes it, in the C locale: see <see cref="TimeFormat"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public string Format(string format) => TimeFormat.Format(this, format);

    internal static long FloorDivide(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
}
