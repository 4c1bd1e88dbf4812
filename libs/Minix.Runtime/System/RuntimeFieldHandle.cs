namespace System;

/// <summary>The handle of a field (used by array initializers).</summary>
public struct RuntimeFieldHandle
{
    internal nint _value;
}
