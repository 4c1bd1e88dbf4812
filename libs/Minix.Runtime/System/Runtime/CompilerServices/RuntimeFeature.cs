namespace System.Runtime.CompilerServices;

/// <summary>Features the compiler may rely on; each constant's presence tells Roslyn the runtime supports it.</summary>
public static class RuntimeFeature
{
    /// <summary><c>ref</c> fields in ref structs (Span is built on one).</summary>
    public const string ByRefFields = nameof(ByRefFields);

    /// <summary><c>nint</c> is <see cref="IntPtr"/>.</summary>
    public const string NumericIntPtr = nameof(NumericIntPtr);

    /// <summary>Unmanaged calling conventions on function pointers.</summary>
    public const string UnmanagedSignatureCallingConvention = nameof(UnmanagedSignatureCallingConvention);

    /// <summary>Static abstract members in interfaces (resolved at compile time for struct type arguments).</summary>
    public const string VirtualStaticsInInterfaces = nameof(VirtualStaticsInInterfaces);

    /// <summary>Type parameters that allow ref structs (<c>where T : allows ref struct</c>).</summary>
    public const string ByRefLikeGenerics = nameof(ByRefLikeGenerics);

    /// <summary>Covariant return types.</summary>
    public const string CovariantReturnsOfClasses = nameof(CovariantReturnsOfClasses);

    /// <summary>Interface members with bodies (default interface methods), found through the dispatch maps.</summary>
    public const string DefaultImplementationsOfInterfaces = nameof(DefaultImplementationsOfInterfaces);
}
