using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Internal.Runtime.CompilerHelpers;

namespace System;

/// <summary>
/// Immutable UTF-16 text. Literals are frozen objects the compiler places in the image; new strings come from the
/// process heap. Comparisons are ordinal (the image has no culture data); casing is invariant.
/// </summary>
public sealed partial class String : IEquatable<string>, IComparable<string>, IComparable, IEnumerable<char>
{
    // Layout contract with ILC: the length, then the characters, then a terminating NUL.
    private readonly int _stringLength;
    private char _firstChar;

    /// <summary>The empty string.</summary>
    public static string Empty => "";

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length
    {
        [Intrinsic]
        get => _stringLength;
    }

    /// <summary>The code unit at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <exception cref="IndexOutOfRangeException">The index is outside the string.</exception>
    [IndexerName("Chars")]
    public char this[int index]
    {
        [Intrinsic]
        get
        {
            if ((uint)index >= (uint)_stringLength)
                ThrowHelpers.ThrowIndexOutOfRangeException();
            return Unsafe.Add(ref _firstChar, (nint)(uint)index);
        }
    }

    /// <summary>A string holding a copy of <paramref name="value"/>.</summary>
    /// <param name="value">The characters.</param>
    [MethodImpl(MethodImplOptions.InternalCall)]
    public extern String(ReadOnlySpan<char> value);

    /// <summary>A string of <paramref name="count"/> copies of <paramref name="c"/>.</summary>
    /// <param name="c">The character.</param>
    /// <param name="count">How many.</param>
    [MethodImpl(MethodImplOptions.InternalCall)]
    public extern String(char c, int count);

    /// <summary>A string holding a copy of <paramref name="value"/>.</summary>
    /// <param name="value">The characters (null gives "").</param>
    [MethodImpl(MethodImplOptions.InternalCall)]
    public extern String(char[] value);

    /// <summary>A string holding a copy of part of <paramref name="value"/>.</summary>
    /// <param name="value">The characters.</param>
    /// <param name="startIndex">The first.</param>
    /// <param name="length">How many.</param>
    [MethodImpl(MethodImplOptions.InternalCall)]
    public extern String(char[] value, int startIndex, int length);

    /// <summary>A string holding a copy of the NUL-terminated characters at <paramref name="value"/>.</summary>
    /// <param name="value">The characters.</param>
    [MethodImpl(MethodImplOptions.InternalCall)]
    public extern unsafe String(char* value);

    /// <summary>A string holding a copy of <paramref name="length"/> characters at <paramref name="value"/>.</summary>
    /// <param name="value">The characters.</param>
    /// <param name="startIndex">The first.</param>
    /// <param name="length">How many.</param>
    [MethodImpl(MethodImplOptions.InternalCall)]
    public extern unsafe String(char* value, int startIndex, int length);

    // ILC turns `new string(...)` into a call to the static Ctor with the same parameters.
    private static string Ctor(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
            return "";
        string result = FastAllocateString(value.Length);
        SpanCopy.Copy(ref result._firstChar, ref MemoryMarshalAccess.Reference(value), value.Length);
        return result;
    }

    private static string Ctor(char c, int count)
    {
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
        if (count == 0)
            return "";
        string result = FastAllocateString(count);
        for (int i = 0; i < count; i++)
            Unsafe.Add(ref result._firstChar, i) = c;
        return result;
    }

    private static string Ctor(char[] value) => value is null ? "" : Ctor(new ReadOnlySpan<char>(value));

    private static string Ctor(char[] value, int startIndex, int length)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        if (startIndex < 0 || length < 0 || startIndex > value.Length - length)
            throw new ArgumentOutOfRangeException(startIndex < 0 ? nameof(startIndex) : nameof(length), "Index and length must refer to a location within the string.");
        return Ctor(new ReadOnlySpan<char>(value, startIndex, length));
    }

    private static unsafe string Ctor(char* value)
    {
        if (value == null)
            return "";
        int length = 0;
        while (value[length] != 0)
            length++;
        return Ctor(new ReadOnlySpan<char>(value, length));
    }

    private static unsafe string Ctor(char* value, int startIndex, int length) =>
        length == 0 ? "" : Ctor(new ReadOnlySpan<char>(value + startIndex, length));

    internal static unsafe string FastAllocateString(int length) =>
        Unsafe.As<string>(System.Runtime.RuntimeExports.RhpNewArray("".m_pEEType, length));

    /// <summary>Ordinal equality of two strings (null equals only null).</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <returns>True if equal.</returns>
    public static bool Equals(string a, string b)
    {
        if ((object)a == b)
            return true;
        if (a is null || b is null || a._stringLength != b._stringLength)
            return false;
        return SpanEquals(ToSpan(a), ToSpan(b));
    }

    /// <summary>Equality of two strings by <paramref name="comparisonType"/>.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>True if equal.</returns>
    public static bool Equals(string a, string b, StringComparison comparisonType) =>
        IgnoresCase(comparisonType) ? (a is null ? b is null : b is not null && a.Length == b.Length && CompareIgnoringCase(ToSpan(a), ToSpan(b)) == 0) : Equals(a, b);

    /// <summary>Ordinal equality.</summary>
    /// <param name="value">The other string.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(string value) => Equals(this, value);

    /// <summary>Equality by <paramref name="comparisonType"/>.</summary>
    /// <param name="value">The other string.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(string value, StringComparison comparisonType) => Equals(this, value, comparisonType);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is string s && Equals(this, s);

    /// <summary>FNV-1a over the code units (stable across runs, unlike .NET's randomized hash).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        uint hash = 2166136261;
        for (int i = 0; i < _stringLength; i++)
            hash = (hash ^ Unsafe.Add(ref _firstChar, i)) * 16777619;
        return (int)hash;
    }

    /// <inheritdoc/>
    public override string ToString() => this;

    /// <summary>This string (strings are immutable: no copy is needed).</summary>
    /// <param name="provider">Ignored.</param>
    /// <returns>This string.</returns>
    public string ToString(IFormatProvider provider) => this;

    /// <summary>Ordinal equality.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(string a, string b) => Equals(a, b);

    /// <summary>Ordinal inequality.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(string a, string b) => !Equals(a, b);

    /// <summary>The characters as a span.</summary>
    /// <param name="value">The string (null gives an empty span).</param>
    public static implicit operator ReadOnlySpan<char>(string value) => ToSpan(value);

    // Built directly: a string-to-span conversion here would lower to MemoryExtensions.AsSpan and recurse.
    internal static ReadOnlySpan<char> ToSpan(string value) =>
        value is null ? default : new ReadOnlySpan<char>(ref value._firstChar, value._stringLength, 0);

    /// <summary>An enumerator of the code units.</summary>
    /// <returns>The enumerator.</returns>
    public CharEnumerator GetEnumerator() => new CharEnumerator(this);

    IEnumerator<char> IEnumerable<char>.GetEnumerator() => new CharEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new CharEnumerator(this);

    /// <summary>The characters as a span.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<char> AsSpan() => ToSpan(this);

    /// <summary>The reference <c>fixed</c> pins: the first character (the NUL for an empty string).</summary>
    /// <returns>The first character.</returns>
    public ref readonly char GetPinnableReference() => ref _firstChar;

    /// <summary>Whether a string is null or empty.</summary>
    /// <param name="value">The string.</param>
    /// <returns>True for null or "".</returns>
    public static bool IsNullOrEmpty(string value) => value is null || value._stringLength == 0;

    /// <summary>Whether a string is null, empty or only white space.</summary>
    /// <param name="value">The string.</param>
    /// <returns>True if so.</returns>
    public static bool IsNullOrWhiteSpace(string value)
    {
        if (value is null)
            return true;
        for (int i = 0; i < value._stringLength; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
                return false;
        }

        return true;
    }

    /// <summary>Orders two strings ordinally (the image's culture-free order; null comes first).</summary>
    /// <param name="strA">One string.</param>
    /// <param name="strB">The other.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int Compare(string strA, string strB) => CompareOrdinal(strA, strB);

    /// <summary>Orders two strings ordinally, optionally ignoring case.</summary>
    /// <param name="strA">One string.</param>
    /// <param name="strB">The other.</param>
    /// <param name="ignoreCase">Whether to ignore case.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int Compare(string strA, string strB, bool ignoreCase) =>
        Compare(strA, strB, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Orders two strings by <paramref name="comparisonType"/>.</summary>
    /// <param name="strA">One string.</param>
    /// <param name="strB">The other.</param>
    /// <param name="comparisonType">How to compare.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int Compare(string strA, string strB, StringComparison comparisonType)
    {
        if ((object)strA == strB)
            return 0;
        if (strA is null)
            return -1;
        if (strB is null)
            return 1;
        return IgnoresCase(comparisonType) ? CompareIgnoringCase(ToSpan(strA), ToSpan(strB)) : CompareOrdinal(ToSpan(strA), ToSpan(strB));
    }

    /// <summary>Orders two strings code unit by code unit (null comes first).</summary>
    /// <param name="strA">One string.</param>
    /// <param name="strB">The other.</param>
    /// <returns>Negative, zero or positive: the difference of the first differing code units, else of the lengths.</returns>
    public static int CompareOrdinal(string strA, string strB)
    {
        if ((object)strA == strB)
            return 0;
        if (strA is null)
            return -1;
        if (strB is null)
            return 1;
        return CompareOrdinal(ToSpan(strA), ToSpan(strB));
    }

    /// <summary>Orders two substrings code unit by code unit.</summary>
    /// <param name="strA">One string.</param>
    /// <param name="indexA">Where its substring starts.</param>
    /// <param name="strB">The other string.</param>
    /// <param name="indexB">Where its substring starts.</param>
    /// <param name="length">The most code units to compare.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
    {
        if (strA is null || strB is null)
            return strA is null ? (strB is null ? 0 : -1) : 1;
        ReadOnlySpan<char> a = ToSpan(strA).Slice(indexA, Math.Min(length, strA.Length - indexA));
        ReadOnlySpan<char> b = ToSpan(strB).Slice(indexB, Math.Min(length, strB.Length - indexB));
        return CompareOrdinal(a, b);
    }

    /// <summary>Orders this string against <paramref name="strB"/> ordinally.</summary>
    /// <param name="strB">The other string.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(string strB) => CompareOrdinal(this, strB);

    /// <inheritdoc/>
    public int CompareTo(object value) => value is null ? 1 : value is string s ? CompareOrdinal(this, s) : throw new ArgumentException("Object must be of type String.");

    private static int CompareOrdinal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            if (a[i] != b[i])
                return a[i] - b[i];
        }

        return a.Length - b.Length;
    }

    private static int CompareIgnoringCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            char x = char.ToUpperInvariant(a[i]), y = char.ToUpperInvariant(b[i]);
            if (x != y)
                return x - y;
        }

        return a.Length - b.Length;
    }

    private static bool SpanEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
                return false;
        }

        return true;
    }

    private static bool IgnoresCase(StringComparison comparisonType) =>
        comparisonType is StringComparison.OrdinalIgnoreCase or StringComparison.CurrentCultureIgnoreCase or StringComparison.InvariantCultureIgnoreCase;
}
