namespace System;

/// <summary>Marks a <c>params</c> parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParamArrayAttribute : Attribute
{

}
