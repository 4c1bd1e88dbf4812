namespace System;

/// <summary>
/// A natural number of any size, little-endian in 32-bit limbs, changed in place: what exact conversion between doubles
/// and decimal text needs (a decimal number times a power of ten, a mantissa times a power of two, their quotient),
/// and no more. Loops only, no recursion (the image's stacks are small).
/// </summary>
/// <remarks>
/// One source, compiled three times: into the image's runtime (double parsing and formatting), into commands/sh
/// (printf, which must round as C does on the host too, where this runtime is not underneath it) and into
/// commands/sort (-g's exact long doubles). So it uses only what both the image's runtime and .NET have.
/// </remarks>
internal sealed class BigNatural
{
    private uint[] _limbs;
    private int _length; // limbs in use; the top one is not zero (zero has none); limbs above it may hold stale bits

    /// <summary>The number <paramref name="value"/>.</summary>
    /// <param name="value">Its value.</param>
    public BigNatural(ulong value)
    {
        _limbs = new uint[4];
        _limbs[0] = (uint)value;
        _limbs[1] = (uint)(value >> 32);
        _length = 2;
        Trim();
    }

    /// <summary>A copy of <paramref name="other"/>.</summary>
    /// <param name="other">The number copied.</param>
    public BigNatural(BigNatural other)
    {
        _limbs = new uint[Math.Max(other._length, 1) + 1];
        for (int i = 0; i < other._length; i++)
            _limbs[i] = other._limbs[i];
        _length = other._length;
    }

    /// <summary>Whether it is zero.</summary>
    public bool IsZero => _length == 0;

    /// <summary>How many bits it takes (0 for zero).</summary>
    public int BitLength => _length == 0 ? 0 : (_length - 1) * 32 + (32 - Numerics.BitOperations.LeadingZeroCount(_limbs[_length - 1]));

    /// <summary>Its low 64 bits.</summary>
    public ulong Low64 => (_length > 0 ? _limbs[0] : 0) | ((ulong)(_length > 1 ? _limbs[1] : 0) << 32);

    /// <summary>Bit <paramref name="index"/> (0 the lowest).</summary>
    /// <param name="index">Which bit.</param>
    /// <returns>True if it is 1.</returns>
    public bool Bit(int index)
    {
        int limb = index >> 5;
        return limb < _length && ((_limbs[limb] >> (index & 31)) & 1) != 0;
    }

    /// <summary>Whether any of the low <paramref name="count"/> bits is 1.</summary>
    /// <param name="count">How many low bits.</param>
    /// <returns>True if one is set.</returns>
    public bool AnyLowBits(int count)
    {
        for (int i = 0; i < _length && count > 0; i++, count -= 32)
        {
            uint mask = count >= 32 ? 0xFFFFFFFFu : (1u << count) - 1;
            if ((_limbs[i] & mask) != 0)
                return true;
        }

        return false;
    }

    /// <summary>The top 64 bits, the most significant at bit 63 (shifted up when it takes fewer).</summary>
    /// <param name="sticky">Set when a bit below those 64 is 1.</param>
    /// <returns>The bits.</returns>
    public ulong Top64(out bool sticky)
    {
        int bits = BitLength;
        if (bits <= 64)
        {
            sticky = false;
            return bits == 0 ? 0 : Low64 << (64 - bits);
        }

        int drop = bits - 64;
        ulong result = 0;
        for (int i = 0; i < 64; i++)
        {
            if (Bit(drop + i))
                result |= 1UL << i;
        }

        sticky = AnyLowBits(drop);
        return result;
    }

    /// <summary>this = this * <paramref name="factor"/> + <paramref name="addend"/>.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="addend">The number added.</param>
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
            Grow(_length + 1);
            _limbs[_length++] = (uint)carry;
        }
    }

    /// <summary>Adds one.</summary>
    public void Increment() => MultiplyAdd(1, 1);

    /// <summary>this = this * 10 to the power <paramref name="exponent"/>.</summary>
    /// <param name="exponent">Not negative.</param>
    public void MultiplyByPowerOfTen(int exponent) => MultiplyByPower(exponent, 10, 9);

    /// <summary>this = this * 5 to the power <paramref name="exponent"/>.</summary>
    /// <param name="exponent">Not negative.</param>
    public void MultiplyByPowerOfFive(int exponent) => MultiplyByPower(exponent, 5, 13);

    // `steps` is the largest power of `radix` that fits in a limb: those are multiplied a limb's worth at a time.
    private void MultiplyByPower(int exponent, uint radix, int steps)
    {
        uint chunk = 1;
        for (int i = 0; i < steps; i++)
            chunk *= radix;
        for (; exponent >= steps; exponent -= steps)
            MultiplyAdd(chunk, 0);
        uint rest = 1;
        for (; exponent > 0; exponent--)
            rest *= radix;
        if (rest != 1)
            MultiplyAdd(rest, 0);
    }

    /// <summary>this = this * 2 to the power <paramref name="bits"/>.</summary>
    /// <param name="bits">Not negative.</param>
    public void ShiftLeft(int bits)
    {
        if (_length == 0 || bits == 0)
            return;
        int limbs = bits >> 5, rest = bits & 31;
        Grow(_length + limbs + 1);
        _limbs[_length + limbs] = 0;
        for (int i = _length - 1; i >= 0; i--)
        {
            uint value = _limbs[i];
            if (rest != 0)
                _limbs[i + limbs + 1] |= value >> (32 - rest);
            _limbs[i + limbs] = value << rest;
        }

        for (int i = 0; i < limbs; i++)
            _limbs[i] = 0;
        _length += limbs + 1;
        Trim();
    }

    /// <summary>this = this / 2 to the power <paramref name="bits"/>, rounded down.</summary>
    /// <param name="bits">Not negative.</param>
    public void ShiftRight(int bits)
    {
        int limbs = bits >> 5, rest = bits & 31;
        if (limbs >= _length)
        {
            _length = 0;
            return;
        }

        for (int i = 0; i + limbs < _length; i++)
        {
            uint value = _limbs[i + limbs] >> rest;
            if (rest != 0 && i + limbs + 1 < _length)
                value |= _limbs[i + limbs + 1] << (32 - rest);
            _limbs[i] = value;
        }

        _length -= limbs;
        Trim();
    }

    /// <summary>Compares with <paramref name="other"/>.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Negative, zero or positive as this is less, equal or greater.</returns>
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

    /// <summary>this = this - <paramref name="other"/>, which is not greater.</summary>
    /// <param name="other">The number taken away.</param>
    public void Subtract(BigNatural other)
    {
        long borrow = 0;
        for (int i = 0; i < _length; i++)
        {
            long difference = (long)_limbs[i] - (i < other._length ? other._limbs[i] : 0) - borrow;
            borrow = difference < 0 ? 1 : 0;
            _limbs[i] = (uint)difference;
        }

        Trim();
    }

    /// <summary>
    /// Divides by <paramref name="divisor"/>, a bit at a time (fine for the few dozen quotient bits a double needs):
    /// this becomes the remainder, and the quotient is returned.
    /// </summary>
    /// <param name="divisor">Not zero; it is left as it was.</param>
    /// <returns>The quotient, rounded down.</returns>
    public BigNatural DivideBy(BigNatural divisor)
    {
        var quotient = new BigNatural(0);
        int shift = BitLength - divisor.BitLength;
        if (shift < 0)
            return quotient;
        var shifted = new BigNatural(divisor);
        shifted.ShiftLeft(shift);
        quotient.Grow((shift >> 5) + 1);
        for (int i = shift; i >= 0; i--)
        {
            if (CompareTo(shifted) >= 0)
            {
                Subtract(shifted);
                quotient._limbs[i >> 5] |= 1u << (i & 31);
            }

            shifted.ShiftRight(1);
        }

        quotient._length = (shift >> 5) + 1;
        quotient.Trim();
        return quotient;
    }

    /// <summary>Divides by <paramref name="divisor"/> in place.</summary>
    /// <param name="divisor">Not zero.</param>
    /// <returns>The remainder.</returns>
    public uint DivideBySmall(uint divisor)
    {
        ulong remainder = 0;
        for (int i = _length - 1; i >= 0; i--)
        {
            ulong value = (remainder << 32) | _limbs[i];
            _limbs[i] = (uint)(value / divisor);
            remainder = value % divisor;
        }

        Trim();
        return (uint)remainder;
    }

    /// <summary>Its decimal digits ("0" for zero).</summary>
    /// <returns>The digits, most significant first.</returns>
    public string ToDecimal()
    {
        if (_length == 0)
            return "0";
        var copy = new BigNatural(this);
        var chunks = new Collections.Generic.List<uint>();
        while (!copy.IsZero)
            chunks.Add(copy.DivideBySmall(1000000000));
        var digits = new char[chunks.Count * 9];
        int n = 0;
        for (int c = chunks.Count - 1; c >= 0; c--)
        {
            uint chunk = chunks[c];
            for (int d = 8; d >= 0; d--)
            {
                digits[n + d] = (char)('0' + chunk % 10);
                chunk /= 10;
            }

            n += 9;
        }

        int start = 0;
        while (start < n - 1 && digits[start] == '0')
            start++;
        return new string(digits, start, n - start);
    }

    private void Grow(int limbs)
    {
        if (limbs <= _limbs.Length)
            return;
        var larger = new uint[Math.Max(limbs, _limbs.Length * 2)];
        for (int i = 0; i < _length; i++)
            larger[i] = _limbs[i];
        _limbs = larger;
    }

    private void Trim()
    {
        while (_length > 0 && _limbs[_length - 1] == 0)
            _length--;
    }
}
