namespace System;

/// <summary>The handle of a method.</summary>
public struct RuntimeMethodHandle
{
    internal nint _value;

    /// <summary>The handle's address (the method's handle data in the image).</summary>
    public nint Value => _value;
}
