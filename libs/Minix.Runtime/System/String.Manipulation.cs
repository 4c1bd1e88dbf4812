using System.Runtime.CompilerServices;

namespace System;

public sealed partial class String
{
    /// <summary>The characters from <paramref name="startIndex"/> for <paramref name="length"/>.</summary>
    /// <param name="startIndex">The first character.</param>
    /// <param name="length">How many.</param>
    /// <returns>The substring.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the string.</exception>
    public string Substring(int startIndex, int length)
    {
        if ((uint)startIndex > (uint)_stringLength)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
        if ((uint)length > (uint)(_stringLength - startIndex))
            throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
        if (length == _stringLength)
            return this;
        return new string(AsSpan().Slice(startIndex, length));
    }

    /// <summary>The characters from <paramref name="startIndex"/> on.</summary>
    /// <param name="startIndex">The first character.</param>
    /// <returns>The substring.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startIndex"/> is past the end.</exception>
    public string Substring(int startIndex)
    {
        if ((uint)startIndex > (uint)_stringLength)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
        return Substring(startIndex, _stringLength - startIndex);
    }

    /// <summary>The string with every <paramref name="oldChar"/> replaced by <paramref name="newChar"/>.</summary>
    /// <param name="oldChar">The character to replace.</param>
    /// <param name="newChar">Its replacement.</param>
    /// <returns>The new string (this one if nothing changed).</returns>
    public string Replace(char oldChar, char newChar)
    {
        int first = IndexOf(oldChar);
        if (first < 0)
            return this;
        string result = FastAllocateString(_stringLength);
        for (int i = 0; i < _stringLength; i++)
        {
            char c = this[i];
            Unsafe.Add(ref result._firstChar, i) = c == oldChar ? newChar : c;
        }

        return result;
    }

    /// <summary>The string with every occurrence of <paramref name="oldValue"/> replaced by <paramref name="newValue"/>.</summary>
    /// <param name="oldValue">The text to replace (not empty).</param>
    /// <param name="newValue">Its replacement (null removes).</param>
    /// <returns>The new string (this one if nothing changed).</returns>
    public string Replace(string oldValue, string newValue) => Replace(oldValue, newValue, StringComparison.Ordinal);

    /// <summary>The string with every occurrence of <paramref name="oldValue"/>, by <paramref name="comparisonType"/>,
    /// replaced by <paramref name="newValue"/>.</summary>
    /// <param name="oldValue">The text to replace (not empty).</param>
    /// <param name="newValue">Its replacement (null removes).</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>The new string.</returns>
    public string Replace(string oldValue, string newValue, StringComparison comparisonType)
    {
        ArgumentNullException.ThrowIfNull(oldValue, nameof(oldValue));
        if (oldValue.Length == 0)
            throw new ArgumentException("String cannot be of zero length.", nameof(oldValue));
        int at = IndexOf(oldValue, 0, comparisonType);
        if (at < 0)
            return this;
        var builder = new System.Text.StringBuilder(_stringLength);
        int from = 0;
        while (at >= 0)
        {
            builder.Append(this, from, at - from);
            builder.Append(newValue);
            from = at + oldValue.Length;
            at = IndexOf(oldValue, from, comparisonType);
        }

        builder.Append(this, from, _stringLength - from);
        return builder.ToString();
    }

    /// <summary>The string without leading and trailing white space.</summary>
    /// <returns>The trimmed string.</returns>
    public string Trim() => TrimWhere(null, start: true, end: true);

    /// <summary>The string without leading and trailing <paramref name="trimChar"/>.</summary>
    /// <param name="trimChar">The character.</param>
    /// <returns>The trimmed string.</returns>
    public string Trim(char trimChar) => TrimWhere(new[] { trimChar }, start: true, end: true);

    /// <summary>The string without leading and trailing characters of <paramref name="trimChars"/> (white space if empty).</summary>
    /// <param name="trimChars">The characters.</param>
    /// <returns>The trimmed string.</returns>
    public string Trim(params char[] trimChars) => TrimWhere(trimChars, start: true, end: true);

    /// <summary>The string without leading white space.</summary>
    /// <returns>The trimmed string.</returns>
    public string TrimStart() => TrimWhere(null, start: true, end: false);

    /// <summary>The string without leading <paramref name="trimChar"/>.</summary>
    /// <param name="trimChar">The character.</param>
    /// <returns>The trimmed string.</returns>
    public string TrimStart(char trimChar) => TrimWhere(new[] { trimChar }, start: true, end: false);

    /// <summary>The string without leading characters of <paramref name="trimChars"/> (white space if empty).</summary>
    /// <param name="trimChars">The characters.</param>
    /// <returns>The trimmed string.</returns>
    public string TrimStart(params char[] trimChars) => TrimWhere(trimChars, start: true, end: false);

    /// <summary>The string without trailing white space.</summary>
    /// <returns>The trimmed string.</returns>
    public string TrimEnd() => TrimWhere(null, start: false, end: true);

    /// <summary>The string without trailing <paramref name="trimChar"/>.</summary>
    /// <param name="trimChar">The character.</param>
    /// <returns>The trimmed string.</returns>
    public string TrimEnd(char trimChar) => TrimWhere(new[] { trimChar }, start: false, end: true);

    /// <summary>The string without trailing characters of <paramref name="trimChars"/> (white space if empty).</summary>
    /// <param name="trimChars">The characters.</param>
    /// <returns>The trimmed string.</returns>
    public string TrimEnd(params char[] trimChars) => TrimWhere(trimChars, start: false, end: true);

    private string TrimWhere(char[] trimChars, bool start, bool end)
    {
        int first = 0, last = _stringLength - 1;
        if (start)
        {
            while (first <= last && Trims(this[first], trimChars))
                first++;
        }

        if (end)
        {
            while (last >= first && Trims(this[last], trimChars))
                last--;
        }

        return Substring(first, last - first + 1);
    }

    private static bool Trims(char c, char[] trimChars) =>
        trimChars is null || trimChars.Length == 0 ? char.IsWhiteSpace(c) : Array.IndexOf(trimChars, c) >= 0;

    /// <summary>The string right-aligned in <paramref name="totalWidth"/> by leading spaces.</summary>
    /// <param name="totalWidth">The width.</param>
    /// <returns>The padded string.</returns>
    public string PadLeft(int totalWidth) => PadLeft(totalWidth, ' ');

    /// <summary>The string right-aligned in <paramref name="totalWidth"/> by leading <paramref name="paddingChar"/>.</summary>
    /// <param name="totalWidth">The width.</param>
    /// <param name="paddingChar">The padding.</param>
    /// <returns>The padded string.</returns>
    public string PadLeft(int totalWidth, char paddingChar)
    {
        if (totalWidth < 0)
            throw new ArgumentOutOfRangeException(nameof(totalWidth), "Non-negative number required.");
        return totalWidth <= _stringLength ? this : Concat(new string(paddingChar, totalWidth - _stringLength), this);
    }

    /// <summary>The string left-aligned in <paramref name="totalWidth"/> by trailing spaces.</summary>
    /// <param name="totalWidth">The width.</param>
    /// <returns>The padded string.</returns>
    public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');

    /// <summary>The string left-aligned in <paramref name="totalWidth"/> by trailing <paramref name="paddingChar"/>.</summary>
    /// <param name="totalWidth">The width.</param>
    /// <param name="paddingChar">The padding.</param>
    /// <returns>The padded string.</returns>
    public string PadRight(int totalWidth, char paddingChar)
    {
        if (totalWidth < 0)
            throw new ArgumentOutOfRangeException(nameof(totalWidth), "Non-negative number required.");
        return totalWidth <= _stringLength ? this : Concat(this, new string(paddingChar, totalWidth - _stringLength));
    }

    /// <summary>The string with <paramref name="value"/> inserted at <paramref name="startIndex"/>.</summary>
    /// <param name="startIndex">Where.</param>
    /// <param name="value">The text.</param>
    /// <returns>The new string.</returns>
    public string Insert(int startIndex, string value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        if ((uint)startIndex > (uint)_stringLength)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        return Concat(AsSpan().Slice(0, startIndex), value, AsSpan().Slice(startIndex));
    }

    /// <summary>The string without the characters from <paramref name="startIndex"/> on.</summary>
    /// <param name="startIndex">The first removed.</param>
    /// <returns>The new string.</returns>
    public string Remove(int startIndex)
    {
        if ((uint)startIndex > (uint)_stringLength)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex must be less than length of string.");
        return Substring(0, startIndex);
    }

    /// <summary>The string without <paramref name="count"/> characters from <paramref name="startIndex"/>.</summary>
    /// <param name="startIndex">The first removed.</param>
    /// <param name="count">How many.</param>
    /// <returns>The new string.</returns>
    public string Remove(int startIndex, int count)
    {
        if (startIndex < 0 || count < 0 || count > _stringLength - startIndex)
            throw new ArgumentOutOfRangeException(startIndex < 0 ? nameof(startIndex) : nameof(count), "Index and count must refer to a location within the string.");
        return Concat(AsSpan().Slice(0, startIndex), AsSpan().Slice(startIndex + count));
    }

    /// <summary>The string in uppercase by the invariant simple case mapping.</summary>
    /// <returns>The new string.</returns>
    public string ToUpperInvariant() => MapCase(upper: true);

    /// <summary>The string in lowercase by the invariant simple case mapping.</summary>
    /// <returns>The new string.</returns>
    public string ToLowerInvariant() => MapCase(upper: false);

    /// <summary>The string in uppercase (invariant in the image: there is no culture data).</summary>
    /// <returns>The new string.</returns>
    public string ToUpper() => MapCase(upper: true);

    /// <summary>The string in lowercase (invariant in the image).</summary>
    /// <returns>The new string.</returns>
    public string ToLower() => MapCase(upper: false);

    private string MapCase(bool upper)
    {
        string result = null;
        for (int i = 0; i < _stringLength; i++)
        {
            char c = this[i];
            char mapped = upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            if (mapped == c && result is null)
                continue;
            if (result is null)
            {
                result = FastAllocateString(_stringLength);
                for (int j = 0; j < i; j++)
                    Unsafe.Add(ref result._firstChar, j) = this[j];
            }

            Unsafe.Add(ref result._firstChar, i) = mapped;
        }

        return result ?? this;
    }

    /// <summary>The characters in a new array.</summary>
    /// <returns>The array.</returns>
    public char[] ToCharArray() => AsSpan().ToArray();

    /// <summary>A range of the characters in a new array.</summary>
    /// <param name="startIndex">The first.</param>
    /// <param name="length">How many.</param>
    /// <returns>The array.</returns>
    public char[] ToCharArray(int startIndex, int length) => AsSpan().Slice(startIndex, length).ToArray();

    /// <summary>Copies characters into <paramref name="destination"/>.</summary>
    /// <param name="sourceIndex">The first character copied.</param>
    /// <param name="destination">The target.</param>
    /// <param name="destinationIndex">The first index written.</param>
    /// <param name="count">How many.</param>
    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        AsSpan().Slice(sourceIndex, count).CopyTo(new Span<char>(destination, destinationIndex, count));

    /// <summary>Copies the characters into <paramref name="destination"/>.</summary>
    /// <param name="destination">The target.</param>
    public void CopyTo(Span<char> destination) => AsSpan().CopyTo(destination);
}
