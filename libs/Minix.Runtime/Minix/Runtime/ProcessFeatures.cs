using System.Runtime.CompilerServices;

namespace Minix.Runtime;

/// <summary>The <see cref="RuntimeFeatures"/> of the running process, as its image target fixed them.</summary>
public static class ProcessFeatures
{
    // 0 until first asked; then the features with a marker bit, so no static constructor is needed.
    private const int Known = 0x10000;
    private static int s_features;

    /// <summary>The features.</summary>
    public static RuntimeFeatures Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int features = s_features;
            if (features == 0)
                s_features = features = PlatformImports.Features() | Known;
            return (RuntimeFeatures)(features & ~Known);
        }
    }

    /// <summary>Whether the process has <paramref name="feature"/>.</summary>
    /// <param name="feature">A feature.</param>
    /// <returns>True if present.</returns>
    public static bool Has(RuntimeFeatures feature) => (Current & feature) == feature;
}
