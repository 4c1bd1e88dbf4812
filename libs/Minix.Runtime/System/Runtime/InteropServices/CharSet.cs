namespace System.Runtime.InteropServices;

/// <summary>Character set of marshalled strings (kept for source compatibility; the image marshals nothing).</summary>
public enum CharSet
{
    /// <summary>None.</summary>
    None = 1,
    /// <summary>ANSI.</summary>
    Ansi = 2,
    /// <summary>UTF-16.</summary>
    Unicode = 3,
    /// <summary>Platform default.</summary>
    Auto = 4,
}
