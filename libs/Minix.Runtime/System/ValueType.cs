namespace System;

/// <summary>The base of every struct.</summary>
public abstract class ValueType
{
}
