namespace System;

/// <summary>The base of every attribute.</summary>
public abstract class Attribute
{
}
