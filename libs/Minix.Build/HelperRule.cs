namespace Minix.Build;

/// <summary>A runtime helper symbol ILC's code may call, or a symbol only a driver placed in the kernel gets.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Feature">The C# feature that makes the compiler call it.</param>
/// <param name="Provided">Whether Minix.Runtime or Minix.Build supplies it.</param>
/// <param name="Rule">The analyzer rule that reports the feature in the IDE, if one does.</param>
/// <param name="KernelPlacement">Whether the image builder binds it only for a driver placed in the kernel (a privileged instruction, a kernel service).</param>
public sealed record HelperRule(string Symbol, string Feature, bool Provided, string? Rule = null, bool KernelPlacement = false);
