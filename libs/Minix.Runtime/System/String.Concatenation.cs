using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System;

public sealed partial class String
{
    /// <summary>Two strings joined (null counts as empty).</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(string str0, string str1) => Concat(ToSpan(str0), ToSpan(str1), default, default);

    /// <summary>Three strings joined (null counts as empty).</summary>
    /// <param name="str0">The first.</param>
    /// <param name="str1">The second.</param>
    /// <param name="str2">The third.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(string str0, string str1, string str2) => Concat(ToSpan(str0), ToSpan(str1), ToSpan(str2), default);

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
        ArgumentNullException.ThrowIfNull(values, nameof(values));
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

    /// <summary>The text forms of two objects joined (null counts as empty).</summary>
    /// <param name="arg0">The first.</param>
    /// <param name="arg1">The second.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(object arg0, object arg1) => Concat(arg0?.ToString(), arg1?.ToString());

    /// <summary>The text forms of three objects joined (null counts as empty).</summary>
    /// <param name="arg0">The first.</param>
    /// <param name="arg1">The second.</param>
    /// <param name="arg2">The third.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(object arg0, object arg1, object arg2) => Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());

    /// <summary>The text form of an object (null gives "").</summary>
    /// <param name="arg0">The object.</param>
    /// <returns>The string.</returns>
    public static string Concat(object arg0) => arg0?.ToString() ?? "";

    /// <summary>The text forms of any number of objects joined.</summary>
    /// <param name="args">The objects.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(params object[] args)
    {
        ArgumentNullException.ThrowIfNull(args, nameof(args));
        var strings = new string[args.Length];
        for (int i = 0; i < args.Length; i++)
            strings[i] = args[i]?.ToString();
        return Concat(strings);
    }

    /// <summary>The strings of a sequence joined.</summary>
    /// <param name="values">The strings.</param>
    /// <returns>The joined string.</returns>
    public static string Concat(IEnumerable<string> values) => Join("", values);

    /// <summary>The text forms of a sequence's elements joined.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The elements.</param>
    /// <returns>The joined string.</returns>
    public static string Concat<T>(IEnumerable<T> values) => Join("", values);

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
    public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2) => Concat(str0, str1, str2, default);

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

    /// <summary>Strings joined with <paramref name="separator"/> between them.</summary>
    /// <param name="separator">The separator (null counts as empty).</param>
    /// <param name="value">The strings.</param>
    /// <returns>The joined string.</returns>
    public static string Join(string separator, params string[] value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        return Join(separator, (IEnumerable<string>)value);
    }

    /// <summary>Strings joined with <paramref name="separator"/> between them.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="value">The strings.</param>
    /// <returns>The joined string.</returns>
    public static string Join(char separator, params string[] value) => Join(new string(separator, 1), value);

    /// <summary>Part of an array of strings joined with <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="value">The strings.</param>
    /// <param name="startIndex">The first joined.</param>
    /// <param name="count">How many.</param>
    /// <returns>The joined string.</returns>
    public static string Join(string separator, string[] value, int startIndex, int count) =>
        Join(separator, (IEnumerable<string>)new ArraySegmentList(value, startIndex, count).ToArray());

    /// <summary>The text forms of objects joined with <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="values">The objects.</param>
    /// <returns>The joined string.</returns>
    public static string Join(string separator, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(values, nameof(values));
        return Join<object>(separator, values);
    }

    /// <summary>The text forms of objects joined with <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="values">The objects.</param>
    /// <returns>The joined string.</returns>
    public static string Join(char separator, params object[] values) => Join(new string(separator, 1), values);

    /// <summary>The strings of a sequence joined with <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="values">The strings.</param>
    /// <returns>The joined string.</returns>
    public static string Join(string separator, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values, nameof(values));
        var builder = new System.Text.StringBuilder();
        bool first = true;
        foreach (string value in values)
        {
            if (!first)
                builder.Append(separator);
            builder.Append(value);
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>The text forms of a sequence's elements joined with <paramref name="separator"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="separator">The separator.</param>
    /// <param name="values">The elements.</param>
    /// <returns>The joined string.</returns>
    public static string Join<T>(string separator, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values, nameof(values));
        var builder = new System.Text.StringBuilder();
        bool first = true;
        foreach (T value in values)
        {
            if (!first)
                builder.Append(separator);
            if (value is not null)
                builder.Append(value.ToString());
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>The text forms of a sequence's elements joined with <paramref name="separator"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="separator">The separator.</param>
    /// <param name="values">The elements.</param>
    /// <returns>The joined string.</returns>
    public static string Join<T>(char separator, IEnumerable<T> values) => Join(new string(separator, 1), values);

    private readonly struct ArraySegmentList
    {
        private readonly string[] array;
        private readonly int start;
        private readonly int count;

        public ArraySegmentList(string[] array, int start, int count)
        {
            this.array = array;
            this.start = start;
            this.count = count;
        }

        public string[] ToArray()
        {
            ArgumentNullException.ThrowIfNull(array, "value");
            if (start < 0 || count < 0 || start > array.Length - count)
                throw new ArgumentOutOfRangeException(start < 0 ? "startIndex" : "count", "Index and count must refer to a location within the buffer.");
            var part = new string[count];
            Array.Copy(array, start, part, 0, count);
            return part;
        }
    }
}
