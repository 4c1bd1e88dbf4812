namespace System;

/// <summary>The handle of a method.</summary>
public struct RuntimeMethodHandle
{
    internal nint _value;
}
