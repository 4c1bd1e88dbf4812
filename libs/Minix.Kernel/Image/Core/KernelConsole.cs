namespace Minix.Kernel.Core;

/// <summary>Image side of the kernel console: COM1.</summary>
internal static class KernelConsole
{
    public static void Write(ReadOnlySpan<byte> text) => SerialPort.Write(text);
}
