namespace Minix.Build;

/// <summary>A runtime type or member ILC needs for a C# feature Minix.Runtime does not support.</summary>
/// <param name="Member">The type or member name, as ILC reports it.</param>
/// <param name="Feature">The C# feature.</param>
public sealed record CompilerRequirement(string Member, string Feature);
