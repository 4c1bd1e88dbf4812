namespace System;

public sealed partial class String
{
    /// <summary>The index of the first <paramref name="value"/>, or -1.</summary>
    /// <param name="value">The character.</param>
    /// <returns>The index.</returns>
    public int IndexOf(char value) => IndexOf(value, 0, _stringLength);

    /// <summary>The index of the first <paramref name="value"/> from <paramref name="startIndex"/>, or -1.</summary>
    /// <param name="value">The character.</param>
    /// <param name="startIndex">Where to start.</param>
    /// <returns>The index.</returns>
    public int IndexOf(char value, int startIndex) => IndexOf(value, startIndex, _stringLength - startIndex);

    /// <summary>The index of the first <paramref name="value"/> in a range, or -1.</summary>
    /// <param name="value">The character.</param>
    /// <param name="startIndex">Where to start.</param>
    /// <param name="count">How many to look at.</param>
    /// <returns>The index.</returns>
    public int IndexOf(char value, int startIndex, int count)
    {
        CheckRange(startIndex, count);
        for (int i = startIndex; i < startIndex + count; i++)
        {
            if (this[i] == value)
                return i;
        }

        return -1;
    }

    /// <summary>The index of the first <paramref name="value"/> by <paramref name="comparisonType"/>, or -1.</summary>
    /// <param name="value">The character.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>The index.</returns>
    public int IndexOf(char value, StringComparison comparisonType) => IndexOf(new string(value, 1), 0, comparisonType);

    /// <summary>The index of the first occurrence of <paramref name="value"/>, or -1 (0 for "").</summary>
    /// <param name="value">The string.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string value) => IndexOf(value, 0, StringComparison.Ordinal);

    /// <summary>The index of the first occurrence of <paramref name="value"/> from <paramref name="startIndex"/>, or -1.</summary>
    /// <param name="value">The string.</param>
    /// <param name="startIndex">Where to start.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string value, int startIndex) => IndexOf(value, startIndex, StringComparison.Ordinal);

    /// <summary>The index of the first occurrence of <paramref name="value"/> by <paramref name="comparisonType"/>, or -1.</summary>
    /// <param name="value">The string.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string value, StringComparison comparisonType) => IndexOf(value, 0, comparisonType);

    /// <summary>The index of the first occurrence of <paramref name="value"/> from <paramref name="startIndex"/> by
    /// <paramref name="comparisonType"/>, or -1.</summary>
    /// <param name="value">The string.</param>
    /// <param name="startIndex">Where to start.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string value, int startIndex, StringComparison comparisonType)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        if ((uint)startIndex > (uint)_stringLength)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        bool ignoreCase = IgnoresCase(comparisonType);
        for (int i = startIndex; i <= _stringLength - value.Length; i++)
        {
            if (MatchesAt(i, value, ignoreCase))
                return i;
        }

        return -1;
    }

    /// <summary>The index of the first of <paramref name="anyOf"/>'s characters, or -1.</summary>
    /// <param name="anyOf">The characters.</param>
    /// <returns>The index.</returns>
    public int IndexOfAny(char[] anyOf) => IndexOfAny(anyOf, 0);

    /// <summary>The index of the first of <paramref name="anyOf"/>'s characters from <paramref name="startIndex"/>, or -1.</summary>
    /// <param name="anyOf">The characters.</param>
    /// <param name="startIndex">Where to start.</param>
    /// <returns>The index.</returns>
    public int IndexOfAny(char[] anyOf, int startIndex)
    {
        ArgumentNullException.ThrowIfNull(anyOf, nameof(anyOf));
        CheckRange(startIndex, _stringLength - startIndex);
        for (int i = startIndex; i < _stringLength; i++)
        {
            if (Array.IndexOf(anyOf, this[i]) >= 0)
                return i;
        }

        return -1;
    }

    /// <summary>The index of the last <paramref name="value"/>, or -1.</summary>
    /// <param name="value">The character.</param>
    /// <returns>The index.</returns>
    public int LastIndexOf(char value)
    {
        for (int i = _stringLength - 1; i >= 0; i--)
        {
            if (this[i] == value)
                return i;
        }

        return -1;
    }

    /// <summary>The index of the last <paramref name="value"/> at or before <paramref name="startIndex"/>, or -1.</summary>
    /// <param name="value">The character.</param>
    /// <param name="startIndex">The last index looked at.</param>
    /// <returns>The index.</returns>
    public int LastIndexOf(char value, int startIndex)
    {
        if ((uint)startIndex >= (uint)_stringLength && _stringLength > 0)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
        for (int i = startIndex; i >= 0; i--)
        {
            if (this[i] == value)
                return i;
        }

        return -1;
    }

    /// <summary>The index of the last occurrence of <paramref name="value"/>, or -1.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The index.</returns>
    public int LastIndexOf(string value) => LastIndexOf(value, StringComparison.Ordinal);

    /// <summary>The index of the last occurrence of <paramref name="value"/> by <paramref name="comparisonType"/>, or -1.</summary>
    /// <param name="value">The string.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>The index.</returns>
    public int LastIndexOf(string value, StringComparison comparisonType)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        if (value.Length == 0)
            return _stringLength == 0 ? 0 : _stringLength - 1;
        bool ignoreCase = IgnoresCase(comparisonType);
        for (int i = _stringLength - value.Length; i >= 0; i--)
        {
            if (MatchesAt(i, value, ignoreCase))
                return i;
        }

        return -1;
    }

    /// <summary>The index of the last of <paramref name="anyOf"/>'s characters, or -1.</summary>
    /// <param name="anyOf">The characters.</param>
    /// <returns>The index.</returns>
    public int LastIndexOfAny(char[] anyOf)
    {
        ArgumentNullException.ThrowIfNull(anyOf, nameof(anyOf));
        for (int i = _stringLength - 1; i >= 0; i--)
        {
            if (Array.IndexOf(anyOf, this[i]) >= 0)
                return i;
        }

        return -1;
    }

    /// <summary>Whether the string contains <paramref name="value"/>.</summary>
    /// <param name="value">The string.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(string value) => IndexOf(value) >= 0;

    /// <summary>Whether the string contains <paramref name="value"/> by <paramref name="comparisonType"/>.</summary>
    /// <param name="value">The string.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(string value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;

    /// <summary>Whether the string contains <paramref name="value"/>.</summary>
    /// <param name="value">The character.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(char value) => IndexOf(value) >= 0;

    /// <summary>Whether the string starts with <paramref name="value"/>.</summary>
    /// <param name="value">The prefix.</param>
    /// <returns>True if it does.</returns>
    public bool StartsWith(string value) => StartsWith(value, StringComparison.Ordinal);

    /// <summary>Whether the string starts with <paramref name="value"/> by <paramref name="comparisonType"/>.</summary>
    /// <param name="value">The prefix.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>True if it does.</returns>
    public bool StartsWith(string value, StringComparison comparisonType)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        return value.Length <= _stringLength && MatchesAt(0, value, IgnoresCase(comparisonType));
    }

    /// <summary>Whether the string starts with <paramref name="value"/>.</summary>
    /// <param name="value">The character.</param>
    /// <returns>True if it does.</returns>
    public bool StartsWith(char value) => _stringLength > 0 && this[0] == value;

    /// <summary>Whether the string ends with <paramref name="value"/>.</summary>
    /// <param name="value">The suffix.</param>
    /// <returns>True if it does.</returns>
    public bool EndsWith(string value) => EndsWith(value, StringComparison.Ordinal);

    /// <summary>Whether the string ends with <paramref name="value"/> by <paramref name="comparisonType"/>.</summary>
    /// <param name="value">The suffix.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>True if it does.</returns>
    public bool EndsWith(string value, StringComparison comparisonType)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        return value.Length <= _stringLength && MatchesAt(_stringLength - value.Length, value, IgnoresCase(comparisonType));
    }

    /// <summary>Whether the string ends with <paramref name="value"/>.</summary>
    /// <param name="value">The character.</param>
    /// <returns>True if it does.</returns>
    public bool EndsWith(char value) => _stringLength > 0 && this[_stringLength - 1] == value;

    private bool MatchesAt(int index, string value, bool ignoreCase)
    {
        for (int j = 0; j < value.Length; j++)
        {
            char a = this[index + j], b = value[j];
            if (a != b && (!ignoreCase || char.ToUpperInvariant(a) != char.ToUpperInvariant(b)))
                return false;
        }

        return true;
    }

    private void CheckRange(int startIndex, int count)
    {
        if ((uint)startIndex > (uint)_stringLength)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        if ((uint)count > (uint)(_stringLength - startIndex))
            throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
    }
}
