namespace System.Runtime.CompilerServices;

/// <summary>Compiler marker on an optional parameter: the compiler passes the calling method or property.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class CallerMemberNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public CallerMemberNameAttribute()
    {
    }
}
