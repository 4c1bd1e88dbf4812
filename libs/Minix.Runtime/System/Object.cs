using Internal.Runtime;
using System.Runtime;

namespace System;

/// <summary>The root of every class. Its only field is the MethodTable pointer NativeAOT code expects first.</summary>
public class Object
{
    // Layout contract with ILC: the first pointer-sized field of every object is its MethodTable.
    internal unsafe MethodTable* m_pEEType;

    /// <summary>Creates an object.</summary>
    public Object()
    {
    }

    /// <summary>Reference equality unless a type overrides it.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True if both references are the same object.</returns>
    public virtual bool Equals(object obj) => this == obj;

    /// <summary>A hash code; for a plain object, its identity (objects never move, so it is derived from the address).</summary>
    /// <returns>The hash code.</returns>
    public virtual int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>The object's exact type.</summary>
    /// <returns>The type.</returns>
    public unsafe Type GetType() => new RuntimeType(m_pEEType);

    /// <summary>A shallow copy: a new object of the same type with the same field values.</summary>
    /// <returns>The copy.</returns>
    protected unsafe object MemberwiseClone() => RuntimeExports.Clone(this);

    /// <summary>A text form of the object: by default, as in .NET, its type's full name.</summary>
    /// <returns>The text.</returns>
    public virtual string ToString() => GetType().FullName;

    /// <summary>Equality through the first object's Equals (two nulls are equal, a null and an object are not).</summary>
    /// <param name="objA">The first object.</param>
    /// <param name="objB">The second object.</param>
    /// <returns>True if equal.</returns>
    public static bool Equals(object objA, object objB) => objA == objB || (objA is not null && objB is not null && objA.Equals(objB));

    /// <summary>Reference equality, whatever the types override.</summary>
    /// <param name="objA">The first object.</param>
    /// <param name="objB">The second object.</param>
    /// <returns>True if both are the same object or both are null.</returns>
    public static bool ReferenceEquals(object objA, object objB) => objA == objB;
}
