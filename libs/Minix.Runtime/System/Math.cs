namespace System;

/// <summary>The integer part of .NET's Math, with the same overflow behaviour.</summary>
public static class Math
{
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
}
