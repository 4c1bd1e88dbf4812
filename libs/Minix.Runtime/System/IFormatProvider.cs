namespace System;

/// <summary>Supplies formatting information (a culture).</summary>
public interface IFormatProvider
{
    /// <summary>The formatting object of a kind, or null.</summary>
    /// <param name="formatType">The kind.</param>
    /// <returns>The object.</returns>
    object GetFormat(Type formatType);
}
