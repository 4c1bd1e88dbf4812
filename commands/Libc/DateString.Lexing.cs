namespace Minix.Commands.Libc;

// Reading the text: blanks, numbers, fractions and words.
public sealed partial class DateString
{
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
