using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;
using System.Runtime.CompilerServices;
using Minix.Runtime;
using Minix.Runtime.Memory;

namespace System.Runtime;

// Allocation helpers ILC's code calls by symbol name (RhpNewFast, RhpNewArray, ...) and, by managed name, for
// boxing. Objects come from the process heap (collected in a program); the reference points past the 8-byte header
// at the MethodTable.
internal static unsafe class RuntimeExports
{
    [RuntimeExport("RhpNewFast")]
    public static object RhpNewFast(MethodTable* type) => ObjectAllocator.NewObject(type);

    [RuntimeExport("RhpNewFinalizable")]
    public static object RhpNewFinalizable(MethodTable* type) => ObjectAllocator.NewObject(type);

    [RuntimeExport("RhNewObject")]
    public static object RhNewObject(MethodTable* type) => ObjectAllocator.NewObject(type);

    [RuntimeExport("RhpNewArray")]
    public static object RhpNewArray(MethodTable* type, int length) => ObjectAllocator.NewArray(type, length);

    [RuntimeExport("RhpNewArrayFast")]
    public static object RhpNewArrayFast(MethodTable* type, int length) => ObjectAllocator.NewArray(type, length);

    [RuntimeExport("RhpNewPtrArrayFast")]
    public static object RhpNewPtrArrayFast(MethodTable* type, int length) => ObjectAllocator.NewArray(type, length);

    [RuntimeExport("RhNewArray")]
    public static object RhNewArray(MethodTable* type, int length) => ObjectAllocator.NewArray(type, length);

    [RuntimeExport("RhNewString")]
    public static object RhNewString(MethodTable* type, int length) => ObjectAllocator.NewArray(type, length);

    // A boxed value is the MethodTable pointer followed by the value's bytes; a Nullable<T> boxes as its value or
    // as null.
    [RuntimeExport("RhBox")]
    public static object RhBox(MethodTable* type, ref byte data)
    {
        ref byte source = ref data;
        if (type->IsNullable)
        {
            if (data == 0)
                return null;
            source = ref Unsafe.Add(ref data, type->NullableValueOffset);
            type = type->GenericArgument(0);
        }

        object box = ObjectAllocator.NewObject(type);
        CopyValue(type, ref Unsafe.As<RawData>(box).Data, ref source);
        return box;
    }

    [RuntimeExport("RhUnbox2")]
    public static ref byte RhUnbox2(MethodTable* type, object obj)
    {
        if (obj is null)
            ThrowHelpers.ThrowNullReferenceException();
        if (!UnboxesAs(obj.m_pEEType, type))
            ThrowHelpers.ThrowInvalidCast(obj.m_pEEType, type);
        return ref Unsafe.As<RawData>(obj).Data;
    }

    [RuntimeExport("RhUnboxTypeTest")]
    public static void RhUnboxTypeTest(MethodTable* type, MethodTable* boxType)
    {
        if (!UnboxesAs(boxType, type))
            ThrowHelpers.ThrowInvalidCast(boxType, type);
    }

    // (T?)obj: null gives a Nullable without a value, a boxed T one with it.
    [RuntimeExport("RhUnboxNullable")]
    public static void RhUnboxNullable(ref byte data, MethodTable* type, object obj)
    {
        MethodTable* value = type->GenericArgument(0);
        ref byte target = ref Unsafe.Add(ref data, type->NullableValueOffset);
        if (obj is null)
        {
            data = 0;
            SpanHelpers.ClearWithoutReferences(ref target, value->ValueTypeSize);
            return;
        }

        if (!UnboxesAs(obj.m_pEEType, value))
            ThrowHelpers.ThrowInvalidCast(obj.m_pEEType, type);
        data = 1;
        CopyValue(value, ref target, ref Unsafe.As<RawData>(obj).Data);
    }

    // A shallow copy for MemberwiseClone.
    public static object Clone(object source)
    {
        MethodTable* type = source.m_pEEType;
        object copy = type->HasComponentSize
            ? ObjectAllocator.NewArray(type, (int)Unsafe.As<RawArrayData>(source).Length)
            : ObjectAllocator.NewObject(type);
        nuint size = ObjectHeader.SizeOf((byte*)Unsafe.AsPointer(ref Unsafe.As<RawData>(source).Data) - 8) - 16;
        Buffer.BulkMoveWithWriteBarrier(ref Unsafe.As<RawData>(copy).Data, ref Unsafe.As<RawData>(source).Data, size);
        return copy;
    }

    // An enum and its underlying integer share an element type, and .NET lets them unbox as each other.
    private static bool UnboxesAs(MethodTable* actual, MethodTable* wanted) =>
        actual == wanted || (actual->ElementType == wanted->ElementType && actual->IsPrimitive && wanted->IsPrimitive);

    private static void CopyValue(MethodTable* type, ref byte target, ref byte source)
    {
        nuint size = type->ValueTypeSize;
        if (type->ContainsGCPointers)
            Buffer.BulkMoveWithWriteBarrier(ref target, ref source, size);
        else
            SpanHelpers.Memmove(ref target, ref source, size);
    }
}
