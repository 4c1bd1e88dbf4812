namespace System;

/// <summary>A truth value.</summary>
public readonly struct Boolean : IEquatable<bool>, IComparable<bool>, IComparable
{
    private readonly bool m_value;

    /// <summary>"True".</summary>
    public static readonly string TrueString = "True";

    /// <summary>"False".</summary>
    public static readonly string FalseString = "False";

    /// <summary>Value equality.</summary>
    /// <param name="obj">The value to compare with.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(bool obj) => m_value == obj;

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is bool other && other == m_value;

    /// <summary>Orders false before true.</summary>
    /// <param name="value">The value to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(bool value) => m_value == value ? 0 : m_value ? 1 : -1;

    /// <inheritdoc/>
    public int CompareTo(object obj) => obj is null ? 1 : obj is bool other ? CompareTo(other) : throw new ArgumentException("Object must be of type Boolean.");

    /// <summary>A hash of the value.</summary>
    /// <returns>1 or 0.</returns>
    public override int GetHashCode() => m_value ? 1 : 0;

    /// <summary>"True" or "False".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => m_value ? "True" : "False";

    /// <summary>"True" or "False".</summary>
    /// <param name="provider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider provider) => ToString();

    /// <summary>Reads "True" or "False" (any case, surrounding white space allowed).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">Neither.</exception>
    public static bool Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value, nameof(value));
        if (!TryParse(value, out bool result))
            throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
        return result;
    }

    /// <summary>Reads "True" or "False" if the text is one.</summary>
    /// <param name="value">The text.</param>
    /// <param name="result">The value.</param>
    /// <returns>True if it was read.</returns>
    public static bool TryParse(string value, out bool result)
    {
        string trimmed = value?.Trim('\0', ' ', '\t', '\n', '\r', '\f', '\v');
        result = string.Equals(trimmed, "True", StringComparison.OrdinalIgnoreCase);
        return result || string.Equals(trimmed, "False", StringComparison.OrdinalIgnoreCase);
    }
}
