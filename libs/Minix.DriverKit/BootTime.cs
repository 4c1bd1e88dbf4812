using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// The boot parameter <c>boottime</c>: seconds since 1970-01-01 UTC when the machine started. The kernel keeps no
/// calendar time, so whoever boots the machine says what time it is (<c>minix boot</c> adds it for an image with a
/// root file system). Every server that tells the time of day reads it here, so they agree: the process manager's
/// time() and the file server's file times count from the same second.
/// </summary>
public static class BootTime
{
    /// <summary>Reads <c>boottime</c>: its leading digits, as seconds since 1970.</summary>
    /// <param name="seconds">The boot time, or 0 when the parameter is absent.</param>
    /// <returns>Whether the parameter was given.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static bool TryRead(out long seconds)
    {
        seconds = 0;
        Span<byte> text = stackalloc byte[20];
        if (!BootParameters.TryGet("boottime"u8, text, out int length))
            return false;
        for (int i = 0; i < length && text[i] >= (byte)'0' && text[i] <= (byte)'9'; i++)
            seconds = (seconds * 10) + (text[i] - '0');
        return true;
    }
}
