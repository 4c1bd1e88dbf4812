using System;

namespace Minix.Build.Corpus;

/// <summary>UTF-8 literals: bytes in the image, read through spans.</summary>
public static class Utf8
{
    public static int LiteralLength(int n) => (n & 1) == 0 ? "kernel"u8.Length : "grant table ready\n"u8.Length;

    public static int LiteralByte(int i) => "MINIX"u8[i];

    public static int Checksum(int n)
    {
        ReadOnlySpan<byte> text = "The reincarnation server restarts failed drivers."u8;
        uint sum = (uint)n;
        foreach (byte b in text)
            sum = sum * 33 + b;
        return (int)sum;
    }

    public static int NonAscii(int i) => "héllo wörld"u8[i & 7];

    public static long ParseNumber(int which)
    {
        ReadOnlySpan<byte> text = (which & 3) switch { 0 => "42"u8, 1 => "-9000"u8, 2 => "123456789012"u8, _ => "0"u8 };
        long value = 0;
        bool negative = text[0] == (byte)'-';
        for (int i = negative ? 1 : 0; i < text.Length; i++)
            value = value * 10 + (text[i] - '0');
        return negative ? -value : value;
    }

    public static int CompareLiterals(int n)
    {
        ReadOnlySpan<byte> a = "driver"u8;
        ReadOnlySpan<byte> b = n > 0 ? "driver"u8 : "server"u8;
        return a.SequenceEqual(b) ? 1 : 0;
    }

    public static int CopyToStack(int n)
    {
        Span<byte> buffer = stackalloc byte[16];
        "0123456789"u8.CopyTo(buffer.Slice(n & 3));
        int h = 0;
        foreach (byte b in buffer)
            h = h * 31 + b;
        return h;
    }

    public static int CountLines(int n)
    {
        ReadOnlySpan<byte> text = "service pm\n{\n  uid 0;\n  ipc ALL;\n};\n"u8;
        int lines = 0;
        foreach (byte b in text)
        {
            if (b == (byte)'\n')
                lines++;
        }

        return lines + n;
    }
}
