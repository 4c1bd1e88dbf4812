namespace Minix.Build;

/// <summary>A runtime type or member ILC needs for a C# feature Minix.Runtime does not support.</summary>
/// <param name="Member">The type or member name, as ILC reports it.</param>
/// <param name="Feature">The C# feature.</param>
/// <param name="Rule">The analyzer rule that reports the feature in the IDE, if one does.</param>
public sealed record CompilerRequirement(string Member, string Feature, string? Rule = null);
