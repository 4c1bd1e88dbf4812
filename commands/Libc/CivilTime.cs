using System.Text;

namespace Minix.Commands.Libc;

/// <summary>
/// A moment as the calendar names it, in UTC (the system keeps no time zones), and strftime(3)'s conversions in the
/// C locale, for date and ls.
/// </summary>
public readonly struct CivilTime
{
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

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

    /// <summary>strftime(3) in the C locale, with GNU's padding flags (<c>-</c>, <c>_</c>, <c>0</c>) and GNU's %N with its width (%3N: milliseconds).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public string Format(string format)
    {
        var text = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 == format.Length)
            {
                text.Append(format[i]);
                continue;
            }

            char pad = '\0';
            int start = i;
            if (format[i + 1] is '-' or '_' or '0' or '^' or '#')
                pad = format[++i];
            if (i + 1 == format.Length)
            {
                text.Append(format, start, format.Length - start);
                break;
            }

            int width = -1;
            if (IsWidthOfN(format, i + 1, out int end))
            {
                width = 0;
                while (i + 1 < end)
                    width = width * 10 + (format[++i] - '0');
            }

            char conversion = format[++i];
            if (conversion == 'N')
                FractionDigits(text, width, pad);
            else if (!Convert(text, conversion, pad))
                text.Append(format, start, i - start + 1);
        }

        return text.ToString();
    }

    private bool Convert(StringBuilder text, char conversion, char pad)
    {
        switch (conversion)
        {
            case 'a': text.Append(Cased(DayNames[WeekDay].Substring(0, 3), pad)); break;
            case 'A': text.Append(Cased(DayNames[WeekDay], pad)); break;
            case 'b' or 'h': text.Append(Cased(MonthNames[Month - 1].Substring(0, 3), pad)); break;
            case 'B': text.Append(Cased(MonthNames[Month - 1], pad)); break;
            case 'c': text.Append(Format("%a %b %e %H:%M:%S %Y")); break;
            case 'C': Number(text, Year / 100, 2, '0', pad); break;
            case 'd': Number(text, Day, 2, '0', pad); break;
            case 'D' or 'x': text.Append(Format("%m/%d/%y")); break;
            case 'e': Number(text, Day, 2, ' ', pad); break;
            case 'F': text.Append(Format("%Y-%m-%d")); break;
            case 'H': Number(text, Hour, 2, '0', pad); break;
            case 'I': Number(text, (Hour + 11) % 12 + 1, 2, '0', pad); break;
            case 'j': Number(text, YearDay + 1, 3, '0', pad); break;
            case 'k': Number(text, Hour, 2, ' ', pad); break;
            case 'l': Number(text, (Hour + 11) % 12 + 1, 2, ' ', pad); break;
            case 'm': Number(text, Month, 2, '0', pad); break;
            case 'M': Number(text, Minute, 2, '0', pad); break;
            case 'n': text.Append('\n'); break;
            case 'p': text.Append(Hour < 12 ? "AM" : "PM"); break;
            case 'P': text.Append(Hour < 12 ? "am" : "pm"); break;
            case 'r': text.Append(Format("%I:%M:%S %p")); break;
            case 'R': text.Append(Format("%H:%M")); break;
            case 's': text.Append(Seconds); break;
            case 'U': Number(text, CalendarWeeks.FromSunday(YearDay, WeekDay), 2, '0', pad); break;
            case 'W': Number(text, CalendarWeeks.FromMonday(YearDay, WeekDay), 2, '0', pad); break;
            case 'V': Number(text, CalendarWeeks.Iso(Year, YearDay, WeekDay, out _), 2, '0', pad); break;
            case 'G': CalendarWeeks.Iso(Year, YearDay, WeekDay, out long isoYear); Number(text, isoYear, 4, '0', pad); break;
            case 'g': CalendarWeeks.Iso(Year, YearDay, WeekDay, out long shortYear); Number(text, shortYear % 100, 2, '0', pad); break;
            case 'S': Number(text, Second, 2, '0', pad); break;
            case 't': text.Append('\t'); break;
            case 'T' or 'X': text.Append(Format("%H:%M:%S")); break;
            case 'u': text.Append(WeekDay == 0 ? 7 : WeekDay); break;
            case 'w': text.Append(WeekDay); break;
            case 'y': Number(text, Year % 100, 2, '0', pad); break;
            case 'Y': Number(text, Year, 4, '0', pad); break;
            case 'q': text.Append((Month + 2) / 3); break;
            case 'z': text.Append("+0000"); break;
            case 'Z': text.Append("UTC"); break;
            case '%': text.Append('%'); break;
            default: return false;
        }

        return true;
    }

    /// <summary>Whether digits at <paramref name="at"/> end just before an N (a width for %N; others take none here), and where.</summary>
    private static bool IsWidthOfN(string format, int at, out int end)
    {
        end = at;
        while (end < format.Length && format[end] >= '0' && format[end] <= '9')
            end++;
        return end > at && end - at < 6 && end < format.Length && format[end] == 'N';
    }

    /// <summary>
    /// %N as GNU writes it: the nanoseconds' first <paramref name="width"/> digits (9 if none given); given a width or
    /// the '_' flag, trailing zeros give way to the padding ('_' spaces, '-' none, else zeros), on the right.
    /// </summary>
    private void FractionDigits(StringBuilder text, int width, char pad)
    {
        if (width <= 0 && pad == '-')
            pad = '0';
        if (width <= 0)
            width = 9;
        long n = Nanoseconds;
        int digits = 9;
        while (width < digits || (digits > 1 && n % 10 == 0))
        {
            digits--;
            n /= 10;
        }

        text.Append(n.ToString().PadLeft(digits, '0'));
        if (pad != '-')
            text.Append(pad == '_' ? ' ' : '0', width - digits);
    }

    private static string Cased(string name, char pad) => pad == '^' ? name.ToUpperInvariant() : name;

    private static void Number(StringBuilder text, long value, int width, char fill, char pad)
    {
        if (pad == '-')
        {
            text.Append(value);
            return;
        }

        if (pad == '_')
            fill = ' ';
        else if (pad == '0')
            fill = '0';
        string digits = value.ToString();
        for (int i = digits.Length; i < width; i++)
            text.Append(fill);
        text.Append(digits);
    }

    private static long FloorDivide(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
}
