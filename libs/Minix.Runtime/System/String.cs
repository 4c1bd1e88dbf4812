using Internal.Runtime;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime.CompilerHelpers;

namespace System;

/// <summary>
/// Immutable UTF-16 text. Literals are frozen objects the compiler places in the image; new strings come from the
/// process heap.
/// </summary>
public sealed class String : IEquatable<string>
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
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        if (count == 0)
            return "";
        string result = FastAllocateString(count);
        for (int i = 0; i < count; i++)
            Unsafe.Add(ref result._firstChar, i) = c;
        return result;
    }

    internal static unsafe string FastAllocateString(int length)
    {
        string result = Unsafe.As<string>(System.Runtime.RuntimeExports.RhpNewArray("".m_pEEType, length));
        return result;
    }

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
        for (int i = 0; i < a._stringLength; i++)
        {
            if (Unsafe.Add(ref a._firstChar, i) != Unsafe.Add(ref b._firstChar, i))
                return false;
        }

        return true;
    }

    /// <summary>Ordinal equality.</summary>
    /// <param name="value">The other string.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(string value) => Equals(this, value);

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

    /// <summary>An enumerator for <c>foreach</c> (the compiler turns foreach over a string into an indexed loop, but
    /// looks for this pattern first).</summary>
    /// <returns>The enumerator.</returns>
    public CharEnumerator GetEnumerator() => new CharEnumerator(this);

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

    /// <summary>The characters from <paramref name="startIndex"/> for <paramref name="length"/>.</summary>
    /// <param name="startIndex">The first character.</param>
    /// <param name="length">How many.</param>
    /// <returns>The substring.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the string.</exception>
    public string Substring(int startIndex, int length) => new string(AsSpan().Slice(startIndex, length));

    /// <summary>The characters from <paramref name="startIndex"/> on.</summary>
    /// <param name="startIndex">The first character.</param>
    /// <returns>The substring.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startIndex"/> is past the end.</exception>
    public string Substring(int startIndex) => new string(AsSpan().Slice(startIndex));

    /// <summary>The index of the first <paramref name="value"/>, or -1.</summary>
    /// <param name="value">The character.</param>
    /// <returns>The index or -1.</returns>
    public int IndexOf(char value)
    {
        for (int i = 0; i < _stringLength; i++)
        {
            if (Unsafe.Add(ref _firstChar, i) == value)
                return i;
        }

        return -1;
    }

    /// <summary>Two strings joined (null counts as empty).</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(string str0, string str1) => Concat(ToSpan(str0), ToSpan(str1));

    /// <summary>Three strings joined (null counts as empty).</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <param name="str2">The third.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(string str0, string str1, string str2) =>
        Concat(ToSpan(str0), ToSpan(str1), ToSpan(str2));

    /// <summary>Four strings joined (null counts as empty).</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <param name="str2">The third.</param>
    /// <param name="str3">The fourth.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(string str0, string str1, string str2, string str3) =>
        Concat(ToSpan(str0), ToSpan(str1), ToSpan(str2), ToSpan(str3));

    /// <summary>Any number of strings joined (null counts as empty).</summary>
    /// <param name="values">The strings.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(params string[] values)
    {
        int length = 0;
        foreach (string value in values)
            length = checked(length + (value?.Length ?? 0));
        if (length == 0)
            return "";
        string result = FastAllocateString(length);
        var target = new Span<char>(ref result._firstChar, length, 0);
        int at = 0;
        foreach (string value in values)
        {
            if (value is null)
                continue;
            ToSpan(value).CopyTo(target.Slice(at));
            at += value.Length;
        }

        return result;
    }

    /// <summary>Two spans joined into a string.</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1) => Concat(str0, str1, default, default);

    /// <summary>Three spans joined into a string.</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <param name="str2">The third.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2) =>
        Concat(str0, str1, str2, default);

    /// <summary>Four spans joined into a string.</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <param name="str2">The third.</param>
    /// <param name="str3">The fourth.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2, ReadOnlySpan<char> str3)
    {
        int length = checked(str0.Length + str1.Length + str2.Length + str3.Length);
        if (length == 0)
            return "";
        string result = FastAllocateString(length);
        var target = new Span<char>(ref result._firstChar, length, 0);
        str0.CopyTo(target);
        str1.CopyTo(target.Slice(str0.Length));
        str2.CopyTo(target.Slice(str0.Length + str1.Length));
        str3.CopyTo(target.Slice(str0.Length + str1.Length + str2.Length));
        return result;
    }
}
