namespace Minix.Commands.Libc;

// The items that start with a number: calendar dates, times of day with their zones, counts of units.
public sealed partial class DateString
{
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
}
