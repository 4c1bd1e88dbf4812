using System.Text;
using Minix.Build.Pipeline;
using Minix.Kernel;

namespace Minix.Build.Boot;

/// <summary>The kernel command line's one rule on the host: never longer than <see cref="Limits.BootCommandLineLength"/> bytes, refused rather than cut.</summary>
public static class BootCommandLine
{
    /// <summary>Throws if <paramref name="line"/> is too long for the kernel.</summary>
    /// <param name="line">The whole command line (the image's own plus anything appended).</param>
    /// <param name="source">Where it comes from, for the message (a project's MinixCommandLine, <c>--append</c>).</param>
    /// <exception cref="ToolchainException">The line is longer than the kernel takes.</exception>
    public static void Check(string line, string source)
    {
        int bytes = Encoding.UTF8.GetByteCount(line);
        if (bytes > Limits.BootCommandLineLength)
            throw new ToolchainException("image", $"{source}: the kernel command line would be {bytes} bytes; the kernel takes at most {Limits.BootCommandLineLength} (Minix.Kernel.Limits.BootCommandLineLength), and a parameter past the end would be lost");
    }
}
