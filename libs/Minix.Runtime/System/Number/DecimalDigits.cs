namespace System;

// A number as decimal digits: value = 0.d1 d2 d3 ... x 10^Scale (digits '0'..'9', no leading zeros unless the value
// is 0). Formatting and parsing of every numeric type meet here.
internal sealed class DecimalDigits
{
    public char[] Digits = new char[32];
    public int Count;
    public int Scale;
    public bool Negative;

    public bool IsZero
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                if (Digits[i] != '0')
                    return false;
            }

            return true;
        }
    }

    public void Append(char digit)
    {
        if (Count == Digits.Length)
            Array.Resize(ref Digits, Digits.Length * 2);
        Digits[Count++] = digit;
    }

    // Keeps `count` significant digits, rounding half away from zero on the digits dropped (or, with evenTies, an
    // exact half towards the even digit, as .NET's floating-point formats round the exact binary value).
    public void RoundToSignificant(int count, bool evenTies = false)
    {
        if (count >= Count)
            return;
        if (count < 0)
            count = 0;
        bool up = Digits[count] >= '5';
        if (evenTies && Digits[count] == '5' && IsTie(count))
            up = count > 0 && ((Digits[count - 1] - '0') & 1) != 0;
        Count = count;
        if (up)
        {
            int i = Count - 1;
            while (i >= 0 && Digits[i] == '9')
                i--;
            if (i < 0)
            {
                Digits[0] = '1';
                Count = 1;
                Scale++;
                return;
            }

            Digits[i]++;
            Count = i + 1;
        }

        TrimTrailingZeros();
    }

    // Keeps the digits up to `decimals` places after the decimal point.
    public void RoundToDecimals(int decimals, bool evenTies = false) => RoundToSignificant(Scale + decimals, evenTies);

    // Whether the digits after position `at` (a 5) are all zero: the value lies exactly half-way.
    private bool IsTie(int at)
    {
        for (int i = at + 1; i < Count; i++)
        {
            if (Digits[i] != '0')
                return false;
        }

        return true;
    }

    public void TrimTrailingZeros()
    {
        while (Count > 0 && Digits[Count - 1] == '0')
            Count--;
        if (Count == 0)
            Scale = 0;
    }

    // The digit at position `index` (0 = the first significant one), '0' past the end.
    public char DigitAt(int index) => index >= 0 && index < Count ? Digits[index] : '0';

    public static DecimalDigits FromInteger(ulong magnitude, bool negative)
    {
        var digits = new DecimalDigits { Negative = negative };
        if (magnitude == 0)
            return digits;
        char[] reversed = new char[20];
        int n = 0;
        while (magnitude != 0)
        {
            reversed[n++] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }

        for (int i = n - 1; i >= 0; i--)
            digits.Append(reversed[i]);
        digits.Scale = n;
        digits.TrimTrailingZeros();
        digits.Scale = n;
        return digits;
    }
}
