namespace System;

/// <summary>The base of delegate types the compiler declares. The image supports single-target delegates only.</summary>
public abstract class MulticastDelegate : Delegate
{
}
