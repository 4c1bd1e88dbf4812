using Internal.Runtime;
using System.Runtime.CompilerServices;
using Minix.Runtime;

namespace System.Runtime;

// Cast and covariant-array helpers ILC's code calls for `is`, `as`, casts and stores into reference arrays.
// Exact, single-module semantics: class chains, interface maps and array covariance over reference elements.
// Variant generic interfaces are not resolved (their casts fail with InvalidCast rather than guess).
internal static unsafe class TypeCast
{
    private const int ElementTypeSystemArray = 0x16;

    [RuntimeExport("RhTypeCast_IsInstanceOfClass")]
    public static object IsInstanceOfClass(MethodTable* type, object obj)
    {
        if (obj is null)
            return null;
        return IsClassOrBase(obj.m_pMethodTable, type) ? obj : null;
    }

    [RuntimeExport("RhTypeCast_IsInstanceOfInterface")]
    public static object IsInstanceOfInterface(MethodTable* type, object obj)
    {
        if (obj is null)
            return null;
        return ImplementsInterface(obj.m_pMethodTable, type) ? obj : null;
    }

    [RuntimeExport("RhTypeCast_IsInstanceOfAny")]
    public static object IsInstanceOfAny(MethodTable* type, object obj)
    {
        if (obj is null)
            return null;
        return IsAssignable(obj.m_pMethodTable, type) ? obj : null;
    }

    [RuntimeExport("RhTypeCast_IsInstanceOfException")]
    public static bool IsInstanceOfException(MethodTable* type, object obj) => obj is not null && IsClassOrBase(obj.m_pMethodTable, type);

    [RuntimeExport("RhTypeCast_CheckCastClass")]
    public static object CheckCastClass(MethodTable* type, object obj)
    {
        if (obj is null || IsClassOrBase(obj.m_pMethodTable, type))
            return obj;
        return CastFailed();
    }

    [RuntimeExport("RhTypeCast_CheckCastClassSpecial")]
    public static object CheckCastClassSpecial(MethodTable* type, object obj) => CheckCastClass(type, obj);

    [RuntimeExport("RhTypeCast_CheckCastInterface")]
    public static object CheckCastInterface(MethodTable* type, object obj)
    {
        if (obj is null || ImplementsInterface(obj.m_pMethodTable, type))
            return obj;
        return CastFailed();
    }

    [RuntimeExport("RhTypeCast_CheckCastAny")]
    public static object CheckCastAny(MethodTable* type, object obj)
    {
        if (obj is null || IsAssignable(obj.m_pMethodTable, type))
            return obj;
        return CastFailed();
    }

    [RuntimeExport("RhpStelemRef")]
    public static void StelemRef(object[] array, nint index, object obj)
    {
        if ((nuint)index >= (uint)array.Length)
            Fault.Raise(FaultKind.IndexOutOfRange);
        ref object element = ref Unsafe.Add(ref Unsafe.As<byte, object>(ref Unsafe.As<RawArrayData>(array).Data), index);
        if (obj is null)
        {
            element = null;
            return;
        }

        MethodTable* elementType = array.m_pMethodTable->RelatedType;
        if (obj.m_pMethodTable != elementType && !IsAssignable(obj.m_pMethodTable, elementType))
            Fault.Raise(FaultKind.ArrayTypeMismatch);
        element = obj;
    }

    [RuntimeExport("RhpLdelemaRef")]
    public static ref object LdelemaRef(object[] array, nint index, MethodTable* elementType)
    {
        if ((nuint)index >= (uint)array.Length)
            Fault.Raise(FaultKind.IndexOutOfRange);
        if (array.m_pMethodTable->RelatedType != elementType)
            Fault.Raise(FaultKind.ArrayTypeMismatch);
        return ref Unsafe.Add(ref Unsafe.As<byte, object>(ref Unsafe.As<RawArrayData>(array).Data), index);
    }

    private static object CastFailed()
    {
        Fault.Raise(FaultKind.InvalidCast);
        return null;
    }

    private static bool IsParameterized(MethodTable* type) => (type->Flags & MethodTable.KindMask) == MethodTable.ParameterizedKind;

    private static bool IsAssignable(MethodTable* source, MethodTable* target)
    {
        if (source == target)
            return true;
        if (target->IsInterface)
            return ImplementsInterface(source, target);
        if (IsParameterized(target))
        {
            // Array covariance: T[] to U[] when both hold references and T converts to U.
            if (!IsParameterized(source) || source->BaseSize != target->BaseSize || !source->IsArray)
                return false;
            MethodTable* from = source->RelatedType;
            MethodTable* to = target->RelatedType;
            return IsReferenceType(from) && IsReferenceType(to) && IsAssignable(from, to);
        }

        return IsClassOrBase(source, target);
    }

    private static bool IsReferenceType(MethodTable* type)
    {
        int element = type->ElementType;
        return element == 0x14 || element == 0x15 || element == ElementTypeSystemArray || element == MethodTable.ElementTypeSzArray || element == MethodTable.ElementTypeArray;
    }

    private static bool IsClassOrBase(MethodTable* source, MethodTable* target)
    {
        if (IsParameterized(source))
        {
            // An array's related type is its element type; its bases are System.Array and System.Object.
            return target->RelatedType == null || target->ElementType == ElementTypeSystemArray;
        }

        for (MethodTable* type = source; type != null; type = type->RelatedType)
        {
            if (type == target)
                return true;
        }

        return false;
    }

    private static bool ImplementsInterface(MethodTable* source, MethodTable* target)
    {
        MethodTable** map = source->InterfaceMap;
        for (int i = 0; i < source->NumInterfaces; i++)
        {
            if (map[i] == target)
                return true;
        }

        return false;
    }
}
