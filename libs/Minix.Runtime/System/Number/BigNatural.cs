namespace System;

// A small arbitrary-precision natural number (little-endian 32-bit limbs): what exact decimal conversion of doubles
// needs, and no more.
internal sealed class BigNatural
{
    private uint[] _limbs;
    private int _length;

    public BigNatural(ulong value)
    {
        _limbs = new uint[8];
        _limbs[0] = (uint)value;
        _limbs[1] = (uint)(value >> 32);
        _length = _limbs[1] != 0 ? 2 : _limbs[0] != 0 ? 1 : 0;
    }

    public bool IsZero => _length == 0;

    public int BitLength => _length == 0 ? 0 : (_length - 1) * 32 + (32 - System.Numerics.BitOperations.LeadingZeroCount(_limbs[_length - 1]));

    public BigNatural Clone()
    {
        var copy = new BigNatural(0) { _limbs = (uint[])_limbs.Clone(), _length = _length };
        return copy;
    }

    public void MultiplyAdd(uint factor, uint addend)
    {
        ulong carry = addend;
        for (int i = 0; i < _length; i++)
        {
            ulong product = (ulong)_limbs[i] * factor + carry;
            _limbs[i] = (uint)product;
            carry = product >> 32;
        }

        if (carry != 0)
        {
            Ensure(_length + 1);
            _limbs[_length++] = (uint)carry;
        }
    }

    public void MultiplyByPowerOfTen(int exponent)
    {
        for (; exponent >= 9; exponent -= 9)
            MultiplyAdd(1_000_000_000, 0);
        uint rest = 1;
        for (int i = 0; i < exponent; i++)
            rest *= 10;
        if (rest != 1)
            MultiplyAdd(rest, 0);
    }

    public void MultiplyByPowerOfFive(int exponent)
    {
        for (; exponent >= 13; exponent -= 13)
            MultiplyAdd(1220703125, 0);
        uint rest = 1;
        for (int i = 0; i < exponent; i++)
            rest *= 5;
        if (rest != 1)
            MultiplyAdd(rest, 0);
    }

    public void ShiftLeft(int bits)
    {
        if (_length == 0 || bits == 0)
            return;
        int words = bits / 32, shift = bits % 32;
        Ensure(_length + words + 1);
        for (int i = _length - 1; i >= 0; i--)
        {
            ulong value = (ulong)_limbs[i] << shift;
            _limbs[i + words + 1] |= (uint)(value >> 32);
            _limbs[i + words] = (uint)value;
        }

        for (int i = 0; i < words; i++)
            _limbs[i] = 0;
        _length += words + 1;
        Normalize();
    }

    // Divides by `divisor` (below 2^32) and returns the remainder.
    public uint DivideRemainder(uint divisor)
    {
        ulong remainder = 0;
        for (int i = _length - 1; i >= 0; i--)
        {
            ulong current = (remainder << 32) | _limbs[i];
            _limbs[i] = (uint)(current / divisor);
            remainder = current % divisor;
        }

        Normalize();
        return (uint)remainder;
    }

    public int CompareTo(BigNatural other)
    {
        if (_length != other._length)
            return _length < other._length ? -1 : 1;
        for (int i = _length - 1; i >= 0; i--)
        {
            if (_limbs[i] != other._limbs[i])
                return _limbs[i] < other._limbs[i] ? -1 : 1;
        }

        return 0;
    }

    // this -= other (other must not be larger).
    public void Subtract(BigNatural other)
    {
        long borrow = 0;
        for (int i = 0; i < _length; i++)
        {
            long difference = (long)_limbs[i] - (i < other._length ? other._limbs[i] : 0) - borrow;
            borrow = difference < 0 ? 1 : 0;
            _limbs[i] = (uint)difference;
        }

        Normalize();
    }

    // The quotient of this / divisor (this is left as the remainder), by shift and subtract: fine for the few dozen
    // quotient bits decimal-to-binary conversion needs.
    public BigNatural DivideBy(BigNatural divisor)
    {
        var quotient = new BigNatural(0);
        if (CompareTo(divisor) < 0)
            return quotient;
        int shift = BitLength - divisor.BitLength;
        BigNatural shifted = divisor.Clone();
        shifted.ShiftLeft(shift);
        for (int bit = shift; bit >= 0; bit--)
        {
            quotient.ShiftLeft(1);
            if (CompareTo(shifted) >= 0)
            {
                Subtract(shifted);
                quotient.MultiplyAdd(1, 1);
            }

            shifted.ShiftRightOne();
        }

        return quotient;
    }

    // The top 64 bits (the most significant bit at bit 63) and whether any bit below them is set.
    public ulong Top64(out bool sticky)
    {
        int bits = BitLength;
        sticky = false;
        if (bits <= 64)
            return ToUInt64() << (64 - bits);
        int drop = bits - 64;
        ulong result = 0;
        for (int i = 0; i < 64; i++)
        {
            if (Bit(drop + i))
                result |= 1UL << i;
        }

        for (int i = 0; i < drop && !sticky; i++)
            sticky = Bit(i);
        return result;
    }

    // Decimal digits of the number, most significant first.
    public string ToDecimal()
    {
        if (_length == 0)
            return "0";
        BigNatural work = Clone();
        var chunks = new System.Collections.Generic.List<uint>();
        while (!work.IsZero)
            chunks.Add(work.DivideRemainder(1_000_000_000));
        var text = new Text.StringBuilder();
        text.Append(chunks[^1].ToString());
        for (int i = chunks.Count - 2; i >= 0; i--)
            text.Append(chunks[i].ToString().PadLeft(9, '0'));
        return text.ToString();
    }

    private ulong ToUInt64() => _length == 0 ? 0 : _length == 1 ? _limbs[0] : ((ulong)_limbs[1] << 32) | _limbs[0];

    private bool Bit(int index) => (index >> 5) < _length && (_limbs[index >> 5] & (1u << (index & 31))) != 0;

    private void ShiftRightOne()
    {
        for (int i = 0; i < _length; i++)
            _limbs[i] = (_limbs[i] >> 1) | (i + 1 < _length ? _limbs[i + 1] << 31 : 0);
        Normalize();
    }

    private void Ensure(int length)
    {
        if (_limbs.Length < length)
            Array.Resize(ref _limbs, Math.Max(length, _limbs.Length * 2));
    }

    private void Normalize()
    {
        while (_length > 0 && _limbs[_length - 1] == 0)
            _length--;
    }
}
