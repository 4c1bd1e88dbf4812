namespace Minix.DriverKit;

/// <summary>Memory that stays where it is, so it can be granted to another process (see <see cref="GrantTable"/>).</summary>
public static partial class PinnedMemory
{
    /// <summary>Allocates <paramref name="length"/> zeroed bytes that never move (do this at start-up).</summary>
    /// <param name="length">Bytes.</param>
    /// <returns>The memory.</returns>
    public static byte[] Allocate(int length) => AllocateBytes(length < 0 ? 0 : length);

    private static partial byte[] AllocateBytes(int length);
}
