namespace System;

/// <summary>The base of every array. An array's length sits right after its MethodTable pointer.</summary>
public abstract class Array
{
    // Layout contract with ILC: the element count (then 4 bytes of padding on 64-bit, then the elements).
    private readonly int _numComponents;

    /// <summary>The element count.</summary>
    public int Length => _numComponents;
}

// ILC builds the generic array types from this class; the image gives arrays no interfaces.
internal class Array<T> : Array
{
}
