using System.Collections.Generic;

namespace System.Text;

/// <summary>A mutable string: characters appended, inserted, removed and replaced in a growable buffer.</summary>
public sealed class StringBuilder
{
    private char[] _chars;
    private int _length;

    /// <summary>An empty builder.</summary>
    public StringBuilder()
        : this(16)
    {
    }

    /// <summary>An empty builder with room for <paramref name="capacity"/> characters.</summary>
    /// <param name="capacity">The capacity.</param>
    public StringBuilder(int capacity)
    {
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), "Capacity must be positive.");
        _chars = new char[capacity < 16 ? 16 : capacity];
    }

    /// <summary>A builder holding <paramref name="value"/>.</summary>
    /// <param name="value">The initial text.</param>
    public StringBuilder(string value)
        : this(value?.Length ?? 16)
    {
        Append(value);
    }

    /// <summary>A builder holding <paramref name="value"/> with room for <paramref name="capacity"/> characters.</summary>
    /// <param name="value">The initial text.</param>
    /// <param name="capacity">The capacity.</param>
    public StringBuilder(string value, int capacity)
        : this(Math.Max(capacity, value?.Length ?? 0))
    {
        Append(value);
    }

    /// <summary>The number of characters.</summary>
    public int Length
    {
        get => _length;
        set
        {
            if (value < 0)
                throw new ArgumentOutOfRangeException(nameof(value), "Length cannot be less than zero.");
            Ensure(value);
            if (value > _length)
                Array.Clear(_chars, _length, value - _length);
            _length = value;
        }
    }

    /// <summary>The room before the buffer grows.</summary>
    public int Capacity
    {
        get => _chars.Length;
        set
        {
            if (value < _length)
                throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
            Array.Resize(ref _chars, value);
        }
    }

    /// <summary>The character at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_length)
                throw new IndexOutOfRangeException();
            return _chars[index];
        }

        set
        {
            if ((uint)index >= (uint)_length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
            _chars[index] = value;
        }
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> characters.</summary>
    /// <param name="capacity">The capacity.</param>
    /// <returns>The new capacity.</returns>
    public int EnsureCapacity(int capacity)
    {
        Ensure(capacity);
        return _chars.Length;
    }

    /// <summary>Appends a string.</summary>
    /// <param name="value">The text (null appends nothing).</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(string value)
    {
        if (value is not null)
            Append(value.AsSpan());
        return this;
    }

    /// <summary>Appends part of a string.</summary>
    /// <param name="value">The text.</param>
    /// <param name="startIndex">The first character.</param>
    /// <param name="count">How many.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(string value, int startIndex, int count)
    {
        if (value is null)
        {
            if (startIndex == 0 && count == 0)
                return this;
            throw new ArgumentNullException(nameof(value));
        }

        return Append(value.AsSpan(startIndex, count));
    }

    /// <summary>Appends characters.</summary>
    /// <param name="value">The characters.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(ReadOnlySpan<char> value)
    {
        Ensure(_length + value.Length);
        value.CopyTo(new Span<char>(_chars, _length, value.Length));
        _length += value.Length;
        return this;
    }

    /// <summary>Appends an array of characters.</summary>
    /// <param name="value">The characters (null appends nothing).</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(char[] value) => value is null ? this : Append(new ReadOnlySpan<char>(value));

    /// <summary>Appends part of an array of characters.</summary>
    /// <param name="value">The characters.</param>
    /// <param name="startIndex">The first.</param>
    /// <param name="charCount">How many.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(char[] value, int startIndex, int charCount) => Append(new ReadOnlySpan<char>(value, startIndex, charCount));

    /// <summary>Appends a character.</summary>
    /// <param name="value">The character.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(char value)
    {
        if (_length == _chars.Length)
            Ensure(_length + 1);
        _chars[_length++] = value;
        return this;
    }

    /// <summary>Appends a character <paramref name="repeatCount"/> times.</summary>
    /// <param name="value">The character.</param>
    /// <param name="repeatCount">How many times.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(char value, int repeatCount)
    {
        if (repeatCount < 0)
            throw new ArgumentOutOfRangeException(nameof(repeatCount), "Count cannot be less than zero.");
        Ensure(_length + repeatCount);
        for (int i = 0; i < repeatCount; i++)
            _chars[_length++] = value;
        return this;
    }

    /// <summary>Appends another builder's text.</summary>
    /// <param name="value">The builder.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(StringBuilder value) => value is null ? this : Append(new ReadOnlySpan<char>(value._chars, 0, value._length));

    /// <summary>Appends "True" or "False".</summary>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(bool value) => Append(value.ToString());

    /// <summary>Appends a number in decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(int value) => Append(value.ToString());

    /// <summary>Appends a number in decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(long value) => Append(value.ToString());

    /// <summary>Appends a number in decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(uint value) => Append(value.ToString());

    /// <summary>Appends a number in decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(ulong value) => Append(value.ToString());

    /// <summary>Appends a number in its shortest round-trip form.</summary>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(double value) => Append(value.ToString());

    /// <summary>Appends an object's text form.</summary>
    /// <param name="value">The object (null appends nothing).</param>
    /// <returns>This builder.</returns>
    public StringBuilder Append(object value) => value is null ? this : Append(value.ToString());

    /// <summary>Appends a line terminator ("\n").</summary>
    /// <returns>This builder.</returns>
    public StringBuilder AppendLine() => Append('\n');

    /// <summary>Appends a string and a line terminator.</summary>
    /// <param name="value">The text.</param>
    /// <returns>This builder.</returns>
    public StringBuilder AppendLine(string value) => Append(value).Append('\n');

    /// <summary>Appends a composite format filled with <paramref name="args"/> (see string.Format).</summary>
    /// <param name="format">The format.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>This builder.</returns>
    public StringBuilder AppendFormat(string format, params object[] args) => Append(string.Format(format, args));

    /// <summary>Appends a composite format filled with <paramref name="arg0"/>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">The argument.</param>
    /// <returns>This builder.</returns>
    public StringBuilder AppendFormat(string format, object arg0) => Append(string.Format(format, arg0));

    /// <summary>Appends values joined with a separator.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="separator">The separator.</param>
    /// <param name="values">The values.</param>
    /// <returns>This builder.</returns>
    public StringBuilder AppendJoin<T>(string separator, IEnumerable<T> values) => Append(string.Join(separator, values));

    /// <summary>Appends strings joined with a separator.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="values">The strings.</param>
    /// <returns>This builder.</returns>
    public StringBuilder AppendJoin(string separator, params string[] values) => Append(string.Join(separator, values));

    /// <summary>Inserts a string at <paramref name="index"/>.</summary>
    /// <param name="index">Where.</param>
    /// <param name="value">The text.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Insert(int index, string value)
    {
        if ((uint)index > (uint)_length)
            throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        if (string.IsNullOrEmpty(value))
            return this;
        Ensure(_length + value.Length);
        Array.Copy(_chars, index, _chars, index + value.Length, _length - index);
        value.CopyTo(0, _chars, index, value.Length);
        _length += value.Length;
        return this;
    }

    /// <summary>Inserts a character at <paramref name="index"/>.</summary>
    /// <param name="index">Where.</param>
    /// <param name="value">The character.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Insert(int index, char value) => Insert(index, new string(value, 1));

    /// <summary>Inserts an object's text form at <paramref name="index"/>.</summary>
    /// <param name="index">Where.</param>
    /// <param name="value">The object.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Insert(int index, object value) => Insert(index, value?.ToString());

    /// <summary>Removes <paramref name="length"/> characters from <paramref name="startIndex"/>.</summary>
    /// <param name="startIndex">The first.</param>
    /// <param name="length">How many.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Remove(int startIndex, int length)
    {
        if (startIndex < 0 || length < 0 || startIndex > _length - length)
            throw new ArgumentOutOfRangeException(startIndex < 0 ? nameof(startIndex) : nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
        Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
        _length -= length;
        return this;
    }

    /// <summary>Replaces every <paramref name="oldChar"/> with <paramref name="newChar"/>.</summary>
    /// <param name="oldChar">The character to replace.</param>
    /// <param name="newChar">Its replacement.</param>
    /// <returns>This builder.</returns>
    public StringBuilder Replace(char oldChar, char newChar)
    {
        for (int i = 0; i < _length; i++)
        {
            if (_chars[i] == oldChar)
                _chars[i] = newChar;
        }

        return this;
    }

    /// <summary>Replaces every occurrence of <paramref name="oldValue"/> with <paramref name="newValue"/>.</summary>
    /// <param name="oldValue">The text to replace.</param>
    /// <param name="newValue">Its replacement (null removes).</param>
    /// <returns>This builder.</returns>
    public StringBuilder Replace(string oldValue, string newValue)
    {
        string replaced = ToString().Replace(oldValue, newValue);
        _length = 0;
        return Append(replaced);
    }

    /// <summary>Removes every character.</summary>
    /// <returns>This builder.</returns>
    public StringBuilder Clear()
    {
        _length = 0;
        return this;
    }

    /// <summary>Copies characters into <paramref name="destination"/>.</summary>
    /// <param name="sourceIndex">The first character copied.</param>
    /// <param name="destination">The target.</param>
    /// <param name="destinationIndex">The first index written.</param>
    /// <param name="count">How many.</param>
    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        Array.Copy(_chars, sourceIndex, destination, destinationIndex, count);

    /// <summary>Whether another builder holds the same text.</summary>
    /// <param name="sb">The other builder.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(StringBuilder sb) =>
        sb is not null && sb._length == _length && new ReadOnlySpan<char>(_chars, 0, _length).SequenceEqual(new ReadOnlySpan<char>(sb._chars, 0, sb._length));

    /// <summary>The text.</summary>
    /// <returns>A new string.</returns>
    public override string ToString() => new string(new ReadOnlySpan<char>(_chars, 0, _length));

    /// <summary>Part of the text.</summary>
    /// <param name="startIndex">The first character.</param>
    /// <param name="length">How many.</param>
    /// <returns>A new string.</returns>
    public string ToString(int startIndex, int length)
    {
        if (startIndex < 0 || length < 0 || startIndex > _length - length)
            throw new ArgumentOutOfRangeException(startIndex < 0 ? nameof(startIndex) : nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
        return new string(new ReadOnlySpan<char>(_chars, startIndex, length));
    }

    private void Ensure(int capacity)
    {
        if (capacity <= _chars.Length)
            return;
        int next = Math.Max(capacity, _chars.Length * 2);
        Array.Resize(ref _chars, next);
    }
}
