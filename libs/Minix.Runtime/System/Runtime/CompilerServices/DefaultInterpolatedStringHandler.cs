using System.Text;

namespace System.Runtime.CompilerServices;

/// <summary>What the compiler lowers <c>$"..."</c> to: literal parts and formatted values appended in order
/// (values formatted invariantly: the image has no culture data).</summary>
[InterpolatedStringHandler]
public ref struct DefaultInterpolatedStringHandler
{
    private StringBuilder _text;

    /// <summary>Prepares for an interpolated string.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    public DefaultInterpolatedStringHandler(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + 8 * formattedCount);

    /// <summary>Prepares for an interpolated string with a format provider (ignored: formatting is invariant).</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="provider">Ignored.</param>
    public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider)
        : this(literalLength, formattedCount)
    {
    }

    /// <summary>Appends a literal part.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value) => Builder.Append(value);

    /// <summary>Appends a value's text form.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

    /// <summary>Appends a value's text form in <paramref name="format"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, string format) => AppendFormatted(value, 0, format);

    /// <summary>Appends a value's text form aligned in <paramref name="alignment"/> characters.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">Width: positive right-aligns, negative left-aligns.</param>
    public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

    /// <summary>Appends a value's text form in <paramref name="format"/>, aligned.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">Width: positive right-aligns, negative left-aligns.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, int alignment, string format)
    {
        string text = value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString() ?? "";
        string.AppendAligned(Builder, text, alignment);
    }

    /// <summary>Appends a string.</summary>
    /// <param name="value">The text.</param>
    public void AppendFormatted(string value) => Builder.Append(value);

    /// <summary>Appends characters.</summary>
    /// <param name="value">The characters.</param>
    public void AppendFormatted(ReadOnlySpan<char> value) => Builder.Append(value);

    /// <summary>Appends an object's text form, aligned and formatted.</summary>
    /// <param name="value">The object.</param>
    /// <param name="alignment">Width.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendFormatted<object>(value, alignment, format);

    /// <summary>The text built so far.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Builder.ToString();

    /// <summary>The text built, leaving the handler empty.</summary>
    /// <returns>The text.</returns>
    public string ToStringAndClear()
    {
        string text = Builder.ToString();
        _text = null;
        return text;
    }

    private StringBuilder Builder => _text ??= new StringBuilder();
}
