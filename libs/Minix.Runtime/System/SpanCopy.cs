using System.Runtime.CompilerServices;

namespace System;

// Element-wise copy for spans of any T (references included: there is no GC to tell).
internal static class SpanCopy
{
    public static void Copy<T>(ref T destination, ref T source, int count)
    {
        if (count <= 0 || Unsafe.AreSame(ref destination, ref source))
            return;
        if (Unsafe.IsAddressLessThan(ref destination, ref source))
        {
            for (int i = 0; i < count; i++)
                Unsafe.Add(ref destination, i) = Unsafe.Add(ref source, i);
        }
        else
        {
            for (int i = count - 1; i >= 0; i--)
                Unsafe.Add(ref destination, i) = Unsafe.Add(ref source, i);
        }
    }
}
