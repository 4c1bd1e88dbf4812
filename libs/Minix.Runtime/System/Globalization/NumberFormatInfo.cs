namespace System.Globalization;

/// <summary>
/// How numbers are written. The image has only the invariant culture's: '.' for the decimal point, ',' between
/// groups of three digits, "NaN" and "Infinity".
/// </summary>
public sealed class NumberFormatInfo : IFormatProvider
{
    private NumberFormatInfo()
    {
    }

    /// <summary>The invariant culture's number format.</summary>
    public static NumberFormatInfo InvariantInfo { get; } = new();

    /// <summary>The current culture's number format (the invariant one).</summary>
    public static NumberFormatInfo CurrentInfo => InvariantInfo;

    /// <summary>The format a provider supplies (always the invariant one).</summary>
    /// <param name="formatProvider">The provider.</param>
    /// <returns>The format.</returns>
    public static NumberFormatInfo GetInstance(IFormatProvider formatProvider) => InvariantInfo;

    /// <summary>".".</summary>
    public string NumberDecimalSeparator => ".";

    /// <summary>",".</summary>
    public string NumberGroupSeparator => ",";

    /// <summary>"-".</summary>
    public string NegativeSign => "-";

    /// <summary>"+".</summary>
    public string PositiveSign => "+";

    /// <summary>"NaN".</summary>
    public string NaNSymbol => "NaN";

    /// <summary>"Infinity".</summary>
    public string PositiveInfinitySymbol => "Infinity";

    /// <summary>"-Infinity".</summary>
    public string NegativeInfinitySymbol => "-Infinity";

    /// <summary>"%".</summary>
    public string PercentSymbol => "%";

    /// <summary>Decimal places of the N format (2).</summary>
    public int NumberDecimalDigits => 2;

    /// <summary>This format, for number formatting; null otherwise.</summary>
    /// <param name="formatType">The kind asked for.</param>
    /// <returns>The format or null.</returns>
    public object GetFormat(Type formatType) => formatType == typeof(NumberFormatInfo) ? this : null;
}
