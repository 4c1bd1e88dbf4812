using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

/// <summary>
/// An order of values as .NET's sorting uses it. <see cref="Default"/> is chosen by the compiler for each exact
/// type (IComparable&lt;T&gt;, nullable, enum or object order). Strings compare ordinally in the image (there is no
/// culture data).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class Comparer<T> : IComparer<T>, IComparer
{
    /// <summary>The default order of <typeparamref name="T"/>.</summary>
    public static Comparer<T> Default { get; } = Create();

    /// <summary>A comparer that calls <paramref name="comparison"/>.</summary>
    /// <param name="comparison">The order.</param>
    /// <returns>The comparer.</returns>
    public static Comparer<T> Create(Comparison<T> comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison, nameof(comparison));
        return new ComparisonComparer<T>(comparison);
    }

    // The compiler replaces this body for exact types; it runs as written only for shared (reference type) code.
    private static Comparer<T> Create() => new ObjectComparer<T>();

    /// <summary>Orders two values.</summary>
    /// <param name="x">One value.</param>
    /// <param name="y">The other.</param>
    /// <returns>Negative, zero or positive.</returns>
    public abstract int Compare(T x, T y);

    int IComparer.Compare(object x, object y)
    {
        if (x is null)
            return y is null ? 0 : -1;
        if (y is null)
            return 1;
        if (x is T a && y is T b)
            return Compare(a, b);
        throw new ArgumentException("At least one object must implement IComparable.");
    }
}

internal sealed class GenericComparer<T> : Comparer<T>
    where T : IComparable<T>
{
    public override int Compare(T x, T y) => x != null ? (y != null ? x.CompareTo(y) : 1) : (y != null ? -1 : 0);

    public override bool Equals(object obj) => obj is GenericComparer<T>;

    public override int GetHashCode() => 11;
}

internal sealed class NullableComparer<T> : Comparer<T?>
    where T : struct
{
    public override int Compare(T? x, T? y) =>
        x.HasValue ? (y.HasValue ? Comparer<T>.Default.Compare(x.value, y.value) : 1) : (y.HasValue ? -1 : 0);

    public override bool Equals(object obj) => obj is NullableComparer<T>;

    public override int GetHashCode() => 12;
}

internal sealed class EnumComparer<T> : Comparer<T>
    where T : struct, Enum
{
    public override int Compare(T x, T y)
    {
        long a = EnumBits.Of(ref x), b = EnumBits.Of(ref y);
        if (EnumBits.IsUnsigned<T>())
            return ((ulong)a).CompareTo((ulong)b);
        return a.CompareTo(b);
    }

    public override bool Equals(object obj) => obj is EnumComparer<T>;

    public override int GetHashCode() => 13;
}

internal sealed class ObjectComparer<T> : Comparer<T>
{
    public override int Compare(T x, T y)
    {
        if (x is null)
            return y is null ? 0 : -1;
        if (y is null)
            return 1;
        if (x is IComparable<T> typed)
            return typed.CompareTo(y);
        if (x is IComparable untyped)
            return untyped.CompareTo(y);
        throw new ArgumentException("At least one object must implement IComparable.");
    }

    public override bool Equals(object obj) => obj is ObjectComparer<T>;

    public override int GetHashCode() => 14;
}

internal sealed class ComparisonComparer<T> : Comparer<T>
{
    private readonly Comparison<T> _comparison;

    public ComparisonComparer(Comparison<T> comparison) => _comparison = comparison;

    public override int Compare(T x, T y) => _comparison(x, y);
}
