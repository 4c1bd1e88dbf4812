using System.Runtime.CompilerServices;

namespace System.Numerics;

/// <summary>Bit counting and rotation. The JIT replaces the [Intrinsic] ones with single instructions (popcnt, tzcnt,
/// lzcnt, rol) where the target CPU level has them; the portable bodies give the same results elsewhere.</summary>
public static class BitOperations
{
    /// <summary>The number of set bits.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    [Intrinsic]
    public static int PopCount(uint value)
    {
        value -= (value >> 1) & 0x55555555u;
        value = (value & 0x33333333u) + ((value >> 2) & 0x33333333u);
        value = (value + (value >> 4)) & 0x0F0F0F0Fu;
        return (int)((value * 0x01010101u) >> 24);
    }

    /// <summary>The number of set bits.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    [Intrinsic]
    public static int PopCount(ulong value)
    {
        value -= (value >> 1) & 0x5555555555555555UL;
        value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
        value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((value * 0x0101010101010101UL) >> 56);
    }

    /// <summary>The number of leading zero bits (32 for zero).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    [Intrinsic]
    public static int LeadingZeroCount(uint value)
    {
        if (value == 0)
            return 32;
        int count = 0;
        if ((value & 0xFFFF0000u) == 0) { count += 16; value <<= 16; }
        if ((value & 0xFF000000u) == 0) { count += 8; value <<= 8; }
        if ((value & 0xF0000000u) == 0) { count += 4; value <<= 4; }
        if ((value & 0xC0000000u) == 0) { count += 2; value <<= 2; }
        if ((value & 0x80000000u) == 0) count += 1;
        return count;
    }

    /// <summary>The number of leading zero bits (64 for zero).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    [Intrinsic]
    public static int LeadingZeroCount(ulong value)
    {
        uint high = (uint)(value >> 32);
        return high != 0 ? LeadingZeroCount(high) : 32 + LeadingZeroCount((uint)value);
    }

    /// <summary>The number of trailing zero bits (32 for zero).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    [Intrinsic]
    public static int TrailingZeroCount(uint value) => value == 0 ? 32 : 31 - LeadingZeroCount(value & (uint)-(int)value);

    /// <summary>The number of trailing zero bits (64 for zero).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    [Intrinsic]
    public static int TrailingZeroCount(ulong value) => value == 0 ? 64 : 63 - LeadingZeroCount(value & (ulong)-(long)value);

    /// <summary>The integer base-2 logarithm (0 for zero).</summary>
    /// <param name="value">The value.</param>
    /// <returns>floor(log2(value)).</returns>
    [Intrinsic]
    public static int Log2(uint value) => 31 - LeadingZeroCount(value | 1);

    /// <summary>The integer base-2 logarithm (0 for zero).</summary>
    /// <param name="value">The value.</param>
    /// <returns>floor(log2(value)).</returns>
    [Intrinsic]
    public static int Log2(ulong value) => 63 - LeadingZeroCount(value | 1);

    /// <summary>Rotates left.</summary>
    /// <param name="value">The value.</param>
    /// <param name="offset">The bit count (mod 32).</param>
    /// <returns>The rotated value.</returns>
    [Intrinsic]
    public static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));

    /// <summary>Rotates left.</summary>
    /// <param name="value">The value.</param>
    /// <param name="offset">The bit count (mod 64).</param>
    /// <returns>The rotated value.</returns>
    [Intrinsic]
    public static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));

    /// <summary>Rotates right.</summary>
    /// <param name="value">The value.</param>
    /// <param name="offset">The bit count (mod 32).</param>
    /// <returns>The rotated value.</returns>
    [Intrinsic]
    public static uint RotateRight(uint value, int offset) => (value >> offset) | (value << (32 - offset));

    /// <summary>Rotates right.</summary>
    /// <param name="value">The value.</param>
    /// <param name="offset">The bit count (mod 64).</param>
    /// <returns>The rotated value.</returns>
    [Intrinsic]
    public static ulong RotateRight(ulong value, int offset) => (value >> offset) | (value << (64 - offset));

    /// <summary>Whether exactly one bit is set.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True for a power of two.</returns>
    public static bool IsPow2(uint value) => (value & (value - 1)) == 0 && value != 0;

    /// <summary>The smallest power of two at or above <paramref name="value"/> (0 past 2^31).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The power of two.</returns>
    public static uint RoundUpToPowerOf2(uint value)
    {
        --value;
        value |= value >> 1;
        value |= value >> 2;
        value |= value >> 4;
        value |= value >> 8;
        value |= value >> 16;
        return value + 1;
    }
}
