namespace Minix.Commands.Sort;

/// <summary>
/// A non-negative integer of any size, with the few operations that turning a decimal into a long double needs:
/// multiplying by small numbers, shifts, comparison and subtraction. Limbs are 32 bits, least significant first.
/// </summary>
internal sealed class Natural
{
    private uint[] _limbs;
    private int _length;

    private Natural(uint[] limbs, int length)
    {
        _limbs = limbs;
        _length = length;
        Trim();
    }

    /// <summary>Zero.</summary>
    public static Natural Zero() => new(new uint[4], 0);

    /// <summary>Whether it is zero.</summary>
    public bool IsZero => _length == 0;

    /// <summary>How many bits it takes: 0 for zero.</summary>
    public int BitLength
    {
        get
        {
            if (_length == 0)
                return 0;
            uint top = _limbs[_length - 1];
            int bits = 0;
            while (top != 0)
            {
                bits++;
                top >>= 1;
            }

            return (_length - 1) * 32 + bits;
        }
    }

    /// <summary>A copy.</summary>
    public Natural Copy() => new((uint[])_limbs.Clone(), _length);

    /// <summary>this = this * <paramref name="factor"/> + <paramref name="addend"/>.</summary>
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

    /// <summary>this = this * 2^<paramref name="bits"/>.</summary>
    public void ShiftLeft(int bits)
    {
        if (_length == 0 || bits == 0)
            return;
        int words = bits / 32, rest = bits % 32;
        Grow(_length + words + 1);
        for (int i = _length - 1 + words + 1; i >= 0; i--)
        {
            int from = i - words;
            uint high = from >= 0 && from < _length ? _limbs[from] : 0;
            uint low = from - 1 >= 0 && from - 1 < _length ? _limbs[from - 1] : 0;
            _limbs[i] = rest == 0 ? high : (high << rest) | (low >> (32 - rest));
        }

        _length += words + 1;
        Trim();
    }

    /// <summary>this = this / 2 (rounded down).</summary>
    public void HalveDown()
    {
        for (int i = 0; i < _length; i++)
            _limbs[i] = (_limbs[i] >> 1) | (i + 1 < _length ? _limbs[i + 1] << 31 : 0);
        Trim();
    }

    /// <summary>Bit <paramref name="index"/> (0 the lowest).</summary>
    public bool Bit(int index) => index >= 0 && index / 32 < _length && ((_limbs[index / 32] >> (index % 32)) & 1) != 0;

    /// <summary>Whether any bit below <paramref name="index"/> is set.</summary>
    public bool AnyBelow(int index)
    {
        for (int i = 0; i < index; i++)
        {
            if (Bit(i))
                return true;
        }

        return false;
    }

    /// <summary>The 64 bits from <paramref name="index"/> up.</summary>
    public ulong Bits64(int index)
    {
        ulong value = 0;
        for (int i = 63; i >= 0; i--)
            value = (value << 1) | (Bit(index + i) ? 1UL : 0);
        return value;
    }

    /// <summary>Negative, 0 or positive as this is less than, equal to or greater than <paramref name="other"/>.</summary>
    public int CompareTo(Natural other)
    {
        if (_length != other._length)
            return _length.CompareTo(other._length);
        for (int i = _length - 1; i >= 0; i--)
        {
            if (_limbs[i] != other._limbs[i])
                return _limbs[i].CompareTo(other._limbs[i]);
        }

        return 0;
    }

    /// <summary>this = this - <paramref name="other"/>, which is not larger.</summary>
    public void Subtract(Natural other)
    {
        long borrow = 0;
        for (int i = 0; i < _length; i++)
        {
            long difference = (long)_limbs[i] - (i < other._length ? other._limbs[i] : 0) - borrow;
            borrow = difference < 0 ? 1 : 0;
            _limbs[i] = (uint)(difference + (borrow << 32));
        }

        Trim();
    }

    private void Grow(int length)
    {
        if (_limbs.Length >= length)
            return;
        var limbs = new uint[Math.Max(length, _limbs.Length * 2)];
        Array.Copy(_limbs, limbs, _length);
        _limbs = limbs;
    }

    private void Trim()
    {
        while (_length > 0 && _limbs[_length - 1] == 0)
            _length--;
    }
}
