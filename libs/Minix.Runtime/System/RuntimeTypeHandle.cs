namespace System;

/// <summary>The handle of a type (its MethodTable).</summary>
public struct RuntimeTypeHandle
{
    internal nint _value;
}
