using Minix.Posix.Abi;

namespace Minix.Commands.Libc;

/// <summary>The input operands of a text tool: a file name, or "-" for the standard input.</summary>
public static class InputFiles
{
    /// <summary>Opens <paramref name="operand"/> for reading.</summary>
    /// <param name="operand">A file, or "-".</param>
    /// <returns>A descriptor (0 for "-"), or -errno.</returns>
    public static long Open(string operand) => operand == "-" ? Sys.StandardInput : Sys.Open(operand, OpenFlags.ReadOnly);

    /// <summary>Closes what <see cref="Open"/> opened (never the standard input).</summary>
    /// <param name="fd">The descriptor.</param>
    public static void Close(long fd)
    {
        if (fd > Sys.StandardError)
            Sys.Close((int)fd);
    }

    /// <summary>Reads all of <paramref name="fd"/>.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="data">What was read (all of it, even if an error came after).</param>
    /// <returns>0, or the read error (-errno).</returns>
    public static long ReadAll(long fd, out byte[] data)
    {
        var buffer = new byte[8192];
        int used = 0;
        while (true)
        {
            if (used == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            long got = Sys.Read((int)fd, buffer.AsSpan(used));
            if (got <= 0)
            {
                data = buffer.AsSpan(0, used).ToArray();
                return got;
            }

            used += (int)got;
        }
    }
}
