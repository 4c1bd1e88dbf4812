namespace Minix.Commands.Libc;

/// <summary>
/// A date as GNU's date -d and touch -d read it (a part of parse_datetime's language), in UTC: <c>@SECONDS[.FRACTION]</c>;
/// or items in any order, separated by blanks: a calendar date (<c>2026-12-07</c>, <c>12/07/2026</c>, <c>12/07</c>),
/// a time of day (<c>10:20</c>, <c>10:20:30.25</c>, <c>10pm</c>, a <c>T</c> joining it to the date) with an optional
/// zone (<c>Z</c>, <c>UTC</c>, <c>+01:00</c>, <c>-0500</c>), a day of the week (<c>monday</c>, <c>next fri</c>,
/// <c>last sunday</c>), and relative items (<c>now</c>, <c>today</c>, <c>yesterday</c>, <c>tomorrow</c>, <c>2 days</c>,
/// <c>-3 weeks</c>, <c>next month</c>, <c>1 hour ago</c>). Case does not matter.
/// </summary>
public sealed partial class DateString
{
    private static readonly string[] WeekDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private readonly string _text;
    private int _at;

    // what the items said; null where an item was not given
    private long? _year;
    private int _month, _day;
    private int? _hour, _weekDay, _zoneOffset;
    private int _minute, _second, _weekOrdinal;
    private long _nanoseconds;
    private long _relativeYears, _relativeMonths, _relativeDays, _relativeSeconds;
    private bool _hadRelative;

    private DateString(string text) => _text = text.ToLowerInvariant();

    /// <summary>Reads <paramref name="text"/> as the moment it names.</summary>
    /// <param name="text">The date, as given.</param>
    /// <param name="now">
    /// Gives the present (seconds since 1970-01-01 UTC and nanoseconds), what the items not given are taken from; it is
    /// called only when some are missing (a date and a time both given need no clock).
    /// </param>
    /// <param name="seconds">The moment, seconds since 1970-01-01 UTC.</param>
    /// <param name="nanoseconds">Its nanoseconds.</param>
    /// <returns>False if the text is not a date this reader knows (GNU's "invalid date").</returns>
    public static bool TryParse(string text, Func<(long Seconds, long Nanoseconds)> now, out long seconds, out long nanoseconds)
    {
        seconds = nanoseconds = 0;
        var reader = new DateString(text);
        return reader.ReadSeconds(out seconds, out nanoseconds) ?? (reader.ReadItems() && reader.Resolve(now, out seconds, out nanoseconds));
    }

    /// <summary>@SECONDS[.FRACTION]: null when the text does not start with '@'.</summary>
    private bool? ReadSeconds(out long seconds, out long nanoseconds)
    {
        seconds = nanoseconds = 0;
        string trimmed = _text.Trim();
        if (!trimmed.StartsWith('@'))
            return null;
        _at = _text.IndexOf('@') + 1;
        SkipBlanks();
        int sign = 1;
        if (_at < _text.Length && _text[_at] is '+' or '-')
            sign = _text[_at++] == '-' ? -1 : 1;
        if (!Number(out long whole, out int digits) || digits > 18)
            return false;
        long fraction = Fraction();
        SkipBlanks();
        if (_at != _text.Length)
            return false;
        seconds = sign * whole;
        nanoseconds = fraction;
        if (sign < 0 && fraction > 0)
        {
            // -1.5 is 2 seconds before the epoch and a half second on
            seconds--;
            nanoseconds = 1_000_000_000 - fraction;
        }

        return true;
    }

    private bool ReadItems()
    {
        // as GNU's: a date of nothing (or blanks) is today's midnight
        if (string.IsNullOrWhiteSpace(_text))
            (_hour, _minute, _second) = (0, 0, 0);
        while (true)
        {
            SkipBlanks();
            if (_at == _text.Length)
                return true;
            char c = _text[_at];
            bool read = char.IsAsciiDigit(c) ? ReadNumberItem()
                : c is '+' or '-' ? ReadSignedRelative()
                : char.IsAsciiLetter(c) ? ReadWordItem()
                : false;
            if (!read)
                return false;
        }
    }

    /// <summary>
    /// The moment the items name: the date given or today; the time given, or midnight when a date or a day of the week
    /// was given, else the present's; then the day of the week (with no date), the years, months and days added to the
    /// calendar (a day past the month's end runs into the next), the zone, and the hours, minutes and seconds added.
    /// </summary>
    private bool Resolve(Func<(long Seconds, long Nanoseconds)> clock, out long seconds, out long nanoseconds)
    {
        seconds = nanoseconds = 0;
        bool dateKnown = _year is long known && known >= 0;
        bool timeKnown = _hour is not null || _year is not null || _weekDay is not null;
        CivilTime now = default;
        if (!dateKnown || !timeKnown)
        {
            var (nowSeconds, nowNanoseconds) = clock();
            now = CivilTime.FromUnix(nowSeconds, nowNanoseconds);
        }

        long year = _year is long given && given >= 0 ? given : now.Year;
        int month = _year is null ? now.Month : _month, day = _year is null ? now.Day : _day;
        if (_year is not null && (month < 1 || day < 1 || day > DaysIn(year, month)))
            return false;
        bool midnight = _hour is null && (_year is not null || _weekDay is not null);
        long hour = _hour ?? (midnight ? 0 : now.Hour), minute = _hour is null ? (midnight ? 0 : now.Minute) : _minute;
        long second = _hour is null ? (midnight ? 0 : now.Second) : _second;
        nanoseconds = _hour is null ? (midnight ? 0 : now.Nanoseconds) : _nanoseconds;
        long days = CivilTime.DaysFromCivil(year, month, day);
        if (_weekDay is int weekDay && _year is null)
        {
            int today = (int)(((days % 7) + 11) % 7);
            days += (weekDay - today + 7) % 7 + 7 * (_weekOrdinal - (_weekOrdinal > 0 && today != weekDay ? 1 : 0));
        }

        if (_relativeYears != 0 || _relativeMonths != 0 || _relativeDays != 0)
        {
            CivilTime date = CivilTime.FromUnix(days * 86400);
            long months = date.Year * 12 + (date.Month - 1) + _relativeYears * 12 + _relativeMonths;
            long newYear = months / 12, monthIndex = months % 12;
            if (monthIndex < 0)
                (newYear, monthIndex) = (newYear - 1, monthIndex + 12);
            days = CivilTime.DaysFromCivil(newYear, (int)monthIndex + 1, 1) + date.Day - 1 + _relativeDays;
        }

        seconds = days * 86400 + hour * 3600 + minute * 60 + second - (_zoneOffset ?? 0) + _relativeSeconds;
        return true;
    }

    private static int DaysIn(long year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
