using System;
using System.Runtime.CompilerServices;

namespace Minix.Build.FaultSamples;

/// <summary>
/// One fault per method. The line that faults carries a comment <c>// faults here</c>, which the tests look for, so
/// the expected line moves with the source. Calls go through <see cref="MethodImplOptions.NoInlining"/> helpers so
/// that the faulting frame is a method of its own in optimized builds as well.
/// </summary>
public static class FaultingMethods
{
    private sealed class Node
    {
        public int Value;
    }

    public static int NullDereference(int n) => ReadValue(n > 0 ? new Node { Value = n } : null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadValue(Node node)
    {
        return node.Value + 1; // faults here: NullReference
    }

    public static int IndexOutOfRange(int index) => ReadAt(new int[4], index);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadAt(int[] values, int index)
    {
        return values[index]; // faults here: IndexOutOfRange
    }

    public static int DivisionByZero(int a, int b) => Divide(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Divide(int a, int b)
    {
        return a / b; // faults here: DivideByZero
    }

    public static int ExplicitThrow(int n) => Check(n);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Check(int n)
    {
        if (n < 0)
            throw new InvalidOperationException("negative"); // faults here: InvalidOperation
        return n;
    }

    public static int StackOverflow(int n) => Recurse(n);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Recurse(int n)
    {
        Span<int> frame = stackalloc int[16];
        frame[n & 15] = n;
        return Recurse(n + 1) + frame[(n + 1) & 15]; // faults here: StackOverflow
    }

    public static int OutOfMemory(int megabytes) => Allocate(megabytes);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Allocate(int megabytes)
    {
        byte[] block = new byte[megabytes * 1024 * 1024]; // faults here: OutOfMemory
        return block.Length;
    }
}
