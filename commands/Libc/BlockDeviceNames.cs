using Minix.Posix.Abi;

namespace Minix.Commands.Libc;

/// <summary>
/// The block special files in /dev by device number, for naming the device a file system is on: /dev is read once, at
/// the first look-up, however many file systems a command names (df and mount name one a line).
/// </summary>
public sealed class BlockDeviceNames
{
    private Dictionary<ulong, string>? _names;

    /// <summary>The block special file in /dev with this device number (the first by name if several have it), or "-".</summary>
    /// <param name="device">The device number (a file system's files' st_dev).</param>
    /// <returns>"/dev/NAME", or "-" when /dev has none.</returns>
    public string Of(ulong device)
    {
        _names ??= Read();
        return _names.TryGetValue(device, out string? name) ? name : "-";
    }

    private static Dictionary<ulong, string> Read()
    {
        var byDevice = new Dictionary<ulong, string>();
        var names = new List<string>();
        if (Sys.ReadDirectory("/dev", names) < 0)
            return byDevice;
        names.Sort(string.CompareOrdinal);
        foreach (string name in names)
        {
            if (Sys.LinkStat("/dev/" + name, out FileStatus entry) >= 0 && (entry.Mode & FileModeBits.TypeMask) == FileModeBits.BlockDevice)
                byDevice.TryAdd(entry.SpecialDevice, "/dev/" + name);
        }

        return byDevice;
    }
}
