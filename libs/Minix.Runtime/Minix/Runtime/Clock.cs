namespace Minix.Runtime;

/// <summary>The time through the program ABI's <c>minix_sys_time</c>: what the collector times its pauses with.</summary>
public static unsafe class Clock
{
    /// <summary>Nanoseconds since 1970-01-01 UTC, or 0 where the target has no clock.</summary>
    /// <returns>The time.</returns>
    public static long Nanoseconds()
    {
        long fraction = 0;
        long seconds = PlatformImports.Time(&fraction);
        return seconds < 0 ? 0 : seconds * 1_000_000_000 + fraction;
    }
}
