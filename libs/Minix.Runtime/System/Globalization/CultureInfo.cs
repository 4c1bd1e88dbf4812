namespace System.Globalization;

/// <summary>
/// A culture. The image carries no culture data, so the only culture is the invariant one: every culture-sensitive
/// operation (formatting, casing, comparison) behaves as it does for CultureInfo.InvariantCulture, except that
/// string comparison is ordinal.
/// </summary>
public sealed class CultureInfo : IFormatProvider
{
    private CultureInfo()
    {
    }

    /// <summary>The invariant culture.</summary>
    public static CultureInfo InvariantCulture { get; } = new();

    /// <summary>The current culture (the invariant one).</summary>
    public static CultureInfo CurrentCulture => InvariantCulture;

    /// <summary>The current user-interface culture (the invariant one).</summary>
    public static CultureInfo CurrentUICulture => InvariantCulture;

    /// <summary>The culture's name ("" for the invariant culture).</summary>
    public string Name => "";

    /// <summary>The culture's number format.</summary>
    public NumberFormatInfo NumberFormat => NumberFormatInfo.InvariantInfo;

    /// <summary>The culture's number format for number formatting; null otherwise.</summary>
    /// <param name="formatType">The kind asked for.</param>
    /// <returns>The format or null.</returns>
    public object GetFormat(Type formatType) => formatType == typeof(NumberFormatInfo) ? NumberFormatInfo.InvariantInfo : null;

    /// <summary>The name.</summary>
    /// <returns>"".</returns>
    public override string ToString() => Name;
}
