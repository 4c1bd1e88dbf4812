namespace System;

/// <summary>Marks an enum as a set of bit flags.</summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class FlagsAttribute : Attribute
{

}
