using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// The kernel command line (<c>key=value</c> words separated by spaces), read with SYS_GETINFO: how a boot chooses
/// options for drivers, servers and programs without rebuilding them. When a key appears more than once the last
/// word wins, so words added at boot (<c>minix boot --append</c>) override the image's own command line.
/// </summary>
public static class BootParameters
{
    /// <summary>
    /// The longest command line (the image's own line plus what <c>minix boot --append</c> adds; the BIOS loader
    /// allows 400 characters): the kernel's <see cref="Limits.BootCommandLineLength"/>, which the build, the
    /// <c>minix</c> tool and the kernel all enforce, so no parameter is ever cut off.
    /// </summary>
    public const int MaxLength = Limits.BootCommandLineLength;

    /// <summary>Finds the value of <paramref name="key"/> and copies it into <paramref name="value"/>.</summary>
    /// <param name="key">The key, without the <c>=</c>.</param>
    /// <param name="value">Where the value goes.</param>
    /// <param name="length">The value's length.</param>
    /// <returns>True if the key is on the command line (the value is that of its last occurrence).</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static bool TryGet(ReadOnlySpan<byte> key, Span<byte> value, out int length)
    {
        length = 0;
        Span<byte> line = stackalloc byte[MaxLength];
        if (Sys.GetInfo(InfoRequest.BootParameters, Endpoint.Self, line, out int total) != Status.Ok)
            return false;
        ReadOnlySpan<byte> rest = line.Slice(0, total);
        bool seen = false;
        while (rest.Length > 0)
        {
            int space = rest.IndexOf((byte)' ');
            ReadOnlySpan<byte> word = space < 0 ? rest : rest.Slice(0, space);
            rest = space < 0 ? default : rest.Slice(space + 1);
            if (word.Length > key.Length && word[key.Length] == (byte)'=' && word.Slice(0, key.Length).SequenceEqual(key))
            {
                ReadOnlySpan<byte> found = word.Slice(key.Length + 1);
                length = Math.Min(found.Length, value.Length);
                found.Slice(0, length).CopyTo(value);
                seen = true;
            }
        }

        return seen;
    }
}
