namespace System;

/// <summary>A pair of values (the C# tuple <c>(a, b)</c>).</summary>
/// <typeparam name="T1">The first type.</typeparam>
/// <typeparam name="T2">The second type.</typeparam>
public struct ValueTuple<T1, T2>
{
    /// <summary>The first value.</summary>
    public T1 Item1;

    /// <summary>The second value.</summary>
    public T2 Item2;

    /// <summary>Creates the pair.</summary>
    /// <param name="item1">The first value.</param>
    /// <param name="item2">The second value.</param>
    public ValueTuple(T1 item1, T2 item2)
    {
        Item1 = item1;
        Item2 = item2;
    }
}

/// <summary>A triple of values (the C# tuple <c>(a, b, c)</c>).</summary>
/// <typeparam name="T1">The first type.</typeparam>
/// <typeparam name="T2">The second type.</typeparam>
/// <typeparam name="T3">The third type.</typeparam>
public struct ValueTuple<T1, T2, T3>
{
    /// <summary>The first value.</summary>
    public T1 Item1;

    /// <summary>The second value.</summary>
    public T2 Item2;

    /// <summary>The third value.</summary>
    public T3 Item3;

    /// <summary>Creates the triple.</summary>
    /// <param name="item1">The first value.</param>
    /// <param name="item2">The second value.</param>
    /// <param name="item3">The third value.</param>
    public ValueTuple(T1 item1, T2 item2, T3 item3)
    {
        Item1 = item1;
        Item2 = item2;
        Item3 = item3;
    }
}
