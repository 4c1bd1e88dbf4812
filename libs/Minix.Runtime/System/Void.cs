namespace System;

/// <summary>The type of a method that returns nothing.</summary>
public struct Void
{
}
