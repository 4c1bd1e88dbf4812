using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;
using System.Runtime.CompilerServices;

namespace System.Runtime;

// Cast and covariant-array helpers ILC's code calls for `is`, `as`, casts and stores into reference arrays: class
// chains, interface maps with generic variance (IEnumerable<string> is an IEnumerable<object>), arrays with
// covariance over reference elements and their generic interfaces (string[] is an IList<string>).
internal static unsafe class TypeCast
{
    private const byte Covariant = 1;
    private const byte Contravariant = 2;
    private const byte ArrayCovariant = 0x20;

    [RuntimeExport("RhTypeCast_IsInstanceOfClass")]
    public static object IsInstanceOfClass(MethodTable* type, object obj) =>
        obj is null || IsDerived(obj.m_pEEType, type) ? obj : null;

    [RuntimeExport("RhTypeCast_IsInstanceOfInterface")]
    public static object IsInstanceOfInterface(MethodTable* type, object obj) =>
        obj is null || ImplementsInterface(obj.m_pEEType, type, 0) ? obj : null;

    [RuntimeExport("RhTypeCast_IsInstanceOfAny")]
    public static object IsInstanceOfAny(MethodTable* type, object obj) =>
        obj is null || AreTypesAssignable(obj.m_pEEType, type) ? obj : null;

    [RuntimeExport("RhTypeCast_IsInstanceOfException")]
    public static bool IsInstanceOfException(MethodTable* type, object obj) => obj is not null && IsDerived(obj.m_pEEType, type);

    [RuntimeExport("RhTypeCast_CheckCastClass")]
    public static object CheckCastClass(MethodTable* type, object obj) => IsInstanceOfClass(type, obj) ?? CastFailed(obj, type);

    [RuntimeExport("RhTypeCast_CheckCastClassSpecial")]
    public static object CheckCastClassSpecial(MethodTable* type, object obj) => CheckCastClass(type, obj);

    [RuntimeExport("RhTypeCast_CheckCastInterface")]
    public static object CheckCastInterface(MethodTable* type, object obj) => IsInstanceOfInterface(type, obj) ?? CastFailed(obj, type);

    [RuntimeExport("RhTypeCast_CheckCastAny")]
    public static object CheckCastAny(MethodTable* type, object obj) => IsInstanceOfAny(type, obj) ?? CastFailed(obj, type);

    [RuntimeExport("RhpStelemRef")]
    public static void StelemRef(object[] array, nint index, object obj)
    {
        if ((nuint)index >= (uint)array.Length)
            ThrowHelpers.ThrowIndexOutOfRangeException();
        ref object element = ref Unsafe.Add(ref Unsafe.As<byte, object>(ref Unsafe.As<RawArrayData>(array).Data), index);
        if (obj is null)
        {
            element = null;
            return;
        }

        MethodTable* elementType = array.m_pEEType->ElementTypeHandle;
        if (obj.m_pEEType != elementType && !AreTypesAssignable(obj.m_pEEType, elementType))
            ThrowHelpers.ThrowArrayTypeMismatchException();
        element = obj;
    }

    [RuntimeExport("RhpLdelemaRef")]
    public static ref object LdelemaRef(object[] array, nint index, MethodTable* elementType)
    {
        if ((nuint)index >= (uint)array.Length)
            ThrowHelpers.ThrowIndexOutOfRangeException();
        if (array.m_pEEType->ElementTypeHandle != elementType)
            ThrowHelpers.ThrowArrayTypeMismatchException();
        return ref Unsafe.Add(ref Unsafe.As<byte, object>(ref Unsafe.As<RawArrayData>(array).Data), index);
    }

    // Whether a value of type `source` (boxed, if a value type) may be stored in a variable of type `target`.
    public static bool AreTypesAssignable(MethodTable* source, MethodTable* target) => Assignable(source, target, 0);

    private static bool Assignable(MethodTable* source, MethodTable* target, int depth)
    {
        if (source == target)
            return true;
        if (depth > 8)
            return false;
        if (target->IsInterface)
            return ImplementsInterface(source, target, depth);
        if (target->IsArray)
        {
            if (!source->IsArray || source->ElementType != target->ElementType || source->BaseSize != target->BaseSize)
                return false;
            MethodTable* from = source->ElementTypeHandle;
            MethodTable* to = target->ElementTypeHandle;
            return from == to || (!from->IsValueType && Assignable(from, to, depth + 1))
                || (from->IsPrimitive && to->IsPrimitive && SameSizeIntegers(from, to));
        }

        return IsDerived(source, target);
    }

    private static bool IsDerived(MethodTable* source, MethodTable* target)
    {
        if (source->IsArray)
            return target->ElementType == MethodTable.ElementTypeSystemArray || IsObject(target);
        for (MethodTable* type = source; type != null; type = type->BaseType)
        {
            if (type == target)
                return true;
        }

        return false;
    }

    // System.Object is the class with no base.
    private static bool IsObject(MethodTable* type) => type->IsCanonical && type->BaseType == null && !type->IsInterface && !type->IsValueType;

    private static bool ImplementsInterface(MethodTable* source, MethodTable* target, int depth)
    {
        MethodTable** map = source->InterfaceMap;
        int count = source->NumInterfaces;
        for (int i = 0; i < count; i++)
        {
            if (map[i] == target)
                return true;
        }

        if (!target->HasGenericVariance && !source->IsArray)
            return false;
        MethodTable* definition = target->GenericDefinition;
        if (definition == null)
            return false;
        byte* variance = target->GenericVariance;
        // An interface is compatible with a variant instantiation of itself (IProducer<string> with IProducer<object>).
        if (source->IsInterface && source->GenericDefinition == definition && ArgumentsCompatible(source, target, variance, false, depth))
            return true;
        for (int i = 0; i < count; i++)
        {
            MethodTable* candidate = map[i];
            if (candidate->GenericDefinition == definition && ArgumentsCompatible(candidate, target, variance, source->IsArray, depth))
                return true;
        }

        return false;
    }

    private static bool ArgumentsCompatible(MethodTable* source, MethodTable* target, byte* variance, bool arrayCovariance, int depth)
    {
        int arity = target->GenericArity;
        for (int i = 0; i < arity; i++)
        {
            MethodTable* from = source->GenericArgument(i);
            MethodTable* to = target->GenericArgument(i);
            if (from == to)
                continue;
            byte kind = variance == null ? (arrayCovariance ? Covariant : (byte)0) : variance[i];
            if ((kind == Covariant || kind == ArrayCovariant) && !from->IsValueType && Assignable(from, to, depth + 1))
                continue;
            if (kind == Contravariant && !to->IsValueType && Assignable(to, from, depth + 1))
                continue;
            return false;
        }

        return true;
    }

    private static bool SameSizeIntegers(MethodTable* a, MethodTable* b)
    {
        int x = a->ElementType, y = b->ElementType;
        // Byte/SByte, Int16/UInt16/Char, Int32/UInt32, Int64/UInt64, IntPtr/UIntPtr pairs share a representation.
        return (x | 1) == (y | 1) && x >= 0x04 && x <= 0x0D && y >= 0x04 && y <= 0x0D || (x is 0x03 or 0x06 or 0x07 && y is 0x03 or 0x06 or 0x07);
    }

    private static object CastFailed(object obj, MethodTable* type)
    {
        if (obj is null)
            return null;
        ThrowHelpers.ThrowInvalidCast(obj.m_pEEType, type);
        return null;
    }
}
