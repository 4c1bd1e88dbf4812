using System.Runtime.CompilerServices;

namespace System;

// Block operations the JIT calls for struct copies, zeroing and initblk (CORINFO_HELP_MEMCPY/MEMZERO/MEMSET).
// Written word-at-a-time in plain C#: the helper must not itself lower to a call to the same helper.
internal static class SpanHelpers
{
    [Intrinsic]
    public static unsafe void Memmove(ref byte destination, ref byte source, nuint length)
    {
        byte* d = (byte*)Unsafe.AsPointer(ref destination);
        byte* s = (byte*)Unsafe.AsPointer(ref source);
        if (d == s || length == 0)
            return;
        if (d < s || d >= s + length)
        {
            nuint i = 0;
            for (; i + 8 <= length; i += 8)
                *(ulong*)(d + i) = *(ulong*)(s + i);
            for (; i < length; i++)
                d[i] = s[i];
        }
        else
        {
            nuint i = length;
            for (; i >= 8; i -= 8)
                *(ulong*)(d + i - 8) = *(ulong*)(s + i - 8);
            for (; i > 0; i--)
                d[i - 1] = s[i - 1];
        }
    }

    [Intrinsic]
    public static unsafe void ClearWithoutReferences(ref byte destination, nuint length) => Fill(ref destination, length, 0);

    [Intrinsic]
    public static unsafe void ClearWithReferences(ref nint destination, nuint pointerCount) =>
        Fill(ref Unsafe.As<nint, byte>(ref destination), pointerCount * 8, 0);

    [Intrinsic]
    public static unsafe void Fill(ref byte destination, nuint length, byte value)
    {
        byte* d = (byte*)Unsafe.AsPointer(ref destination);
        ulong word = value * 0x0101010101010101UL;
        nuint i = 0;
        for (; i + 8 <= length; i += 8)
            *(ulong*)(d + i) = word;
        for (; i < length; i++)
            d[i] = value;
    }
}
