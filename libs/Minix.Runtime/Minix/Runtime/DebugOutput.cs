using System;

namespace Minix.Runtime;

/// <summary>Diagnostic output through the target's <c>minix_debug_write</c> (stdout, serial line or log).</summary>
public static unsafe class DebugOutput
{
    /// <summary>Writes UTF-8 bytes.</summary>
    /// <param name="utf8">The bytes.</param>
    public static void Write(ReadOnlySpan<byte> utf8)
    {
        fixed (byte* p = utf8)
            PlatformImports.DebugWrite(p, utf8.Length);
    }

    /// <summary>Writes a string, narrowing each UTF-16 unit below 0x80 to ASCII and the rest to '?'.</summary>
    /// <param name="text">The text.</param>
    public static void Write(string text)
    {
        byte* buffer = stackalloc byte[64];
        int used = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            buffer[used++] = c < 0x80 ? (byte)c : (byte)'?';
            if (used == 64)
            {
                PlatformImports.DebugWrite(buffer, used);
                used = 0;
            }
        }

        if (used > 0)
            PlatformImports.DebugWrite(buffer, used);
    }

    /// <summary>Writes a signed integer in decimal.</summary>
    /// <param name="value">The value.</param>
    public static void Write(long value)
    {
        byte* buffer = stackalloc byte[24];
        int length = DecimalText.Format(value, buffer);
        PlatformImports.DebugWrite(buffer, length);
    }
}
