using Internal.Runtime.CompilerHelpers;

namespace System.Runtime;

// Helpers ILC's generated IL calls by name in this class (the Set accessor of a multi-dimensional array of
// references checks the stored value's type here).
internal static unsafe class RuntimeImports
{
    internal static void RhCheckArrayStore(object array, object obj)
    {
        if (obj is null)
            return;
        var elementType = array.m_pEEType->ElementTypeHandle;
        if (obj.m_pEEType != elementType && !TypeCast.AreTypesAssignable(obj.m_pEEType, elementType))
            ThrowHelpers.ThrowArrayTypeMismatchException();
    }
}
