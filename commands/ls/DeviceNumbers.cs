namespace Minix.Commands.Ls;

/// <summary>
/// The major and minor numbers of a special file's st_rdev, for ls -l's "major, minor" in place of a size. The
/// system's encoding is <c>major &lt;&lt; 8 | minor</c> (Minix.Posix's DeviceNumber); on the host st_rdev is
/// Linux's, which is the same below major 4096 and minor 256 and keeps the higher bits of each further up (glibc's
/// major() and minor()), so reading it Linux's way serves both.
/// </summary>
internal static class DeviceNumbers
{
    /// <summary>The major number of <paramref name="device"/>.</summary>
    public static ulong Major(ulong device) => ((device >> 8) & 0xFFF) | ((device >> 32) & ~0xFFFUL);

    /// <summary>The minor number of <paramref name="device"/>.</summary>
    public static ulong Minor(ulong device) => (device & 0xFF) | ((device >> 12) & ~0xFFUL);
}
