using Internal.Runtime;
using System.Runtime.CompilerServices;
using Minix.Runtime;

namespace System.Runtime;

// Allocation helpers ILC's code calls by symbol name (RhpNewFast, RhpNewArray, ...) and, by managed name, for
// boxing. Objects come from the process heap; the reference points past the 8-byte header at the MethodTable.
internal static unsafe class RuntimeExports
{
    private const int ElementTypeNullable = 0x12;

    [RuntimeExport("RhpNewFast")]
    public static object RhpNewFast(MethodTable* type) => NewObject(type, type->BaseSize);

    [RuntimeExport("RhpNewFinalizable")]
    public static object RhpNewFinalizable(MethodTable* type) => NewObject(type, type->BaseSize);

    [RuntimeExport("RhNewObject")]
    public static object RhNewObject(MethodTable* type) => NewObject(type, type->BaseSize);

    [RuntimeExport("RhpNewArray")]
    public static object RhpNewArray(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhpNewArrayFast")]
    public static object RhpNewArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhpNewPtrArrayFast")]
    public static object RhpNewPtrArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhNewArray")]
    public static object RhNewArray(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhNewString")]
    public static object RhNewString(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhBox")]
    public static object RhBox(MethodTable* type, ref byte data)
    {
        if (type->ElementType == ElementTypeNullable)
            Fault.Raise(FaultKind.FeatureMissing, "boxing a Nullable<T> is not supported in the image");

        // A boxed value is the MethodTable pointer followed by the value's bytes.
        object box = NewObject(type, type->BaseSize);
        byte* target = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawData>(box).Data);
        byte* source = (byte*)Unsafe.AsPointer(ref data);
        nuint size = type->BaseSize - 16;
        for (nuint i = 0; i < size; i++)
            target[i] = source[i];
        return box;
    }

    [RuntimeExport("RhUnbox2")]
    public static ref byte RhUnbox2(MethodTable* type, object obj)
    {
        if (obj is null)
            Fault.Raise(FaultKind.NullReference, "unboxing null");
        // An enum and its underlying integer share an element type, and .NET lets them unbox as each other.
        MethodTable* actual = obj.m_pMethodTable;
        if (actual != type && (actual->ElementType != type->ElementType || actual->ElementType >= 0x10))
            Fault.Raise(FaultKind.InvalidCast);
        return ref Unsafe.As<RawData>(obj).Data;
    }

    [RuntimeExport("RhUnboxTypeTest")]
    public static void RhUnboxTypeTest(MethodTable* type, MethodTable* boxType)
    {
        if (type != boxType && (type->ElementType != boxType->ElementType || type->ElementType >= 0x10))
            Fault.Raise(FaultKind.InvalidCast);
    }

    [RuntimeExport("RhUnboxNullable")]
    public static void RhUnboxNullable(ref byte data, MethodTable* type, object obj) =>
        Fault.Raise(FaultKind.FeatureMissing, "unboxing to a Nullable<T> is not supported in the image");

    private static object NewObject(MethodTable* type, uint size)
    {
        // The object reference points just past the 8-byte object header, at the MethodTable pointer.
        byte* reference = (byte*)Heap.Allocate(size) + 8;
        *(MethodTable**)reference = type;
        return Unsafe.AsRef<object>(&reference);
    }

    private static object NewArray(MethodTable* type, int length)
    {
        if (length < 0)
            Fault.Raise(FaultKind.Overflow, "negative array length");
        ulong size = type->BaseSize + (ulong)(uint)length * type->ComponentSize;
        if (size > int.MaxValue)
            Fault.Raise(FaultKind.OutOfMemory, "array too large");
        byte* reference = (byte*)Heap.Allocate((nuint)size) + 8;
        *(MethodTable**)reference = type;
        *(int*)(reference + 8) = length;
        return Unsafe.AsRef<object>(&reference);
    }
}
