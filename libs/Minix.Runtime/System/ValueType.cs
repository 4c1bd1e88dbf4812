using Internal.Runtime;
using Minix.Runtime.Memory;
using System.Runtime.CompilerServices;

namespace System;

/// <summary>
/// The base of every struct. Without field metadata, the default Equals compares the struct's bytes, and the
/// references among them (found from the type's GC description) with their own Equals; the hash mixes the bytes.
/// A struct with padding or floating-point fields should override Equals, as .NET recommends anyway.
/// </summary>
public abstract class ValueType
{
    /// <summary>Field-by-field equality (references by Equals, everything else by bits).</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>True if equal.</returns>
    public override unsafe bool Equals(object obj)
    {
        if (obj is null || obj.m_pEEType != m_pEEType)
            return false;
        MethodTable* type = m_pEEType;
        byte* a = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawData>(this).Data);
        byte* b = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawData>(obj).Data);
        uint size = type->ValueTypeSize;
        if (!type->ContainsGCPointers)
            return new ReadOnlySpan<byte>(a, (int)size).SequenceEqual(new ReadOnlySpan<byte>(b, (int)size));
        // The boxed layout: references are slots of the box, found from the GC description.
        var slots = new System.Collections.Generic.List<int>();
        ReferenceSlots.Of(a - 8, slots);
        int at = 0;
        foreach (int slot in slots)
        {
            int offset = slot - 8;
            if (!new ReadOnlySpan<byte>(a + at, offset - at).SequenceEqual(new ReadOnlySpan<byte>(b + at, offset - at)))
                return false;
            if (!Equals(Unsafe.AsRef<object>(a + offset), Unsafe.AsRef<object>(b + offset)))
                return false;
            at = offset + 8;
        }

        return new ReadOnlySpan<byte>(a + at, (int)size - at).SequenceEqual(new ReadOnlySpan<byte>(b + at, (int)size - at));
    }

    /// <summary>A hash of the value's bytes (references contribute their own hash).</summary>
    /// <returns>The hash.</returns>
    public override unsafe int GetHashCode()
    {
        MethodTable* type = m_pEEType;
        byte* a = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawData>(this).Data);
        uint size = type->ValueTypeSize;
        uint hash = 2166136261;
        var slots = new System.Collections.Generic.List<int>();
        if (type->ContainsGCPointers)
            ReferenceSlots.Of(a - 8, slots);
        int next = slots.Count > 0 ? slots[0] - 8 : int.MaxValue, index = 0;
        for (int i = 0; i < size; i++)
        {
            if (i == next)
            {
                hash = (hash ^ (uint)(Unsafe.AsRef<object>(a + i)?.GetHashCode() ?? 0)) * 16777619;
                i += 7;
                next = ++index < slots.Count ? slots[index] - 8 : int.MaxValue;
                continue;
            }

            hash = (hash ^ a[i]) * 16777619;
        }

        return (int)hash;
    }

    /// <summary>The type's full name, as .NET's default.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => GetType().FullName;
}

// Offsets (from the object reference) of the reference fields of a boxed value. One thread: a static collects them.
internal static unsafe class ReferenceSlots
{
    private static System.Collections.Generic.List<int> s_target;
    private static byte* s_base;

    public static void Of(byte* reference, System.Collections.Generic.List<int> target)
    {
        s_target = target;
        s_base = reference;
        GCDescription.ForEachReference(reference, &Record);
        s_target = null;
        target.Sort();
    }

    private static void Record(nint* slot) => s_target.Add((int)((byte*)slot - s_base));
}
