using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

/// <summary>Equality by identity, whatever the objects' own Equals says.</summary>
public sealed class ReferenceEqualityComparer : IEqualityComparer<object>, IEqualityComparer
{
    private ReferenceEqualityComparer()
    {
    }

    /// <summary>The comparer.</summary>
    public static ReferenceEqualityComparer Instance { get; } = new();

    /// <summary>Whether <paramref name="x"/> and <paramref name="y"/> are the same object.</summary>
    /// <param name="x">One object.</param>
    /// <param name="y">The other.</param>
    /// <returns>True if the same.</returns>
    public new bool Equals(object x, object y) => ReferenceEquals(x, y);

    /// <summary>The identity hash.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>The hash.</returns>
    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
