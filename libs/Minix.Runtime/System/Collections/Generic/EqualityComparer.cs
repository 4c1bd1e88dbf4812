using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

/// <summary>
/// Equality of values as .NET's collections use it. <see cref="Default"/> is chosen by the compiler for each exact
/// type (its <c>Create</c> is an intrinsic: IEquatable&lt;T&gt;, nullable, enum, string or object equality); code
/// shared between reference types falls back to <see cref="object.Equals(object)"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class EqualityComparer<T> : IEqualityComparer<T>, IEqualityComparer
{
    /// <summary>The default equality of <typeparamref name="T"/>.</summary>
    public static EqualityComparer<T> Default { get; } = Create();

    // The compiler replaces this body for exact types; it runs as written only for shared (reference type) code.
    private static EqualityComparer<T> Create()
    {
        if (typeof(T) == typeof(string))
            return Unsafe.As<EqualityComparer<T>>(new StringEqualityComparer());
        return new ObjectEqualityComparer<T>();
    }

    /// <summary>Whether two values are equal.</summary>
    /// <param name="x">One value.</param>
    /// <param name="y">The other.</param>
    /// <returns>True if equal.</returns>
    public abstract bool Equals(T x, T y);

    /// <summary>A hash consistent with <see cref="Equals(T, T)"/>.</summary>
    /// <param name="obj">The value.</param>
    /// <returns>The hash.</returns>
    public abstract int GetHashCode(T obj);

    bool IEqualityComparer.Equals(object x, object y)
    {
        if (x == y)
            return true;
        if (x is null || y is null)
            return false;
        if (x is T a && y is T b)
            return Equals(a, b);
        throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
    }

    int IEqualityComparer.GetHashCode(object obj) => obj is null ? 0 : obj is T value ? GetHashCode(value) : throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
}

// T : IEquatable<T>: the typed Equals, without boxing.
internal sealed class GenericEqualityComparer<T> : EqualityComparer<T>
    where T : IEquatable<T>
{
    public override bool Equals(T x, T y) => x != null ? y != null && x.Equals(y) : y == null;

    public override int GetHashCode(T obj) => obj?.GetHashCode() ?? 0;

    public override bool Equals(object obj) => obj is GenericEqualityComparer<T>;

    public override int GetHashCode() => 1;
}

// Nullable<T>: equal when both are empty or both hold equal values.
internal sealed class NullableEqualityComparer<T> : EqualityComparer<T?>
    where T : struct
{
    public override bool Equals(T? x, T? y) =>
        x.HasValue ? y.HasValue && EqualityComparer<T>.Default.Equals(x.value, y.value) : !y.HasValue;

    public override int GetHashCode(T? obj) => obj.HasValue ? EqualityComparer<T>.Default.GetHashCode(obj.value) : 0;

    public override bool Equals(object obj) => obj is NullableEqualityComparer<T>;

    public override int GetHashCode() => 2;
}

// An enum: its underlying integer's bits.
internal sealed class EnumEqualityComparer<T> : EqualityComparer<T>
    where T : struct, Enum
{
    public override bool Equals(T x, T y) => EnumBits.Of(ref x) == EnumBits.Of(ref y);

    public override int GetHashCode(T obj) => EnumBits.Of(ref obj).GetHashCode();

    public override bool Equals(object obj) => obj is EnumEqualityComparer<T>;

    public override int GetHashCode() => 3;
}

// Anything else: Equals(object).
internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
{
    public override bool Equals(T x, T y)
    {
        if (x is null)
            return y is null;
        if (y is null)
            return false;
        if (x is IEquatable<T> equatable)
            return equatable.Equals(y);
        return x.Equals(y);
    }

    public override int GetHashCode(T obj) => obj?.GetHashCode() ?? 0;

    public override bool Equals(object obj) => obj is ObjectEqualityComparer<T>;

    public override int GetHashCode() => 4;
}

// Strings: ordinal.
internal sealed class StringEqualityComparer : EqualityComparer<string>
{
    public override bool Equals(string x, string y) => string.Equals(x, y);

    public override int GetHashCode(string obj) => obj?.GetHashCode() ?? 0;

    public override bool Equals(object obj) => obj is StringEqualityComparer;

    public override int GetHashCode() => 5;
}

// An enum value's underlying integer, widened to 64 bits (sign-extended for signed types).
internal static unsafe class EnumBits
{
    public static long Of<T>(ref T value)
        where T : struct
    {
        switch (Unsafe.SizeOf<T>())
        {
            case 1:
                return Internal.Runtime.MethodTable.Of<T>()->ElementType == 0x04 ? Unsafe.As<T, sbyte>(ref value) : Unsafe.As<T, byte>(ref value);
            case 2:
                return Internal.Runtime.MethodTable.Of<T>()->ElementType == 0x06 ? Unsafe.As<T, short>(ref value) : Unsafe.As<T, ushort>(ref value);
            case 4:
                return Internal.Runtime.MethodTable.Of<T>()->ElementType == 0x08 ? Unsafe.As<T, int>(ref value) : Unsafe.As<T, uint>(ref value);
            default:
                return Unsafe.As<T, long>(ref value);
        }
    }

    public static bool IsUnsigned<T>() => Internal.Runtime.MethodTable.Of<T>()->ElementType is 0x03 or 0x05 or 0x07 or 0x09 or 0x0B or 0x0D;
}
