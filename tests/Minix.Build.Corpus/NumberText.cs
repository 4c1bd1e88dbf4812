using System;
using System.Globalization;

namespace Minix.Build.Corpus;

/// <summary>Parse, TryParse and ToString of integers and doubles with the invariant culture.</summary>
public static class NumberText
{
    private static readonly string[] Formats = { null, "D", "D8", "X", "x8", "N0", "N2", "F3", "E2", "G3", "P1", "0000", "#,##0.00", "0.##", "B", "G" };

    private static readonly double[] Doubles =
    {
        0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1.0 / 3.0, 2.0 / 3.0, 123456789.125, 1e15, 1e16, 1.2345678901234567e17, 1e-5, 0.0001, 5e-324,
        double.MaxValue, double.MinValue, double.Epsilon, 1.7976931348623157e308, 2.2250738585072014E-308, 0.5, 1.5, 2.5, 2.675, -1234.5678,
        3.14159265358979, 100, 1e21, 1e22, 4.35, 0.3, 123e-20, 9007199254740993,
    };

    public static int IntToStringFormats(int n)
    {
        int h = 0;
        foreach (string format in Formats)
        {
            if (format is "B" && n < 0)
                continue;
            h = h * 31 + Text.Hash(n.ToString(format, CultureInfo.InvariantCulture));
        }

        return h;
    }

    public static int LongToStringFormats(long n)
    {
        int h = 0;
        foreach (string format in Formats)
            h = h * 31 + Text.Hash(n.ToString(format, CultureInfo.InvariantCulture));
        return h;
    }

    public static int UnsignedToString(uint n) =>
        Text.Hash(n.ToString() + "|" + n.ToString("X") + "|" + ((ulong)n * 3).ToString("N0", CultureInfo.InvariantCulture) + "|" + ((byte)n).ToString("D3"));

    public static int SmallTypesToString(int n) =>
        Text.Hash(((short)n).ToString() + ((sbyte)n).ToString("X") + ((ushort)n).ToString() + ((byte)n).ToString("x2"));

    public static int IntParseRoundTrip(int n)
    {
        string text = n.ToString(CultureInfo.InvariantCulture);
        return int.Parse(text, CultureInfo.InvariantCulture) == n ? Text.Hash(text) : -1;
    }

    public static int IntParseStyles(int n)
    {
        string[] inputs = { " 42 ", "-17", "+8", "1,234", "0x1F", "1F", "(12)", "12-", "1e3", "12.0", "", "abc" };
        string input = inputs[n & 11 % 12];
        int h = 0;
        foreach (var style in new[] { NumberStyles.Integer, NumberStyles.Number, NumberStyles.HexNumber, NumberStyles.Any, NumberStyles.Float })
            h = h * 31 + (int.TryParse(input, style, CultureInfo.InvariantCulture, out int value) ? value : -999);
        return h;
    }

    public static int TryParseAllInputs(int n)
    {
        string[] inputs = { "0", "-0", "2147483647", "2147483648", "-2147483648", "-2147483649", " 12", "12 ", "1 2", "+", "-", "00012", "٣", "12a", "9999999999", "" };
        int h = 0;
        foreach (string input in inputs)
        {
            h = h * 31 + (int.TryParse(input, out int i) ? i : 7);
            h = h * 31 + (long.TryParse(input, out long l) ? (int)(l % 1000) : 11);
            h = h * 31 + (byte.TryParse(input, out byte b) ? b : 13);
            h = h * 31 + (uint.TryParse(input, out uint u) ? (int)(u % 1000) : 17);
        }

        return h + (n & 1);
    }

    public static int HexParse(int n)
    {
        string text = (n & 0xFFFF).ToString("X");
        return int.Parse(text, NumberStyles.HexNumber) + (int.TryParse("FFFFFFFF", NumberStyles.HexNumber, null, out int m) ? m : 0) * 10;
    }

    public static int DoubleToStringShortest(int n)
    {
        double d = Doubles[n & 31];
        return Text.Hash(d.ToString(CultureInfo.InvariantCulture));
    }

    public static int DoubleToStringAllShortest(int n)
    {
        int h = n & 1;
        foreach (double d in Doubles)
            h = h * 31 + Text.Hash(d.ToString(CultureInfo.InvariantCulture));
        return h;
    }

    public static int DoubleToStringFormats(int n)
    {
        double d = Doubles[n & 31];
        int h = 0;
        foreach (string format in new[] { "F0", "F2", "F5", "E", "E3", "e10", "N2", "G", "G5", "G17", "R", "P0", "0.000", "#,##0.##" })
            h = h * 31 + Text.Hash(d.ToString(format, CultureInfo.InvariantCulture));
        return h;
    }

    public static int DoubleSpecials(int n)
    {
        double[] values = { double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        double d = values[(n & 3) % 3];
        return Text.Hash(d.ToString(CultureInfo.InvariantCulture) + d.ToString("F2", CultureInfo.InvariantCulture)) + (double.IsNaN(d) ? 1 : 0) + (double.IsInfinity(d) ? 2 : 0);
    }

    public static int DoubleParseRoundTrip(int n)
    {
        double d = Doubles[n & 31];
        string text = d.ToString("R", CultureInfo.InvariantCulture);
        double back = double.Parse(text, CultureInfo.InvariantCulture);
        return back.Equals(d) ? Text.Hash(text) : -1;
    }

    public static int DoubleParseInputs(int n)
    {
        string[] inputs =
        {
            "0", "1", "-1.5", "3.14159", "1e10", "1E-10", "  2.5  ", "1,234.5", ".5", "5.", "1e", "abc", "Infinity", "-Infinity", "NaN", "1e400",
            "1e-400", "0.1", "123456789012345678901234567890", "2.2250738585072011e-308", "4.9406564584124654e-324", "0.30000000000000004",
            "9007199254740993", "1.7976931348623158e308", "-0", "+7",
        };
        int h = n & 1;
        foreach (string input in inputs)
        {
            h = h * 31;
            if (double.TryParse(input, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double d))
                h += Text.Hash(d.ToString("R", CultureInfo.InvariantCulture));
        }

        return h;
    }

    public static int DoubleArithmeticPrinted(int n)
    {
        double x = (n & 1023) / 8.0;
        double y = Math.Sqrt(x) + Math.Floor(x / 3) - Math.Ceiling(x / 7) + Math.Round(x / 5) + Math.Round(2.5) + Math.Truncate(-x / 3);
        return Text.Hash(y.ToString(CultureInfo.InvariantCulture)) + Text.Hash(Math.Round(x / 3, 2).ToString(CultureInfo.InvariantCulture));
    }

    public static int DoubleRemainderAndConversions(int n)
    {
        double a = (n & 1023) * 1.25 + 0.5;
        double b = ((n >> 3) & 7) + 1.5;
        return Text.Hash((a % b).ToString(CultureInfo.InvariantCulture)) + (int)(ulong)a + (int)a;
    }

    public static int FloatToString(int n)
    {
        float[] values = { 0f, 1f, 0.1f, 1f / 3f, 1e7f, 1234567f, 12345678f, 3.4028235e38f, 1e-7f, 16777217f, -2.5f, 0.3f };
        float f = values[(n & 15) % values.Length];
        return Text.Hash(f.ToString(CultureInfo.InvariantCulture) + "|" + f.ToString("F3", CultureInfo.InvariantCulture));
    }

    public static int FloatParse(int n)
    {
        string[] inputs = { "0.1", "3.4028235e38", "1e39", "1.17549435E-38", "16777217", "0.3" };
        float f = float.Parse(inputs[(n & 7) % inputs.Length], CultureInfo.InvariantCulture);
        return Text.Hash(f.ToString(CultureInfo.InvariantCulture));
    }

    public static int BoolParseAndFormat(int n)
    {
        string[] inputs = { "True", "false", " TRUE ", "yes", "0", "" };
        int h = 0;
        foreach (string input in inputs)
            h = h * 3 + (bool.TryParse(input, out bool b) ? (b ? 1 : 2) : 0);
        return h * 10 + Text.Hash(((n & 1) == 1).ToString());
    }

    public static int CharAndBoolConversionsInConcat(int n) => Text.Hash("v" + (n & 7) + 'c' + true + 2.5 + (n & 15L) + 'x');
}
