namespace System;

/// <summary>A value with text forms chosen by a format string.</summary>
public interface IFormattable
{
    /// <summary>The value as text.</summary>
    /// <param name="format">The format (null for the general one).</param>
    /// <param name="formatProvider">Culture information (the image formats invariantly).</param>
    /// <returns>The text.</returns>
    string ToString(string format, IFormatProvider formatProvider);
}
