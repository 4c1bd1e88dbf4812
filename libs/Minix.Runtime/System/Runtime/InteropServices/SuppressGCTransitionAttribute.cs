namespace System.Runtime.InteropServices;

/// <summary>Calls an extern function without a transition frame (the image has no GC, so every call is like this).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SuppressGCTransitionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public SuppressGCTransitionAttribute()
    {
    }
}
