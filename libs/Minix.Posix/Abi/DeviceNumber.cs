namespace Minix.Posix.Abi;

/// <summary>
/// A device number (st_rdev, and zone 0 of a special file's inode on disk): the major number says which driver, the
/// minor which of its devices. <c>major &lt;&lt; 8 | minor</c>, which for majors below 4096 and minors below 256 is
/// also what MINIX (NetBSD's encoding) and Linux write on disk.
/// </summary>
public static class DeviceNumber
{
    /// <summary>Builds a device number.</summary>
    /// <param name="major">The major number (0..4095).</param>
    /// <param name="minor">The minor number (0..255).</param>
    /// <returns>The device number.</returns>
    public static uint Make(int major, int minor) => (uint)(((major & 0xFFF) << 8) | (minor & 0xFF));

    /// <summary>The major number of <paramref name="device"/>.</summary>
    /// <param name="device">A device number.</param>
    /// <returns>The major number.</returns>
    public static int Major(ulong device) => (int)((device >> 8) & 0xFFF);

    /// <summary>The minor number of <paramref name="device"/>.</summary>
    /// <param name="device">A device number.</param>
    /// <returns>The minor number.</returns>
    public static int Minor(ulong device) => (int)(device & 0xFF);
}
