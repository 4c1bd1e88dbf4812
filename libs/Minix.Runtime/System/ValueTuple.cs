using System.Collections.Generic;

namespace System;

/// <summary>A tuple of 1 element (what C#'s tuple syntax makes).</summary>
/// <typeparam name="T1">Element 1's type.</typeparam>
public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IComparable<ValueTuple<T1>>
{
    /// <summary>Element 1.</summary>
    public T1 Item1;

    /// <summary>Creates the tuple.</summary>
    /// <param name="item1">Element 1.</param>
    public ValueTuple(T1 item1)
    {
        Item1 = item1;
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ValueTuple<T1> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is ValueTuple<T1> other && Equals(other);

    /// <summary>Element-wise order.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ValueTuple<T1> other)
    {
        int c;
        c = Comparer<T1>.Default.Compare(Item1, other.Item1);
        if (c != 0)
            return c;
        return 0;
    }

    /// <summary>A hash of the elements.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        int hash = 17;
        hash = hash * 31 + (Item1 is null ? 0 : EqualityComparer<T1>.Default.GetHashCode(Item1));
        return hash;
    }

    /// <summary>"(a, b)", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + Item1?.ToString() + ")";
}

/// <summary>A tuple of 2 elements (what C#'s tuple syntax makes).</summary>
/// <typeparam name="T1">Element 1's type.</typeparam>
/// <typeparam name="T2">Element 2's type.</typeparam>
public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable<ValueTuple<T1, T2>>
{
    /// <summary>Element 1.</summary>
    public T1 Item1;

    /// <summary>Element 2.</summary>
    public T2 Item2;

    /// <summary>Creates the tuple.</summary>
    /// <param name="item1">Element 1.</param>
    /// <param name="item2">Element 2.</param>
    public ValueTuple(T1 item1, T2 item2)
    {
        Item1 = item1;
        Item2 = item2;
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ValueTuple<T1, T2> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is ValueTuple<T1, T2> other && Equals(other);

    /// <summary>Element-wise order.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ValueTuple<T1, T2> other)
    {
        int c;
        c = Comparer<T1>.Default.Compare(Item1, other.Item1);
        if (c != 0)
            return c;
        c = Comparer<T2>.Default.Compare(Item2, other.Item2);
        if (c != 0)
            return c;
        return 0;
    }

    /// <summary>A hash of the elements.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        int hash = 17;
        hash = hash * 31 + (Item1 is null ? 0 : EqualityComparer<T1>.Default.GetHashCode(Item1));
        hash = hash * 31 + (Item2 is null ? 0 : EqualityComparer<T2>.Default.GetHashCode(Item2));
        return hash;
    }

    /// <summary>"(a, b)", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ")";
}

/// <summary>A tuple of 3 elements (what C#'s tuple syntax makes).</summary>
/// <typeparam name="T1">Element 1's type.</typeparam>
/// <typeparam name="T2">Element 2's type.</typeparam>
/// <typeparam name="T3">Element 3's type.</typeparam>
public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable<ValueTuple<T1, T2, T3>>
{
    /// <summary>Element 1.</summary>
    public T1 Item1;

    /// <summary>Element 2.</summary>
    public T2 Item2;

    /// <summary>Element 3.</summary>
    public T3 Item3;

    /// <summary>Creates the tuple.</summary>
    /// <param name="item1">Element 1.</param>
    /// <param name="item2">Element 2.</param>
    /// <param name="item3">Element 3.</param>
    public ValueTuple(T1 item1, T2 item2, T3 item3)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ValueTuple<T1, T2, T3> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);

    /// <summary>Element-wise order.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ValueTuple<T1, T2, T3> other)
    {
        int c;
        c = Comparer<T1>.Default.Compare(Item1, other.Item1);
        if (c != 0)
            return c;
        c = Comparer<T2>.Default.Compare(Item2, other.Item2);
        if (c != 0)
            return c;
        c = Comparer<T3>.Default.Compare(Item3, other.Item3);
        if (c != 0)
            return c;
        return 0;
    }

    /// <summary>A hash of the elements.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        int hash = 17;
        hash = hash * 31 + (Item1 is null ? 0 : EqualityComparer<T1>.Default.GetHashCode(Item1));
        hash = hash * 31 + (Item2 is null ? 0 : EqualityComparer<T2>.Default.GetHashCode(Item2));
        hash = hash * 31 + (Item3 is null ? 0 : EqualityComparer<T3>.Default.GetHashCode(Item3));
        return hash;
    }

    /// <summary>"(a, b)", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
}

/// <summary>A tuple of 4 elements (what C#'s tuple syntax makes).</summary>
/// <typeparam name="T1">Element 1's type.</typeparam>
/// <typeparam name="T2">Element 2's type.</typeparam>
/// <typeparam name="T3">Element 3's type.</typeparam>
/// <typeparam name="T4">Element 4's type.</typeparam>
public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable<ValueTuple<T1, T2, T3, T4>>
{
    /// <summary>Element 1.</summary>
    public T1 Item1;

    /// <summary>Element 2.</summary>
    public T2 Item2;

    /// <summary>Element 3.</summary>
    public T3 Item3;

    /// <summary>Element 4.</summary>
    public T4 Item4;

    /// <summary>Creates the tuple.</summary>
    /// <param name="item1">Element 1.</param>
    /// <param name="item2">Element 2.</param>
    /// <param name="item3">Element 3.</param>
    /// <param name="item4">Element 4.</param>
    public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ValueTuple<T1, T2, T3, T4> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);

    /// <summary>Element-wise order.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
    {
        int c;
        c = Comparer<T1>.Default.Compare(Item1, other.Item1);
        if (c != 0)
            return c;
        c = Comparer<T2>.Default.Compare(Item2, other.Item2);
        if (c != 0)
            return c;
        c = Comparer<T3>.Default.Compare(Item3, other.Item3);
        if (c != 0)
            return c;
        c = Comparer<T4>.Default.Compare(Item4, other.Item4);
        if (c != 0)
            return c;
        return 0;
    }

    /// <summary>A hash of the elements.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        int hash = 17;
        hash = hash * 31 + (Item1 is null ? 0 : EqualityComparer<T1>.Default.GetHashCode(Item1));
        hash = hash * 31 + (Item2 is null ? 0 : EqualityComparer<T2>.Default.GetHashCode(Item2));
        hash = hash * 31 + (Item3 is null ? 0 : EqualityComparer<T3>.Default.GetHashCode(Item3));
        hash = hash * 31 + (Item4 is null ? 0 : EqualityComparer<T4>.Default.GetHashCode(Item4));
        return hash;
    }

    /// <summary>"(a, b)", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
}

/// <summary>A tuple of 5 elements (what C#'s tuple syntax makes).</summary>
/// <typeparam name="T1">Element 1's type.</typeparam>
/// <typeparam name="T2">Element 2's type.</typeparam>
/// <typeparam name="T3">Element 3's type.</typeparam>
/// <typeparam name="T4">Element 4's type.</typeparam>
/// <typeparam name="T5">Element 5's type.</typeparam>
public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IComparable<ValueTuple<T1, T2, T3, T4, T5>>
{
    /// <summary>Element 1.</summary>
    public T1 Item1;

    /// <summary>Element 2.</summary>
    public T2 Item2;

    /// <summary>Element 3.</summary>
    public T3 Item3;

    /// <summary>Element 4.</summary>
    public T4 Item4;

    /// <summary>Element 5.</summary>
    public T5 Item5;

    /// <summary>Creates the tuple.</summary>
    /// <param name="item1">Element 1.</param>
    /// <param name="item2">Element 2.</param>
    /// <param name="item3">Element 3.</param>
    /// <param name="item4">Element 4.</param>
    /// <param name="item5">Element 5.</param>
    public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
        Item5 = item5;
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5> other && Equals(other);

    /// <summary>Element-wise order.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
    {
        int c;
        c = Comparer<T1>.Default.Compare(Item1, other.Item1);
        if (c != 0)
            return c;
        c = Comparer<T2>.Default.Compare(Item2, other.Item2);
        if (c != 0)
            return c;
        c = Comparer<T3>.Default.Compare(Item3, other.Item3);
        if (c != 0)
            return c;
        c = Comparer<T4>.Default.Compare(Item4, other.Item4);
        if (c != 0)
            return c;
        c = Comparer<T5>.Default.Compare(Item5, other.Item5);
        if (c != 0)
            return c;
        return 0;
    }

    /// <summary>A hash of the elements.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        int hash = 17;
        hash = hash * 31 + (Item1 is null ? 0 : EqualityComparer<T1>.Default.GetHashCode(Item1));
        hash = hash * 31 + (Item2 is null ? 0 : EqualityComparer<T2>.Default.GetHashCode(Item2));
        hash = hash * 31 + (Item3 is null ? 0 : EqualityComparer<T3>.Default.GetHashCode(Item3));
        hash = hash * 31 + (Item4 is null ? 0 : EqualityComparer<T4>.Default.GetHashCode(Item4));
        hash = hash * 31 + (Item5 is null ? 0 : EqualityComparer<T5>.Default.GetHashCode(Item5));
        return hash;
    }

    /// <summary>"(a, b)", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
}

/// <summary>A tuple of 6 elements (what C#'s tuple syntax makes).</summary>
/// <typeparam name="T1">Element 1's type.</typeparam>
/// <typeparam name="T2">Element 2's type.</typeparam>
/// <typeparam name="T3">Element 3's type.</typeparam>
/// <typeparam name="T4">Element 4's type.</typeparam>
/// <typeparam name="T5">Element 5's type.</typeparam>
/// <typeparam name="T6">Element 6's type.</typeparam>
public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>
{
    /// <summary>Element 1.</summary>
    public T1 Item1;

    /// <summary>Element 2.</summary>
    public T2 Item2;

    /// <summary>Element 3.</summary>
    public T3 Item3;

    /// <summary>Element 4.</summary>
    public T4 Item4;

    /// <summary>Element 5.</summary>
    public T5 Item5;

    /// <summary>Element 6.</summary>
    public T6 Item6;

    /// <summary>Creates the tuple.</summary>
    /// <param name="item1">Element 1.</param>
    /// <param name="item2">Element 2.</param>
    /// <param name="item3">Element 3.</param>
    /// <param name="item4">Element 4.</param>
    /// <param name="item5">Element 5.</param>
    /// <param name="item6">Element 6.</param>
    public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
        Item5 = item5;
        Item6 = item6;
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6> other && Equals(other);

    /// <summary>Element-wise order.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
    {
        int c;
        c = Comparer<T1>.Default.Compare(Item1, other.Item1);
        if (c != 0)
            return c;
        c = Comparer<T2>.Default.Compare(Item2, other.Item2);
        if (c != 0)
            return c;
        c = Comparer<T3>.Default.Compare(Item3, other.Item3);
        if (c != 0)
            return c;
        c = Comparer<T4>.Default.Compare(Item4, other.Item4);
        if (c != 0)
            return c;
        c = Comparer<T5>.Default.Compare(Item5, other.Item5);
        if (c != 0)
            return c;
        c = Comparer<T6>.Default.Compare(Item6, other.Item6);
        if (c != 0)
            return c;
        return 0;
    }

    /// <summary>A hash of the elements.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        int hash = 17;
        hash = hash * 31 + (Item1 is null ? 0 : EqualityComparer<T1>.Default.GetHashCode(Item1));
        hash = hash * 31 + (Item2 is null ? 0 : EqualityComparer<T2>.Default.GetHashCode(Item2));
        hash = hash * 31 + (Item3 is null ? 0 : EqualityComparer<T3>.Default.GetHashCode(Item3));
        hash = hash * 31 + (Item4 is null ? 0 : EqualityComparer<T4>.Default.GetHashCode(Item4));
        hash = hash * 31 + (Item5 is null ? 0 : EqualityComparer<T5>.Default.GetHashCode(Item5));
        hash = hash * 31 + (Item6 is null ? 0 : EqualityComparer<T6>.Default.GetHashCode(Item6));
        return hash;
    }

    /// <summary>"(a, b)", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
}

/// <summary>A tuple of 7 elements (what C#'s tuple syntax makes).</summary>
/// <typeparam name="T1">Element 1's type.</typeparam>
/// <typeparam name="T2">Element 2's type.</typeparam>
/// <typeparam name="T3">Element 3's type.</typeparam>
/// <typeparam name="T4">Element 4's type.</typeparam>
/// <typeparam name="T5">Element 5's type.</typeparam>
/// <typeparam name="T6">Element 6's type.</typeparam>
/// <typeparam name="T7">Element 7's type.</typeparam>
public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>
{
    /// <summary>Element 1.</summary>
    public T1 Item1;

    /// <summary>Element 2.</summary>
    public T2 Item2;

    /// <summary>Element 3.</summary>
    public T3 Item3;

    /// <summary>Element 4.</summary>
    public T4 Item4;

    /// <summary>Element 5.</summary>
    public T5 Item5;

    /// <summary>Element 6.</summary>
    public T6 Item6;

    /// <summary>Element 7.</summary>
    public T7 Item7;

    /// <summary>Creates the tuple.</summary>
    /// <param name="item1">Element 1.</param>
    /// <param name="item2">Element 2.</param>
    /// <param name="item3">Element 3.</param>
    /// <param name="item4">Element 4.</param>
    /// <param name="item5">Element 5.</param>
    /// <param name="item6">Element 6.</param>
    /// <param name="item7">Element 7.</param>
    public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
        Item4 = item4;
        Item5 = item5;
        Item6 = item6;
        Item7 = item7;
    }

    /// <summary>Element-wise equality.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);

    /// <inheritdoc/>
    public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> other && Equals(other);

    /// <summary>Element-wise order.</summary>
    /// <param name="other">The other tuple.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
    {
        int c;
        c = Comparer<T1>.Default.Compare(Item1, other.Item1);
        if (c != 0)
            return c;
        c = Comparer<T2>.Default.Compare(Item2, other.Item2);
        if (c != 0)
            return c;
        c = Comparer<T3>.Default.Compare(Item3, other.Item3);
        if (c != 0)
            return c;
        c = Comparer<T4>.Default.Compare(Item4, other.Item4);
        if (c != 0)
            return c;
        c = Comparer<T5>.Default.Compare(Item5, other.Item5);
        if (c != 0)
            return c;
        c = Comparer<T6>.Default.Compare(Item6, other.Item6);
        if (c != 0)
            return c;
        c = Comparer<T7>.Default.Compare(Item7, other.Item7);
        if (c != 0)
            return c;
        return 0;
    }

    /// <summary>A hash of the elements.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        int hash = 17;
        hash = hash * 31 + (Item1 is null ? 0 : EqualityComparer<T1>.Default.GetHashCode(Item1));
        hash = hash * 31 + (Item2 is null ? 0 : EqualityComparer<T2>.Default.GetHashCode(Item2));
        hash = hash * 31 + (Item3 is null ? 0 : EqualityComparer<T3>.Default.GetHashCode(Item3));
        hash = hash * 31 + (Item4 is null ? 0 : EqualityComparer<T4>.Default.GetHashCode(Item4));
        hash = hash * 31 + (Item5 is null ? 0 : EqualityComparer<T5>.Default.GetHashCode(Item5));
        hash = hash * 31 + (Item6 is null ? 0 : EqualityComparer<T6>.Default.GetHashCode(Item6));
        hash = hash * 31 + (Item7 is null ? 0 : EqualityComparer<T7>.Default.GetHashCode(Item7));
        return hash;
    }

    /// <summary>"(a, b)", as .NET writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
}

/// <summary>Creates tuples.</summary>
public static class ValueTuple
{
    /// <summary>A pair.</summary>
    /// <typeparam name="T1">The first type.</typeparam>
    /// <typeparam name="T2">The second type.</typeparam>
    /// <param name="item1">The first.</param>
    /// <param name="item2">The second.</param>
    /// <returns>The tuple.</returns>
    public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new(item1, item2);

    /// <summary>A triple.</summary>
    /// <typeparam name="T1">The first type.</typeparam>
    /// <typeparam name="T2">The second type.</typeparam>
    /// <typeparam name="T3">The third type.</typeparam>
    /// <param name="item1">The first.</param>
    /// <param name="item2">The second.</param>
    /// <param name="item3">The third.</param>
    /// <returns>The tuple.</returns>
    public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new(item1, item2, item3);
}
