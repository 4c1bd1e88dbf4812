namespace Minix.Kernel.Core;

/// <summary>
/// The kernel's own log (MINIX's kernel printf): text written here goes straight to the console (COM1 on the
/// image). Kernel code only; a user-mode driver logs with Minix.DriverKit's <c>Log</c>, which uses SYS_DIAGCTL.
/// </summary>
[KernelInternal]
public static class KernelLog
{
    /// <summary>Writes UTF-8 text.</summary>
    /// <param name="text">The text.</param>
    public static void Write(ReadOnlySpan<byte> text) => KernelConsole.Write(text);
}
