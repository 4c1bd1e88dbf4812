using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System;

/// <summary>
/// The base of every array. An array's element count sits right after its MethodTable pointer; a multi-dimensional
/// array then has one length and one lower bound (always 0) per dimension before its elements.
/// </summary>
public abstract partial class Array
{
    // Layout contract with ILC: the element count (then 4 bytes of padding on 64-bit, then the elements or bounds).
    private readonly int _numComponents;

    /// <summary>The element count (of all dimensions together).</summary>
    public int Length => _numComponents;

    /// <summary>The element count, as a 64-bit number.</summary>
    public long LongLength => _numComponents;

    /// <summary>The number of dimensions.</summary>
    public unsafe int Rank => m_pEEType->IsSzArray ? 1 : m_pEEType->ArrayRank;

    /// <summary>The length of dimension <paramref name="dimension"/>.</summary>
    /// <param name="dimension">The dimension, from 0.</param>
    /// <returns>The length.</returns>
    /// <exception cref="IndexOutOfRangeException">No such dimension.</exception>
    public unsafe int GetLength(int dimension)
    {
        if ((uint)dimension >= (uint)Rank)
            throw new IndexOutOfRangeException();
        return m_pEEType->IsSzArray ? _numComponents : Bounds[dimension];
    }

    /// <summary>The lowest index of dimension <paramref name="dimension"/> (always 0 in the image).</summary>
    /// <param name="dimension">The dimension, from 0.</param>
    /// <returns>0.</returns>
    public int GetLowerBound(int dimension)
    {
        if ((uint)dimension >= (uint)Rank)
            throw new IndexOutOfRangeException();
        return 0;
    }

    /// <summary>The highest index of dimension <paramref name="dimension"/>.</summary>
    /// <param name="dimension">The dimension, from 0.</param>
    /// <returns>The length less one.</returns>
    public int GetUpperBound(int dimension) => GetLength(dimension) - 1;

    private unsafe int* Bounds => (int*)Unsafe.AsPointer(ref Unsafe.As<RawArrayData>(this).Data);
}
