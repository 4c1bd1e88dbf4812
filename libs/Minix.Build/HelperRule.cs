namespace Minix.Build;

/// <summary>A runtime helper symbol ILC's code may call.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Feature">The C# feature that makes the compiler call it.</param>
/// <param name="Provided">Whether Minix.Runtime or Minix.Build supplies it.</param>
/// <param name="Rule">The analyzer rule that reports the feature in the IDE, if one does.</param>
public sealed record HelperRule(string Symbol, string Feature, bool Provided, string? Rule = null);
