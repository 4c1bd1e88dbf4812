namespace Minix.Commands.Libc;

// The items that are words or signed counts: relative units, days of the week, now, today, yesterday, tomorrow.
public sealed partial class DateString
{
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
}
