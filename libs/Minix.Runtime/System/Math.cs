namespace System;

/// <summary>The integer part of .NET's Math, with the same overflow behaviour.</summary>
public static class Math
{
    /// <summary>The ratio of a circle's circumference to its diameter.</summary>
    public const double PI = 3.14159265358979323846;

    /// <summary>The base of natural logarithms.</summary>
    public const double E = 2.7182818284590452354;

    /// <summary>The ratio of a circle's circumference to its radius.</summary>
    public const double Tau = 6.283185307179586476925;

    /// <summary>The absolute value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>|value|.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="int.MinValue"/>.</exception>
    public static int Abs(int value)
    {
        if (value < 0)
        {
            value = -value;
            if (value < 0)
                throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
        }

        return value;
    }

    /// <summary>The absolute value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>|value|.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="long.MinValue"/>.</exception>
    public static long Abs(long value)
    {
        if (value < 0)
        {
            value = -value;
            if (value < 0)
                throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
        }

        return value;
    }

    /// <summary>The absolute value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>|value|.</returns>
    public static double Abs(double value) => value < 0 ? -value : value == 0 ? 0 : value;

    /// <summary>The smaller value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The smaller.</returns>
    public static int Min(int val1, int val2) => val1 <= val2 ? val1 : val2;

    /// <summary>The larger value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The larger.</returns>
    public static int Max(int val1, int val2) => val1 >= val2 ? val1 : val2;

    /// <summary>The smaller value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The smaller.</returns>
    public static uint Min(uint val1, uint val2) => val1 <= val2 ? val1 : val2;

    /// <summary>The larger value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The larger.</returns>
    public static uint Max(uint val1, uint val2) => val1 >= val2 ? val1 : val2;

    /// <summary>The smaller value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The smaller.</returns>
    public static long Min(long val1, long val2) => val1 <= val2 ? val1 : val2;

    /// <summary>The larger value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The larger.</returns>
    public static long Max(long val1, long val2) => val1 >= val2 ? val1 : val2;

    /// <summary>The smaller value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The smaller.</returns>
    public static ulong Min(ulong val1, ulong val2) => val1 <= val2 ? val1 : val2;

    /// <summary>The larger value.</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The larger.</returns>
    public static ulong Max(ulong val1, ulong val2) => val1 >= val2 ? val1 : val2;

    /// <summary><paramref name="value"/> limited to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The clamped value.</returns>
    /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
    public static int Clamp(int value, int min, int max)
    {
        if (min > max)
            throw new ArgumentException("min is greater than max");
        return value < min ? min : value > max ? max : value;
    }

    /// <summary><paramref name="value"/> limited to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The clamped value.</returns>
    /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
    public static long Clamp(long value, long min, long max)
    {
        if (min > max)
            throw new ArgumentException("min is greater than max");
        return value < min ? min : value > max ? max : value;
    }

    /// <summary>-1, 0 or 1 by the sign of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The sign.</returns>
    public static int Sign(int value) => (value >> 31) | (int)((uint)-value >> 31);

    /// <summary>-1, 0 or 1 by the sign of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The sign.</returns>
    public static int Sign(long value) => (int)(value >> 63) | (int)((ulong)-value >> 63);

    /// <summary>The quotient and remainder at once.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient and remainder.</returns>
    public static (int Quotient, int Remainder) DivRem(int left, int right)
    {
        int quotient = left / right;
        return (quotient, left - quotient * right);
    }

    /// <summary>The full 64-bit product of two 32-bit values.</summary>
    /// <param name="a">One factor.</param>
    /// <param name="b">The other.</param>
    /// <returns>The product.</returns>
    public static long BigMul(int a, int b) => (long)a * b;

    // Targets of the JIT's checked floating-point conversions ((int)d in a checked context): .NET's rules, NaN and
    // out-of-range values overflow.
    internal static int ConvertToInt32Checked(double value)
    {
        if (!(value > -2147483649.0 && value < 2147483648.0))
            throw new OverflowException();
        return (int)value;
    }

    internal static uint ConvertToUInt32Checked(double value)
    {
        if (!(value > -1.0 && value < 4294967296.0))
            throw new OverflowException();
        return (uint)value;
    }

    internal static long ConvertToInt64Checked(double value)
    {
        if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0))
            throw new OverflowException();
        return (long)value;
    }

    internal static ulong ConvertToUInt64Checked(double value)
    {
        if (!(value > -1.0 && value < 18446744073709551616.0))
            throw new OverflowException();
        return (ulong)value;
    }

    /// <summary>The square root.</summary>
    /// <param name="d">The value.</param>
    /// <returns>The root (NaN for negatives).</returns>
    [System.Runtime.CompilerServices.Intrinsic]
    public static double Sqrt(double d) => Sqrt(d);

    /// <summary>The largest integer not above <paramref name="d"/>.</summary>
    /// <param name="d">The value.</param>
    /// <returns>The floor.</returns>
    public static double Floor(double d)
    {
        double t = Truncate(d);
        return t > d ? t - 1 : t;
    }

    /// <summary>The smallest integer not below <paramref name="a"/>.</summary>
    /// <param name="a">The value.</param>
    /// <returns>The ceiling.</returns>
    public static double Ceiling(double a)
    {
        double t = Truncate(a);
        return t < a ? t + 1 : t;
    }

    /// <summary>The integer part (toward zero).</summary>
    /// <param name="d">The value.</param>
    /// <returns>The integer part, with the sign of <paramref name="d"/>.</returns>
    public static unsafe double Truncate(double d)
    {
        ulong bits = *(ulong*)&d;
        int exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        if (exponent >= 52)
            return d;
        if (exponent < 0)
        {
            bits &= 1UL << 63;
            return *(double*)&bits;
        }

        bits &= ~((1UL << (52 - exponent)) - 1);
        return *(double*)&bits;
    }

    /// <summary>The nearest integer, halves to even (as .NET's default).</summary>
    /// <param name="a">The value.</param>
    /// <returns>The rounded value.</returns>
    public static double Round(double a)
    {
        double floor = Floor(a);
        double difference = a - floor;
        if (difference > 0.5 || (difference == 0.5 && Truncate(floor / 2) * 2 != floor))
            floor += 1;
        return floor == 0 && a < 0 ? -0.0 : floor;
    }

    /// <summary>The value rounded to <paramref name="digits"/> decimals, halves to even.</summary>
    /// <param name="value">The value.</param>
    /// <param name="digits">Decimals (0..15).</param>
    /// <returns>The rounded value.</returns>
    public static double Round(double value, int digits)
    {
        if ((uint)digits > 15)
            throw new ArgumentOutOfRangeException(nameof(digits), "Rounding digits must be between 0 and 15, inclusive.");
        double power = 1;
        for (int i = 0; i < digits; i++)
            power *= 10;
        return Round(value * power) / power;
    }

    /// <summary>The smaller value (NaN if either is).</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The minimum.</returns>
    public static double Min(double val1, double val2) => double.IsNaN(val1) ? val1 : val1 < val2 ? val1 : val2;

    /// <summary>The larger value (NaN if either is).</summary>
    /// <param name="val1">One value.</param>
    /// <param name="val2">The other.</param>
    /// <returns>The maximum.</returns>
    public static double Max(double val1, double val2) => double.IsNaN(val1) ? val1 : val1 > val2 ? val1 : val2;

    /// <summary>The value limited to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The lower limit.</param>
    /// <param name="max">The upper limit.</param>
    /// <returns>The clamped value.</returns>
    public static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;

    /// <summary>The absolute value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The magnitude.</returns>
    public static float Abs(float value) => value < 0 ? -value : value == 0 ? 0 : value;

    /// <summary>The absolute value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The magnitude.</returns>
    public static short Abs(short value) => value < 0 ? checked((short)-value) : value;

    /// <summary>The sign: -1, 0 or 1.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The sign.</returns>
    public static int Sign(double value) => value < 0 ? -1 : value > 0 ? 1 : value == 0 ? 0 : throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
}
