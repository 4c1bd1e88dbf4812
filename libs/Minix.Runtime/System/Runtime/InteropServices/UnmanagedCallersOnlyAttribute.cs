namespace System.Runtime.InteropServices;

/// <summary>Exports a static method as a native symbol; the linker binds extern calls to it by <see cref="EntryPoint"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnmanagedCallersOnlyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public UnmanagedCallersOnlyAttribute()
    {
    }

    /// <summary>The exported symbol name.</summary>
    public string EntryPoint;

    /// <summary>Calling-convention modifiers.</summary>
    public Type[] CallConvs;
}
