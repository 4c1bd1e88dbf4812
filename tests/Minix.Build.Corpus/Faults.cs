using System;

namespace Minix.Build.Corpus;

/// <summary>Every fault kind the image reports, reached from ordinary code.</summary>
public static class Faults
{
    public static int ThrowInvalidOperation(int n) => n > 0 ? throw new InvalidOperationException("bad state") : n;

    public static int ThrowArgumentOutOfRange(int n) => n < 0 ? throw new ArgumentOutOfRangeException(nameof(n)) : n;

    public static int ThrowArgument(int n) => n == 0 ? throw new ArgumentException("zero") : n;

    public static int ThrowArgumentNull(int n) => n == 0 ? throw new ArgumentNullException("value") : n;

    public static int ThrowNotSupported(int n) => n == 1 ? throw new NotSupportedException() : n;

    public static int ThrowNotImplemented(int n) => n == 2 ? throw new NotImplementedException() : n;

    public static int ThrowOverflowExplicitly(int n) => n == 3 ? throw new OverflowException() : n;

    public static int AbsOfMinValue(int n) => Math.Abs(n);

    public static long AbsOfLongMinValue(long n) => Math.Abs(n);

    public static int ClampInverted(int v, int lo) => Math.Clamp(v, lo, 10);

    public static int CheckedAddChain(int a, int b) => checked(a + b + b);

    public static int DivideByZero(int a, int b) => a / b;

    public static long RemainderByZero(long a, long b) => a % b;

    public static uint UnsignedDivide(uint a, uint b) => a / b;

    public static int MinValueDivMinusOne(int a, int b) => a / b;

    public static long LongMinValueDivMinusOne(long a, long b) => a / b;

    public static int InvalidCast(int n)
    {
        object o = n > 0 ? "string" : new int[1];
        return ((int[])o).Length;
    }

    public static int NullableValue(int n)
    {
        int? v = n > 0 ? n : null;
        return v.Value;
    }

    public static int RecursiveThrow(int depth)
    {
        if ((depth & 15) == 0)
            throw new InvalidOperationException("bottom");
        return RecursiveThrow(depth - 1) + 1;
    }

    public static int FinallyBeforeFault(int n)
    {
        int r = 0;
        try
        {
            r = 100 / n;
        }
        finally
        {
            r++;
        }

        return r;
    }
}
