using System.Runtime.CompilerServices;

namespace System;

/// <summary>
/// The base of every enum. The image keeps no metadata, so an enum value's text form is its number (where .NET
/// prints the member's name).
/// </summary>
public abstract class Enum : ValueType, IComparable, IFormattable
{
    /// <summary>Whether every bit of <paramref name="flag"/> is set in this value.</summary>
    /// <param name="flag">The flags.</param>
    /// <returns>True if all are set.</returns>
    public bool HasFlag(Enum flag)
    {
        ArgumentNullException.ThrowIfNull(flag, nameof(flag));
        long bits = Bits(flag);
        return (Bits(this) & bits) == bits;
    }

    /// <summary>The value as a number (the image has no member names).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(null);

    /// <summary>The value as a number: "D" or "G" in decimal, "X" in hexadecimal.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public string ToString(string format) => Format(format);

    /// <summary>The value in <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string format, IFormatProvider provider) => Format(format);

    /// <summary>Orders two values of the same enum by their numbers.</summary>
    /// <param name="target">The other value.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(object target)
    {
        if (target is null)
            return 1;
        if (target.GetType() != GetType())
            throw new ArgumentException("Object must be the same type as the enum.");
        return Unsigned() ? ((ulong)Bits(this)).CompareTo((ulong)Bits(target)) : Bits(this).CompareTo(Bits(target));
    }

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is not null && obj.GetType() == GetType() && Bits(obj) == Bits(this);

    /// <inheritdoc/>
    public override int GetHashCode() => Bits(this).GetHashCode();

    private string Format(string format)
    {
        long bits = Bits(this);
        if (format is "X" or "x")
            return NumberFormatting.FormatInteger((ulong)bits, false, Size * 8, "X" + (Size * 2).ToString());
        return Unsigned() ? ((ulong)bits).ToString() : bits.ToString();
    }

    private unsafe int Size => (int)m_pEEType->ValueTypeSize;

    private unsafe bool Unsigned() => m_pEEType->ElementType is 0x02 or 0x03 or 0x05 or 0x07 or 0x09 or 0x0B or 0x0D;

    private static unsafe long Bits(object boxed)
    {
        ref byte data = ref Unsafe.As<RawData>(boxed).Data;
        var type = boxed.m_pEEType;
        bool signed = type->ElementType is 0x04 or 0x06 or 0x08 or 0x0A or 0x0C;
        return type->ValueTypeSize switch
        {
            1 => signed ? (sbyte)data : data,
            2 => signed ? Unsafe.As<byte, short>(ref data) : Unsafe.As<byte, ushort>(ref data),
            4 => signed ? Unsafe.As<byte, int>(ref data) : Unsafe.As<byte, uint>(ref data),
            _ => Unsafe.As<byte, long>(ref data),
        };
    }
}
