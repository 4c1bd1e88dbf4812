using System.Runtime.CompilerServices;

namespace System;

// Copies and fills for spans of any T: one block operation for unmanaged elements, element by element when T holds
// references (the compiler answers IsReferenceOrContainsReferences at compile time).
internal static class SpanCopy
{
    public static void Copy<T>(ref T destination, ref T source, int count)
    {
        if (count <= 0 || Unsafe.AreSame(ref destination, ref source))
            return;
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            SpanHelpers.Memmove(ref Unsafe.As<T, byte>(ref destination), ref Unsafe.As<T, byte>(ref source), (nuint)(uint)count * (nuint)Unsafe.SizeOf<T>());
            return;
        }

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

    public static void Fill<T>(ref T destination, int count, T value)
    {
        if (Unsafe.SizeOf<T>() == 1 && !RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            SpanHelpers.Fill(ref Unsafe.As<T, byte>(ref destination), (nuint)(uint)count, Unsafe.As<T, byte>(ref value));
            return;
        }

        for (int i = 0; i < count; i++)
            Unsafe.Add(ref destination, i) = value;
    }

    public static void Clear<T>(ref T destination, int count)
    {
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            SpanHelpers.ClearWithoutReferences(ref Unsafe.As<T, byte>(ref destination), (nuint)(uint)count * (nuint)Unsafe.SizeOf<T>());
            return;
        }

        for (int i = 0; i < count; i++)
            Unsafe.Add(ref destination, i) = default;
    }
}
