namespace Minix.Commands.Od;

/// <summary>One -t type of od: how many bytes a value takes, how it is written, and how wide its column is.</summary>
internal sealed class DumpFormat
{
    private static readonly string[] AsciiNames =
    [
        "nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr", "so", "si",
        "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc", "fs", "gs", "rs", "us", "sp",
    ];

    private DumpFormat(char kind, int size, bool text)
    {
        Kind = kind;
        Size = size;
        ShowsText = text;
        Width = kind switch
        {
            'a' or 'c' => 3,
            'o' => size switch { 1 => 3, 2 => 6, 4 => 11, _ => 22 },
            'u' => size switch { 1 => 3, 2 => 5, 4 => 10, _ => 20 },
            'd' => size switch { 1 => 4, 2 => 6, 4 => 11, _ => 20 },
            _ => size * 2,
        };
    }

    /// <summary>a, c, d, o, u or x.</summary>
    public char Kind { get; }

    /// <summary>Bytes per value.</summary>
    public int Size { get; }

    /// <summary>Characters a value takes (its column is one wider).</summary>
    public int Width { get; }

    /// <summary>The z suffix: the line's bytes as text after the values.</summary>
    public bool ShowsText { get; }

    /// <summary>A type string known to be right.</summary>
    /// <param name="spec">The type string.</param>
    /// <returns>Its first type.</returns>
    public static DumpFormat Parse(string spec)
    {
        var formats = new List<DumpFormat>();
        TryParse(spec, formats, out _);
        return formats[0];
    }

    /// <summary>Reads the types in one -t argument ("x1z", "d4u2", "c").</summary>
    /// <param name="spec">The argument.</param>
    /// <param name="formats">Where they are added.</param>
    /// <param name="error">What was wrong, in od's words.</param>
    /// <returns>False if the argument is not a type string.</returns>
    public static bool TryParse(string spec, List<DumpFormat> formats, out string error)
    {
        error = "";
        for (int i = 0; i < spec.Length;)
        {
            char kind = spec[i++];
            int size;
            switch (kind)
            {
                case 'a' or 'c':
                    size = 1;
                    break;
                case 'd' or 'o' or 'u' or 'x':
                    size = 4;
                    if (i < spec.Length && spec[i] is 'C' or 'S' or 'I' or 'L')
                    {
                        size = spec[i] switch { 'C' => 1, 'S' => 2, 'I' => 4, _ => 8 };
                        i++;
                    }
                    else if (i < spec.Length && char.IsAsciiDigit(spec[i]))
                    {
                        int start = i;
                        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
                            i++;
                        size = int.Parse(spec.Substring(start, i - start));
                        if (size is not (1 or 2 or 4 or 8))
                        {
                            error = "invalid type string '" + spec + "';\nthis system doesn't provide a " + size + "-byte integral type";
                            return false;
                        }
                    }

                    break;
                default:
                    error = "invalid character '" + kind + "' in type string '" + spec + "'";
                    return false;
            }

            bool text = i < spec.Length && spec[i] == 'z';
            if (text)
                i++;
            formats.Add(new DumpFormat(kind, size, text));
        }

        return true;
    }

    /// <summary>The value at <paramref name="at"/> of <paramref name="block"/> (zero-padded past its end) as od writes it.</summary>
    public string Value(byte[] block, int at, int length)
    {
        ulong raw = 0;
        for (int i = Size - 1; i >= 0; i--)
            raw = (raw << 8) | (at + i < length ? block[at + i] : 0UL);
        switch (Kind)
        {
            case 'a':
                int seven = (int)(raw & 0x7F);
                return seven <= 32 ? AsciiNames[seven] : seven == 127 ? "del" : ((char)seven).ToString();
            case 'c':
                return Character((byte)raw);
            case 'o':
                return Digits(raw, 8).PadLeft(Width, '0');
            case 'x':
                return Digits(raw, 16).PadLeft(Width, '0');
            case 'u':
                return raw.ToString();
            default:
                int shift = 64 - 8 * Size;
                return (((long)(raw << shift)) >> shift).ToString();
        }
    }

    private static string Character(byte b) => b switch
    {
        0 => "\\0",
        7 => "\\a",
        8 => "\\b",
        9 => "\\t",
        10 => "\\n",
        11 => "\\v",
        12 => "\\f",
        13 => "\\r",
        >= 32 and < 127 => ((char)b).ToString(),
        _ => Digits(b, 8).PadLeft(3, '0'),
    };

    /// <summary>The digits of <paramref name="value"/> in base <paramref name="radix"/> (8 or 16).</summary>
    public static string Digits(ulong value, int radix)
    {
        if (value == 0)
            return "0";
        var digits = new char[22];
        int n = digits.Length;
        for (; value > 0; value /= (ulong)radix)
            digits[--n] = "0123456789abcdef"[(int)(value % (ulong)radix)];
        return new string(digits, n, digits.Length - n);
    }
}
