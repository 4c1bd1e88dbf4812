namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker on an optional parameter: the compiler passes the line of the call.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class CallerLineNumberAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public CallerLineNumberAttribute()
    {
    }
}
