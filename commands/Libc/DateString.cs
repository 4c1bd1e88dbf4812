namespace Minix.Commands.Libc;

/// <summary>
/// A date as GNU's date -d and touch -d read it (a part of parse_datetime's language), in UTC: <c>@SECONDS[.FRACTION]</c>;
/// or items in any order, separated by blanks: a calendar date (<c>2026-12-07</c>, <c>12/07/2026</c>, <c>12/07</c>),
/// a time of day (<c>10:20</c>, <c>10:20:30.25</c>, <c>10pm</c>, a <c>T</c> joining it to the date) with an optional
/// zone (<c>Z</c>, <c>UTC</c>, <c>+01:00</c>, <c>-0500</c>), a day of the week (<c>monday</c>, <c>next fri</c>,
/// <c>last sunday</c>), and relative items (<c>now</c>, <c>today</c>, <c>yesterday</c>, <c>tomorrow</c>, <c>2 days</c>,
/// <c>-3 weeks</c>, <c>next month</c>, <c>1 hour ago</c>). Case does not matter.
/// </summary>
public sealed class DateString
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

    /// <summary>A date, a time, or a number of units, by what follows the first number.</summary>
    private bool ReadNumberItem()
    {
        int start = _at;
        Number(out long first, out int digits);
        char next = _at < _text.Length ? _text[_at] : '\0';
        if (next == '-' && _at + 1 < _text.Length && char.IsAsciiDigit(_text[_at + 1]))
            return ReadIsoDate(first, digits);
        if (next == '/')
            return ReadSlashDate(first);
        if (next == ':')
        {
            _at = start;
            return ReadTime();
        }

        int afterNumber = _at;
        SkipBlanks();
        if (Word() is string word && word != "ago")
        {
            if (word is "am" or "pm" or "a.m." or "p.m.")
            {
                _at = start;
                return ReadTime();
            }

            if (Unit(word) is var (months, secondsPer) && digits <= 9)
            {
                AddRelative(first, months, secondsPer);
                return true;
            }
        }

        _at = afterNumber;
        return ReadPlainNumber(first, digits);
    }

    /// <summary>
    /// A number alone, as GNU's reads it: the year of a date that had none (after a time, or with more than two
    /// digits, and before any relative item); with more than four digits a date YYYYMMDD; else a time, H, HH or HHMM
    /// (a signed number after it is a relative item, not a zone).
    /// </summary>
    private bool ReadPlainNumber(long value, int digits)
    {
        if (_year == -1 && !_hadRelative && (_hour is not null || digits > 2))
        {
            _year = value;
            return true;
        }

        if (digits > 4)
        {
            if (_year is not null)
                return false;
            (_year, _month, _day) = (value / 10000, (int)(value / 100 % 100), (int)(value % 100));
            return _month <= 12 && _day <= 31;
        }

        if (_hour is not null)
            return false;
        long hour = digits <= 2 ? value : value / 100, minute = digits <= 2 ? 0 : value % 100;
        if (hour > 23 || minute > 59)
            return false;
        (_hour, _minute, _second) = ((int)hour, (int)minute, 0);
        return true;
    }

    /// <summary>YYYY-MM-DD (a two-digit year is 1969 to 2068), and a time after a T.</summary>
    private bool ReadIsoDate(long year, int yearDigits)
    {
        if (_year is not null)
            return false;
        _at++;
        if (!Number(out long month, out _) || _at >= _text.Length || _text[_at] != '-')
            return false;
        _at++;
        if (!Number(out long day, out _) || month > 12 || day > 31)
            return false;
        _year = yearDigits == 2 ? (year < 69 ? 2000 + year : 1900 + year) : year;
        (_month, _day) = ((int)month, (int)day);
        if (_at + 1 < _text.Length && _text[_at] == 't' && char.IsAsciiDigit(_text[_at + 1]))
        {
            _at++;
            return ReadTime();
        }

        return true;
    }

    /// <summary>MM/DD or MM/DD/YYYY.</summary>
    private bool ReadSlashDate(long month)
    {
        if (_year is not null)
            return false;
        _at++;
        if (!Number(out long day, out _) || month > 12 || day > 31)
            return false;
        _year = -1; // this year, known once the present is
        if (_at < _text.Length && _text[_at] == '/')
        {
            _at++;
            if (!Number(out long year, out int digits))
                return false;
            _year = digits == 2 ? (year < 69 ? 2000 + year : 1900 + year) : year;
        }

        (_month, _day) = ((int)month, (int)day);
        return true;
    }

    /// <summary>HH[:MM[:SS[.FRACTION]]] and am or pm, or HH:MM[:SS[.FRACTION]] and a zone or none.</summary>
    private bool ReadTime()
    {
        if (_hour is not null)
            return false;
        Number(out long hour, out _);
        long minute = 0, second = 0;
        bool minutes = false;
        if (_at < _text.Length && _text[_at] == ':')
        {
            _at++;
            if (!Number(out minute, out _))
                return false;
            minutes = true;
            if (_at < _text.Length && _text[_at] == ':')
            {
                _at++;
                if (!Number(out second, out _))
                    return false;
                _nanoseconds = Fraction();
            }
        }

        int afterClock = _at;
        SkipBlanks();
        string? meridian = Word();
        if (meridian is "am" or "pm" or "a.m." or "p.m.")
        {
            if (hour is < 1 or > 12)
                return false;
            hour = hour % 12 + (meridian[0] == 'p' ? 12 : 0);
            if (hour > 23 || minute > 59 || second > 59)
                return false;
            (_hour, _minute, _second) = ((int)hour, (int)minute, (int)second);
            return true; // as GNU's: a time with am or pm takes no zone
        }
        else
        {
            _at = afterClock;
            if (!minutes)
                return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
            return false;
        (_hour, _minute, _second) = ((int)hour, (int)minute, (int)second);
        return ReadZoneAfterTime();
    }

    /// <summary>A zone after a time: Z, UTC, GMT, or +HH, +HHMM, +HH:MM (as in GNU's, even when a unit follows: "10:20 -2 hours" is 10:20 at -02:00, plus an hour).</summary>
    private bool ReadZoneAfterTime()
    {
        int start = _at;
        SkipBlanks();
        if (_at < _text.Length && _text[_at] is '+' or '-')
        {
            int sign = _text[_at++] == '-' ? -1 : 1;
            SkipBlanks(); // "+ 0100" is a signed number too
            if (!Number(out long value, out int digits))
                return false;
            // as GNU's: HH, HHMM or HH:MM, whose minutes may pass 59, so long as the whole is at most a day
            long hours = value, minutes = 0;
            if (_at < _text.Length && _text[_at] == ':' && digits <= 2)
            {
                _at++;
                if (!Number(out minutes, out int minuteDigits) || minuteDigits != 2)
                    return false;
            }
            else if (digits is 3 or 4)
            {
                (hours, minutes) = (value / 100, value % 100);
            }
            else if (digits > 2)
            {
                return false;
            }

            if (hours * 60 + minutes > 24 * 60)
                return false;
            _zoneOffset = sign * (int)(hours * 3600 + minutes * 60);
            return true;
        }

        if (Word() is "z" or "utc" or "gmt" or "ut")
        {
            _zoneOffset = 0;
            return true;
        }

        _at = start;
        return true;
    }

    /// <summary>+N UNIT or -N UNIT.</summary>
    private bool ReadSignedRelative()
    {
        long sign = _text[_at++] == '-' ? -1 : 1;
        SkipBlanks();
        if (!Number(out long count, out int digits) || digits > 9)
            return false;
        SkipBlanks();
        if (Word() is not string word || Unit(word) is not var (months, secondsPer))
            return false;
        AddRelative(sign * count, months, secondsPer);
        return true;
    }

    /// <summary>now, today, yesterday, tomorrow, ago, a zone, a day of the week, or [next|last|this] UNIT.</summary>
    private bool ReadWordItem()
    {
        string word = Word()!;
        switch (word)
        {
            case "now" or "today":
                _hadRelative = true;
                return true;
            case "yesterday" or "tomorrow":
                AddRelative(word == "yesterday" ? -1 : 1, 0, 86400, mayBeAgo: false);
                return true;
            case "ago":
                return false; // only after a relative item, where it is read with it
            case "utc" or "gmt" or "ut" or "z":
                if (_zoneOffset is not null)
                    return false;
                _zoneOffset = 0;
                return true;
        }

        long ordinal = word switch { "next" => 1, "last" => -1, "this" => 0, _ => long.MinValue };
        if (ordinal != long.MinValue)
        {
            SkipBlanks();
            word = Word() ?? "";
        }

        if (WeekDay(word) is int weekDay)
        {
            if (_weekDay is not null)
                return false;
            (_weekDay, _weekOrdinal) = (weekDay, ordinal == long.MinValue ? 0 : (int)ordinal);
            if (_at < _text.Length && _text[_at] == ',')
                _at++;
            return true;
        }

        if (Unit(word) is not var (months, secondsPer))
            return false;
        AddRelative(ordinal == long.MinValue ? 1 : ordinal, months, secondsPer);
        return true;
    }

    /// <summary>Adds COUNT UNITs, negated when "ago" follows (not after yesterday and tomorrow).</summary>
    private void AddRelative(long count, int months, long secondsPer, bool mayBeAgo = true)
    {
        int before = _at;
        SkipBlanks();
        if (mayBeAgo && Word() == "ago")
            count = -count;
        else
            _at = before;
        _hadRelative = true;
        if (months == 12)
            _relativeYears += count;
        else if (months == 1)
            _relativeMonths += count;
        else if (secondsPer == 86400)
            _relativeDays += count;
        else if (secondsPer == 7 * 86400)
            _relativeDays += 7 * count;
        else
            _relativeSeconds += count * secondsPer;
    }

    /// <summary>A unit's length: in months (year, month) or else in seconds; null for a word that is no unit.</summary>
    private static (int Months, long Seconds)? Unit(string word) => word.TrimEnd('s') switch
    {
        "year" => (12, 0),
        "month" => (1, 0),
        "fortnight" => (0, 14 * 86400L),
        "week" => (0, 7 * 86400L),
        "day" => (0, 86400L),
        "hour" => (0, 3600L),
        "minute" or "min" => (0, 60L),
        "second" or "sec" => (0, 1L),
        _ => null,
    };

    private static int? WeekDay(string word)
    {
        string name = word.TrimEnd('.');
        for (int i = 0; i < WeekDays.Length; i++)
        {
            if (name == WeekDays[i] || name == WeekDays[i][..3] || (name.Length > 3 && WeekDays[i].StartsWith(name, StringComparison.Ordinal) && name is "tues" or "wednes" or "thur" or "thurs"))
                return i;
        }

        return null;
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

    private void SkipBlanks()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
            _at++;
    }

    /// <summary>Decimal digits (at most 18 are read as a number: more make it too big for any item).</summary>
    private bool Number(out long value, out int digits)
    {
        value = 0;
        digits = 0;
        for (; _at < _text.Length && char.IsAsciiDigit(_text[_at]); _at++, digits++)
        {
            if (digits < 18)
                value = value * 10 + (_text[_at] - '0');
        }

        return digits is > 0 and <= 18;
    }

    /// <summary>A '.' or ',' and digits after a number of seconds, as nanoseconds (digits past the ninth dropped).</summary>
    private long Fraction()
    {
        if (_at + 1 >= _text.Length || _text[_at] is not ('.' or ',') || !char.IsAsciiDigit(_text[_at + 1]))
            return 0;
        _at++;
        long nanoseconds = 0;
        int digits = 0;
        for (; _at < _text.Length && char.IsAsciiDigit(_text[_at]); _at++, digits++)
        {
            if (digits < 9)
                nanoseconds = nanoseconds * 10 + (_text[_at] - '0');
        }

        for (; digits < 9; digits++)
            nanoseconds *= 10;
        return nanoseconds;
    }

    /// <summary>A word of letters (and dots, as in "a.m."), or null when none starts here.</summary>
    private string? Word()
    {
        int start = _at;
        while (_at < _text.Length && (char.IsAsciiLetter(_text[_at]) || (_text[_at] == '.' && _at > start)))
            _at++;
        return _at > start ? _text[start.._at] : null;
    }
}
