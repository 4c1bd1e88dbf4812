using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System;

/// <summary>
/// <c>new T()</c> on a type parameter: the compiler supplies the type's parameterless constructor (no reflection is
/// involved), the runtime allocates and calls it.
/// </summary>
public static class Activator
{
    /// <summary>A new instance of <typeparamref name="T"/> made by its parameterless constructor.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The instance.</returns>
    /// <exception cref="MissingMethodException">The type has no parameterless constructor.</exception>
    public static unsafe T CreateInstance<T>()
    {
        nint constructor = DefaultConstructorOf<T>();
        if (constructor == GetFallbackDefaultConstructor())
            throw new MissingMethodException("No parameterless constructor defined for this type.");
        T result = default;
        if (default(T) == null)
        {
            object instance = RuntimeExports.RhNewObject(MethodTable.Of<T>());
            ((delegate*<object, void>)constructor)(instance);
            result = (T)instance;
        }
        else
        {
            ((delegate*<ref byte, void>)constructor)(ref Unsafe.As<T, byte>(ref result));
        }

        return result;
    }

    // The compiler replaces this with the address of T's parameterless constructor, or of the fallback below.
    [Intrinsic]
    private static nint DefaultConstructorOf<T>() => throw new NotSupportedException();

    internal static unsafe nint GetFallbackDefaultConstructor() => (nint)(delegate*<void>)&MissingConstructorMethod;

    private static void MissingConstructorMethod()
    {
    }
}
