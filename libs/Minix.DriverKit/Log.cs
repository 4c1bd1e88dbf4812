using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// Logging for drivers and servers: each line goes to the kernel log through SYS_DIAGCTL, prefixed with the
/// process's name. The user-mode replacement for the kernel's own <c>KernelLog</c>, with the same method names.
/// </summary>
public static class Log
{
    /// <summary>Writes UTF-8 text (at most 256 bytes per call; longer text is written in pieces).</summary>
    /// <param name="text">The text.</param>
    [UsesKernelCall(KernelCall.DiagCtl)]
    public static void Write(ReadOnlySpan<byte> text)
    {
        while (text.Length > 0)
        {
            int length = Math.Min(text.Length, DiagCtlRequest.MaxLength);
            Sys.DiagCtl(text.Slice(0, length));
            text = text.Slice(length);
        }
    }
}
