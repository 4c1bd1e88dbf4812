using System.Collections;
using System.Collections.Generic;

namespace System;

/// <summary>String equality and order as objects, for collections.</summary>
public abstract class StringComparer : IComparer<string>, IEqualityComparer<string>, IComparer, IEqualityComparer
{
    /// <summary>Code unit by code unit.</summary>
    public static StringComparer Ordinal { get; } = new OrdinalStringComparer(ignoreCase: false);

    /// <summary>Code unit by code unit after invariant uppercasing.</summary>
    public static StringComparer OrdinalIgnoreCase { get; } = new OrdinalStringComparer(ignoreCase: true);

    /// <summary>The invariant culture's (ordinal in the image).</summary>
    public static StringComparer InvariantCulture => Ordinal;

    /// <summary>The invariant culture's, ignoring case (ordinal ignoring case in the image).</summary>
    public static StringComparer InvariantCultureIgnoreCase => OrdinalIgnoreCase;

    /// <summary>The current culture's (ordinal in the image).</summary>
    public static StringComparer CurrentCulture => Ordinal;

    /// <summary>The current culture's, ignoring case (ordinal ignoring case in the image).</summary>
    public static StringComparer CurrentCultureIgnoreCase => OrdinalIgnoreCase;

    /// <summary>Orders two strings.</summary>
    /// <param name="x">One string.</param>
    /// <param name="y">The other.</param>
    /// <returns>Negative, zero or positive.</returns>
    public abstract int Compare(string x, string y);

    /// <summary>Whether two strings are equal.</summary>
    /// <param name="x">One string.</param>
    /// <param name="y">The other.</param>
    /// <returns>True if equal.</returns>
    public abstract bool Equals(string x, string y);

    /// <summary>A hash consistent with <see cref="Equals(string, string)"/>.</summary>
    /// <param name="obj">The string.</param>
    /// <returns>The hash.</returns>
    public abstract int GetHashCode(string obj);

    int IComparer.Compare(object x, object y) => Compare(x as string, y as string);

    bool IEqualityComparer.Equals(object x, object y) => x is string a && y is string b ? Equals(a, b) : x == y;

    int IEqualityComparer.GetHashCode(object obj) => obj is string s ? GetHashCode(s) : obj?.GetHashCode() ?? 0;

    private sealed class OrdinalStringComparer : StringComparer
    {
        private readonly bool ignoreCase;

        public OrdinalStringComparer(bool ignoreCase) => this.ignoreCase = ignoreCase;

        public override int Compare(string x, string y) =>
            string.Compare(x, y, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public override bool Equals(string x, string y) =>
            string.Equals(x, y, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public override int GetHashCode(string obj)
        {
            ArgumentNullException.ThrowIfNull(obj, nameof(obj));
            return ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        }
    }
}
