namespace System.Runtime.CompilerServices;

/// <summary>Marks a method run when the module is initialized.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ModuleInitializerAttribute : Attribute
{

}
