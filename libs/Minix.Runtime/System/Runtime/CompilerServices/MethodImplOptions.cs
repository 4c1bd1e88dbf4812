namespace System.Runtime.CompilerServices;

/// <summary>How the compiler treats a method.</summary>
[Flags]
public enum MethodImplOptions
{
    /// <summary>Unmanaged code.</summary>
    Unmanaged = 0x0004,
    /// <summary>Never inline.</summary>
    NoInlining = 0x0008,
    /// <summary>Declared, defined elsewhere.</summary>
    ForwardRef = 0x0010,
    /// <summary>One thread at a time (not supported in the image).</summary>
    Synchronized = 0x0020,
    /// <summary>Do not optimize.</summary>
    NoOptimization = 0x0040,
    /// <summary>Keep the signature as declared.</summary>
    PreserveSig = 0x0080,
    /// <summary>Inline if possible.</summary>
    AggressiveInlining = 0x0100,
    /// <summary>Optimize fully from the start.</summary>
    AggressiveOptimization = 0x0200,
    /// <summary>Implemented by the runtime.</summary>
    InternalCall = 0x1000,
}
