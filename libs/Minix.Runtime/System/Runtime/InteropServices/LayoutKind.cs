namespace System.Runtime.InteropServices;

/// <summary>How fields are laid out.</summary>
public enum LayoutKind
{
    /// <summary>In declaration order.</summary>
    Sequential = 0,
    /// <summary>At explicit offsets.</summary>
    Explicit = 2,
    /// <summary>As the runtime chooses.</summary>
    Auto = 3,
}
