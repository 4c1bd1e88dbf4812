using System.Text;

namespace Minix.Commands.Libc;

/// <summary>
/// strftime(3) as GNU's date and ls write it, in the C locale and UTC: after the '%' any of the flags <c>_ - 0 + ^ #</c>
/// (pad with blanks, do not pad, pad with zeros, pad with zeros and sign a long year, upper case, swap case), a width,
/// then an E or O modifier where the conversion takes one, and for %z up to three colons. A directive GNU does not
/// know is written as it stands, padded to its width.
/// </summary>
internal static class TimeFormat
{
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // The conversions that take an E or an O (GNU's in the C locale, where both change nothing), and those of them
    // whose text then comes from the C library's strftime as it stands, padded only as a string is.
    private const string TakesE = "cCnpPqrRstTuxXyYzZ";
    private const string TakesO = "bBCdegGhHIjklmMNnpPqrRsStTuUVwWyzZ";
    private const string PaddedAsText = "CyY";

    /// <summary>One directive's flags, width and modifier.</summary>
    private struct Directive
    {
        public char Pad;      // '_', '-', '0', '+', or 0 for the conversion's own
        public bool Upper;    // '^'
        public bool Swap;     // '#'
        public int Width;     // -1 when none is given
        public char Modifier; // 'E', 'O' or 0
        public char YearPad;  // a year's pad when it has none: a composite's own (%_D pads %D's year with a blank)
        public int Flags;     // how many flag characters were written
    }

    /// <summary>Writes <paramref name="time"/> in <paramref name="format"/>.</summary>
    /// <param name="time">The moment.</param>
    /// <param name="format">The format, as date's +FORMAT.</param>
    /// <returns>The text.</returns>
    public static string Format(in CivilTime time, string format) => Format(time, format, upper: false, yearPad: '\0');

    private static string Format(in CivilTime time, string format, bool upper, char yearPad)
    {
        var text = new StringBuilder();
        int i = 0;
        while (i < format.Length)
        {
            if (format[i] != '%')
            {
                text.Append(format[i++]);
                continue;
            }

            int start = i++;
            var d = new Directive { Width = -1, Upper = upper, YearPad = yearPad };
            for (; i < format.Length && "_-0+^#".IndexOf(format[i]) >= 0; i++)
            {
                d.Flags++;
                switch (format[i])
                {
                    case '^': d.Upper = true; break;
                    case '#': d.Swap = true; break;
                    default: d.Pad = format[i]; break;
                }
            }

            for (; i < format.Length && format[i] >= '0' && format[i] <= '9'; i++)
                d.Width = (int)Math.Min(int.MaxValue / 10, (long)Math.Max(d.Width, 0) * 10 + (format[i] - '0'));
            if (i < format.Length && format[i] is 'E' or 'O')
                d.Modifier = format[i++];
            int colons = 0;
            while (i + colons < format.Length && format[i + colons] == ':')
                colons++;
            if (colons > 0)
            {
                bool offset = i + colons < format.Length && format[i + colons] == 'z';
                if (!offset || colons > 3 || d.Modifier == 'O')
                {
                    // As GNU: colons not before a z make an unknown directive through the first of them; too many
                    // before a z, one through the z; %O:z goes to the C library, which writes "%O:" for all of it.
                    int end = offset ? i + colons + 1 : i + 1;
                    if (offset && colons <= 3)
                        Padded(text, "%O:", d);
                    else
                        Unknown(text, format, start, end, d);
                    i = end;
                    continue;
                }

                i += colons;
            }

            if (i == format.Length)
            {
                Unknown(text, format, start, i, d);
                break;
            }

            char conversion = format[i];
            if (conversion == '%' && i - start > 1)
            {
                // %5% is not "%" padded: GNU writes "%5" as an unknown directive, and the '%' starts the next one.
                Unknown(text, format, start, i, d);
                continue;
            }

            i++;
            bool known = d.Modifier switch
            {
                'E' => TakesE.IndexOf(conversion) >= 0,
                'O' => TakesO.IndexOf(conversion) >= 0,
                _ => true,
            };
            // GNU applies '#' to a month name before it refuses an E: that directive is written upper-cased.
            if (!known || !Convert(text, time, conversion, d, colons))
                Unknown(text, format, start, i, d with { Upper = d.Upper || (d.Swap && conversion is 'b' or 'h') });
        }

        return text.ToString();
    }

    private static bool Convert(StringBuilder text, in CivilTime time, char conversion, Directive d, int colons)
    {
        if (conversion == 'q' && d.Modifier == 'O')
        {
            // GNU hands %Oq to the C library, which has no %q and writes it as it stands.
            Padded(text, d.Upper ? "%OQ" : "%Oq", d);
            return true;
        }

        bool library = d.Modifier != 0 && (d.Modifier == 'O' ? "bBhnNpPrRsTtZz".IndexOf(conversion) < 0 : PaddedAsText.IndexOf(conversion) >= 0);
        int hour12 = (time.Hour + 11) % 12 + 1;
        switch (conversion)
        {
            case 'a': Name(text, DayNames[time.WeekDay][..3], d, swapUp: true); break;
            case 'A': Name(text, DayNames[time.WeekDay], d, swapUp: true); break;
            case 'b' or 'h': Name(text, MonthNames[time.Month - 1][..3], d, swapUp: true); break;
            case 'B': Name(text, MonthNames[time.Month - 1], d, swapUp: true); break;
            case 'p': Name(text, time.Hour < 12 ? "AM" : "PM", d, swapUp: false); break;
            case 'P': Name(text, time.Hour < 12 ? "am" : "pm", d with { Upper = false }, swapUp: false); break;
            case 'Z': Name(text, "UTC", d, swapUp: false); break;
            case 'n': Name(text, "\n", d, swapUp: false); break;
            case 't': Name(text, "\t", d, swapUp: false); break;
            case '%': Name(text, "%", d, swapUp: false); break;
            case 'c': Composite(text, time, "%a %b %e %H:%M:%S %Y", d); break;
            case 'D': Composite(text, time, "%m/%d/%y", d, padsYear: true); break;
            case 'x': Composite(text, time, "%m/%d/%y", d); break;
            case 'r': Composite(text, time, "%I:%M:%S %p", d); break;
            case 'R': Composite(text, time, "%H:%M", d); break;
            case 'T' or 'X': Composite(text, time, "%H:%M:%S", d); break;
            case 'F': Date(text, time, d); break;
            case 'C': Number(text, CivilTime.FloorDivide(time.Year, 100), 2, d, library, yearish: true); break;
            case 'd': Number(text, time.Day, 2, d, library); break;
            case 'e': Number(text, time.Day, 2, d, library, blanks: true); break;
            case 'g': CalendarWeeks.Iso(time.Year, time.YearDay, time.WeekDay, out long isoYear); Number(text, ((isoYear % 100) + 100) % 100, 2, d, library, yearish: true); break;
            case 'G': CalendarWeeks.Iso(time.Year, time.YearDay, time.WeekDay, out long fullIsoYear); Number(text, fullIsoYear, 4, d, library, yearish: true); break;
            case 'H': Number(text, time.Hour, 2, d, library); break;
            case 'I': Number(text, hour12, 2, d, library); break;
            case 'j': Number(text, time.YearDay + 1, 3, d, library); break;
            case 'k': Number(text, time.Hour, 2, d, library, blanks: true); break;
            case 'l': Number(text, hour12, 2, d, library, blanks: true); break;
            case 'm': Number(text, time.Month, 2, d, library); break;
            case 'M': Number(text, time.Minute, 2, d, library); break;
            case 'N': FractionDigits(text, time.Nanoseconds, d); break;
            case 'q': Number(text, (time.Month + 2) / 3, 1, d, library); break;
            case 's': Number(text, time.Seconds, 1, d, library: false); break;
            case 'S': Number(text, time.Second, 2, d, library); break;
            case 'u': Number(text, time.WeekDay == 0 ? 7 : time.WeekDay, 1, d, library); break;
            case 'U': Number(text, CalendarWeeks.FromSunday(time.YearDay, time.WeekDay), 2, d, library); break;
            case 'V': Number(text, CalendarWeeks.Iso(time.Year, time.YearDay, time.WeekDay, out _), 2, d, library); break;
            case 'w': Number(text, time.WeekDay, 1, d, library); break;
            case 'W': Number(text, CalendarWeeks.FromMonday(time.YearDay, time.WeekDay), 2, d, library); break;
            case 'y': Number(text, ((time.Year % 100) + 100) % 100, 2, d, library, yearish: true); break;
            case 'Y': Number(text, time.Year, 4, d, library, yearish: true); break;
            case 'z': Offset(text, colons, d); break;
            default: return false;
        }

        return true;
    }

    /// <summary>A directive GNU does not know, as it stands (upper-cased by '^'), padded to its width.</summary>
    private static void Unknown(StringBuilder text, string format, int start, int end, Directive d)
    {
        string directive = format[start..end];
        Padded(text, d.Upper ? directive.ToUpperInvariant() : directive, d);
    }

    /// <summary>A name: '^' upper-cases it; '#' upper-cases a day or month name and lower-cases the others.</summary>
    private static void Name(StringBuilder text, string name, Directive d, bool swapUp)
    {
        if (d.Swap)
            name = swapUp ? name.ToUpperInvariant() : name.ToLowerInvariant();
        else if (d.Upper)
            name = name.ToUpperInvariant();
        Padded(text, name, d);
    }

    /// <summary>
    /// A conversion made of others (%c, %D, %T ...): '^' reaches its parts, and for %D the flag pads the year; the
    /// whole is padded as text.
    /// </summary>
    private static void Composite(StringBuilder text, in CivilTime time, string parts, Directive d, bool padsYear = false) =>
        Padded(text, Format(time, parts, d.Upper, padsYear ? d.Pad : '\0'), d);

    /// <summary>%F: the year takes the width the month and day leave, and a '+' when it has more than four digits.</summary>
    private static void Date(StringBuilder text, in CivilTime time, Directive d)
    {
        var year = new StringBuilder();
        Directive yearDirective = d.Pad == 0 && d.Width < 0 ? d with { Pad = '+', Width = 4 } : d with { Width = Math.Max(d.Width - 6, 0) };
        Number(year, time.Year, 4, yearDirective, library: false, yearish: true);
        year.Append(Format(time, "-%m-%d", upper: false, yearPad: '\0'));
        Padded(text, year.ToString(), d);
    }

    /// <summary>
    /// A number at least <paramref name="digits"/> wide (or the width given), padded with zeros, or blanks for
    /// <paramref name="blanks"/> and '_'; a year-like one signed '+' under the '+' flag when it is longer than usual.
    /// With <paramref name="library"/> (an E or O modifier), its usual text is padded as text instead.
    /// </summary>
    private static void Number(StringBuilder text, long value, int digits, Directive d, bool library, bool blanks = false, bool yearish = false)
    {
        if (library)
        {
            var plain = new StringBuilder();
            Number(plain, value, digits, d with { Width = -1, Pad = '\0', Modifier = '\0' }, library: false, blanks, yearish: false);
            Padded(text, plain.ToString(), d);
            return;
        }

        char pad = d.Pad != 0 ? d.Pad : yearish && d.YearPad != 0 ? d.YearPad : blanks ? '_' : '0';
        int width = d.Width >= 0 ? d.Width : digits;
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        char sign = value < 0 ? '-' : yearish && pad == '+' && (magnitude > (digits == 2 ? 99UL : 9999UL) || digits < width) ? '+' : '\0';
        Signed(text, sign, magnitude.ToString(), width, pad);
    }

    /// <summary>%z, %:z, %::z, %:::z: UTC's offset, always signed.</summary>
    private static void Offset(StringBuilder text, int colons, Directive d)
    {
        if (d.Modifier == 'O')
        {
            // The C library writes it then, as text.
            Padded(text, "+0000", d);
            return;
        }

        // The offset is 0: its digits are the zeros the colons need, a digit before each.
        (string body, int digits) = colons switch
        {
            1 => ("0:00", 6),
            2 => ("0:00:00", 9),
            3 => ("0", 3),
            _ => ("0", 5),
        };
        Signed(text, '+', body, d.Width >= 0 ? d.Width : digits, d.Pad != 0 ? d.Pad : '0');
    }

    /// <summary>A sign and digits in <paramref name="width"/>: blanks before the sign for '_', zeros after it otherwise.</summary>
    private static void Signed(StringBuilder text, char sign, string body, int width, char pad)
    {
        int shortage = width - (sign != 0 ? 1 : 0) - body.Length;
        int padding = pad == '-' || shortage <= 0 ? 0 : shortage;
        if (pad == '_')
            text.Append(' ', padding);
        if (sign != 0)
            text.Append(sign);
        if (pad != '_')
            text.Append('0', padding);
        text.Append(body);
    }

    /// <summary>Text padded on the left to the width: zeros for '0' and '+', none for '-', else blanks.</summary>
    private static void Padded(StringBuilder text, string value, Directive d)
    {
        if (d.Pad != '-' && d.Width > value.Length)
            text.Append(d.Pad is '0' or '+' ? '0' : ' ', d.Width - value.Length);
        text.Append(value);
    }

    /// <summary>
    /// %N as GNU writes it: the nanoseconds' first <i>width</i> digits (9 if none given); given a width or the '_'
    /// flag, trailing zeros give way to the padding ('_' blanks, '-' none, else zeros), on the right.
    /// </summary>
    private static void FractionDigits(StringBuilder text, long nanoseconds, Directive d)
    {
        char pad = d.Pad;
        int width = d.Width;
        if (width <= 0 && pad == '-' && d.Flags == 1 && d.Modifier == 0)
            pad = '0'; // GNU writes all nine digits for %-N as it stands, and trims them for %--N, %#-N ...
        if (width <= 0)
            width = 9;
        long n = nanoseconds;
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
}
