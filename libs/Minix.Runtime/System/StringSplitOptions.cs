namespace System;

/// <summary>What Split keeps (values as .NET's).</summary>
[Flags]
public enum StringSplitOptions
{
    /// <summary>Every part, empty ones included.</summary>
    None = 0,
    /// <summary>Drop empty parts.</summary>
    RemoveEmptyEntries = 1,
    /// <summary>Trim white space from each part.</summary>
    TrimEntries = 2,
}
