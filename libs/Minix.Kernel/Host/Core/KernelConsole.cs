using System.IO;

namespace Minix.Kernel.Core;

/// <summary>Host side of the kernel console: standard output.</summary>
internal static class KernelConsole
{
    public static void Write(ReadOnlySpan<byte> text)
    {
        using Stream output = Console.OpenStandardOutput();
        output.Write(text);
    }
}
