namespace System.Runtime.InteropServices;

/// <summary>Declares an extern function; in the image the linker binds it by symbol name (see Minix.Build).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DllImportAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="dllName">The library; <c>"*"</c> means the statically linked image.</param>
    public DllImportAttribute(string dllName) => Value = dllName;

    /// <summary>The library.</summary>
    public string Value { get; }

    /// <summary>The symbol name, if not the method name.</summary>
    public string EntryPoint;

    /// <summary>Character set (unused).</summary>
    public CharSet CharSet;

    /// <summary>Whether the name is exact.</summary>
    public bool ExactSpelling;

    /// <summary>The calling convention.</summary>
    public CallingConvention CallingConvention;

    /// <summary>Whether the signature is kept as declared.</summary>
    public bool PreserveSig = true;

    /// <summary>Whether the last error is saved.</summary>
    public bool SetLastError;
}
