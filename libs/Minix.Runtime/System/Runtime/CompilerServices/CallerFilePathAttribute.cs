namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker on an optional parameter: the compiler passes the source file of the caller.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class CallerFilePathAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public CallerFilePathAttribute()
    {
    }
}
