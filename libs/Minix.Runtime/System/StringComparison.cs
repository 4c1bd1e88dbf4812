namespace System;

/// <summary>How two strings compare (values as .NET's). The image compares every kind ordinally, the
/// IgnoreCase kinds after invariant simple case mapping.</summary>
public enum StringComparison
{
    /// <summary>Culture-sensitive (ordinal in the image).</summary>
    CurrentCulture = 0,
    /// <summary>Culture-sensitive, ignoring case (ordinal ignoring case in the image).</summary>
    CurrentCultureIgnoreCase = 1,
    /// <summary>Invariant culture (ordinal in the image).</summary>
    InvariantCulture = 2,
    /// <summary>Invariant culture ignoring case (ordinal ignoring case in the image).</summary>
    InvariantCultureIgnoreCase = 3,
    /// <summary>Code unit by code unit.</summary>
    Ordinal = 4,
    /// <summary>Code unit by code unit after invariant uppercasing.</summary>
    OrdinalIgnoreCase = 5,
}
