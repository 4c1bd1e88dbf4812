using System;

namespace Minix.Build.Corpus;

/// <summary>Delegates: static lambdas, closures, method groups.</summary>
public static class Delegates
{
    private static int Map(int[] values, Func<int, int> f)
    {
        int h = 0;
        foreach (int v in values)
            h = h * 31 + f(v);
        return h;
    }

    private static int Triple(int v) => v * 3;

    public static int StaticLambda(int n) => Map(new[] { 1, 2, 3, n }, v => v * v);

    public static int Closure(int n)
    {
        int offset = n;
        return Map(new[] { 1, 2, 3 }, v => v + offset);
    }

    public static int MethodGroup(int n) => Map(new[] { n, n + 1 }, Triple);

    public static int ActionCounter(int n)
    {
        int count = 0;
        Action bump = () => count++;
        for (int i = 0; i < (n & 31); i++)
            bump();
        return count;
    }

    public static int TwoArgumentFunc(int a, int b)
    {
        Func<int, int, int> combine = (x, y) => x * 31 + y;
        return combine(a, b);
    }

    public static int InstanceDelegate(int n)
    {
        var counter = new Counter(n);
        Func<int> next = counter.Next;
        next();
        return next() + next();
    }

    public static int NullDelegate(int n)
    {
        Func<int, int> f = n > 0 ? v => v : null;
        return f(n);
    }

    private sealed class Counter
    {
        private int _value;

        public Counter(int start) => _value = start;

        public int Next() => ++_value;
    }
}
