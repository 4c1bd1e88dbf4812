namespace System;

/// <summary>A value that can write its text form into a span.</summary>
public interface ISpanFormattable : IFormattable
{
    /// <summary>Writes the value as text.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">Culture information.</param>
    /// <returns>False if <paramref name="destination"/> is too small.</returns>
    bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider);
}
