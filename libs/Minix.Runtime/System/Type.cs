using Internal.Runtime;
using Minix.Runtime;
using Minix.Runtime.Exceptions;

namespace System;

/// <summary>
/// A type, as <c>typeof</c> and <c>GetType()</c> give it. The image keeps no metadata: a type has its identity, its
/// kind and base, and (in a program, from the linker's source map) its name, but no members to reflect over.
/// </summary>
public abstract class Type
{
    /// <summary>The handle of the type.</summary>
    public abstract RuntimeTypeHandle TypeHandle { get; }

    /// <summary>The namespace-qualified name (<c>System.String</c>), or "?" where the image carries no names.</summary>
    public abstract string FullName { get; }

    /// <summary>The name without its namespace.</summary>
    public string Name
    {
        get
        {
            string full = FullName;
            int depth = 0;
            for (int i = full.Length - 1; i >= 0; i--)
            {
                char c = full[i];
                if (c == '>')
                    depth++;
                else if (c == '<')
                    depth--;
                else if ((c == '.' || c == '+') && depth == 0)
                    return full.Substring(i + 1);
            }

            return full;
        }
    }

    /// <summary>The namespace, or null.</summary>
    public string Namespace
    {
        get
        {
            // A nested type has its outermost type's namespace.
            string full = FullName;
            int nested = full.IndexOf('+');
            string outer = nested < 0 ? full : full.Substring(0, nested);
            int generic = outer.IndexOf('<');
            int dot = (generic < 0 ? outer : outer.Substring(0, generic)).LastIndexOf('.');
            return dot < 0 ? null : outer.Substring(0, dot);
        }
    }

    /// <summary>Whether the type is a value type.</summary>
    public abstract bool IsValueType { get; }

    /// <summary>Whether the type is an array type.</summary>
    public abstract bool IsArray { get; }

    /// <summary>Whether the type is an interface.</summary>
    public abstract bool IsInterface { get; }

    /// <summary>Whether the type is a class (not a value type or interface).</summary>
    public bool IsClass => !IsValueType && !IsInterface;

    /// <summary>The base class, or null for object, interfaces and value types' roots.</summary>
    public abstract Type BaseType { get; }

    /// <summary>The element type of an array, or null.</summary>
    /// <returns>The element type.</returns>
    public abstract Type GetElementType();

    /// <summary>Whether a value of <paramref name="c"/> can be assigned to a variable of this type.</summary>
    /// <param name="c">The other type.</param>
    /// <returns>True if assignable.</returns>
    public abstract bool IsAssignableFrom(Type c);

    /// <summary>Whether <paramref name="o"/> is an instance of this type.</summary>
    /// <param name="o">The object.</param>
    /// <returns>True if it is.</returns>
    public bool IsInstanceOfType(object o) => o is not null && IsAssignableFrom(o.GetType());

    /// <summary>The type of a handle.</summary>
    /// <param name="handle">The handle.</param>
    /// <returns>The type, or null for a null handle.</returns>
    public static unsafe Type GetTypeFromHandle(RuntimeTypeHandle handle) =>
        handle._value == 0 ? null : new RuntimeType((MethodTable*)handle._value);

    /// <summary>The full name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => FullName;

    /// <summary>Two types are equal when they are the same type.</summary>
    /// <param name="o">The other object.</param>
    /// <returns>True if the same type.</returns>
    public override bool Equals(object o) => o is Type other && other.TypeHandle._value == TypeHandle._value;

    /// <summary>A hash of the type's identity.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => TypeHandle._value.GetHashCode();

    /// <summary>Whether two types are the same type.</summary>
    /// <param name="left">One type.</param>
    /// <param name="right">The other.</param>
    /// <returns>True if the same (or both null).</returns>
    public static bool operator ==(Type left, Type right) =>
        left is null ? right is null : right is not null && left.TypeHandle._value == right.TypeHandle._value;

    /// <summary>Whether two types differ.</summary>
    /// <param name="left">One type.</param>
    /// <param name="right">The other.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(Type left, Type right) => !(left == right);
}
