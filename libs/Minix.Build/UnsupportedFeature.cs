namespace Minix.Build;

/// <summary>A feature image code cannot use.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Detection">How the toolchain reports its use.</param>
/// <param name="Alternative">What to write instead.</param>
public sealed record UnsupportedFeature(string Feature, string Detection, string Alternative);
