using System;

namespace Minix.Runtime;

/// <summary>
/// Writes straight to file descriptor 2 through the program ABI (<c>minix_sys_write</c>), falling back to the
/// debug output where the target has no file descriptors: what the runtime reports on when it cannot rely on
/// <c>Console</c>.
/// </summary>
public static unsafe class StandardError
{
    /// <summary>Writes <paramref name="text"/> as UTF-8.</summary>
    /// <param name="text">The text.</param>
    public static void Write(string text)
    {
        byte* buffer = stackalloc byte[256];
        var span = new Span<byte>(buffer, 256);
        int start = 0;
        while (start < text.Length)
        {
            int take = Math.Min(text.Length - start, 60);
            int length = Utf8Text.Encode(text.AsSpan(start, take), span);
            WriteBytes(buffer, length);
            start += take;
        }
    }

    private static void WriteBytes(byte* bytes, int length)
    {
        while (length > 0)
        {
            long written = PlatformImports.Write(2, bytes, length);
            if (written <= 0)
            {
                PlatformImports.DebugWrite(bytes, length);
                return;
            }

            bytes += written;
            length -= (int)written;
        }
    }
}
