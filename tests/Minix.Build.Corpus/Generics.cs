using System;

namespace Minix.Build.Corpus;

/// <summary>A numeric abstraction through static abstract members, resolved at compile time for structs.</summary>
public interface IArithmetic<T>
    where T : IArithmetic<T>
{
    static abstract T Zero { get; }

    static abstract T Add(T a, T b);

    int ToInt();
}

/// <summary>An int that implements <see cref="IArithmetic{T}"/>.</summary>
public readonly struct Number : IArithmetic<Number>
{
    private readonly int _value;

    public Number(int value) => _value = value;

    public static Number Zero => new(0);

    public static Number Add(Number a, Number b) => new(a._value + b._value);

    public int ToInt() => _value;
}

/// <summary>A modular int that implements <see cref="IArithmetic{T}"/>.</summary>
public readonly struct Mod7 : IArithmetic<Mod7>
{
    private readonly int _value;

    public Mod7(int value) => _value = ((value % 7) + 7) % 7;

    public static Mod7 Zero => new(0);

    public static Mod7 Add(Mod7 a, Mod7 b) => new(a._value + b._value);

    public int ToInt() => _value;
}

/// <summary>A fixed-capacity stack.</summary>
public sealed class BoundedStack<T>
{
    private readonly T[] _items;
    private int _count;

    public BoundedStack(int capacity) => _items = new T[capacity];

    public int Count => _count;

    public bool TryPush(T item)
    {
        if (_count == _items.Length)
            return false;
        _items[_count++] = item;
        return true;
    }

    public T Pop()
    {
        if (_count == 0)
            throw new InvalidOperationException("stack empty");
        return _items[--_count];
    }
}

/// <summary>A pair of values.</summary>
public struct Pair<TFirst, TSecond>
{
    public TFirst First;
    public TSecond Second;

    public Pair(TFirst first, TSecond second)
    {
        First = first;
        Second = second;
    }

    public readonly Pair<TSecond, TFirst> Swap() => new(Second, First);
}

/// <summary>Generic helpers.</summary>
public static class Generic
{
    public static bool AreEqual<T>(T a, T b)
        where T : IEquatable<T> => a.Equals(b);

    public static T Max<T>(T a, T b)
        where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    public static T Sum<T>(ReadOnlySpan<T> values)
        where T : IArithmetic<T>
    {
        T total = T.Zero;
        foreach (var v in values)
            total = T.Add(total, v);
        return total;
    }

    public static void Swap<T>(ref T a, ref T b) => (a, b) = (b, a);

    public static int IndexOf<T>(T[] items, T value)
        where T : IEquatable<T>
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Equals(value))
                return i;
        }

        return -1;
    }

    public static T DefaultOf<T>() => default;
}

/// <summary>Generics over structs and classes.</summary>
public static class Generics
{
    public static int MaxInt(int a, int b) => Generic.Max(a, b);

    public static long MaxLong(long a, long b) => Generic.Max(a, b);

    public static int MaxChar(char a, char b) => Generic.Max(a, b);

    public static bool EqualsInt(int a, int b) => Generic.AreEqual(a, b);

    public static bool EqualsULong(ulong a, ulong b) => Generic.AreEqual(a, b);

    public static int StaticAbstractSum(int n)
    {
        Span<Number> values = stackalloc Number[(n & 15) + 1];
        for (int i = 0; i < values.Length; i++)
            values[i] = new Number(i * n);
        return Generic.Sum<Number>(values).ToInt();
    }

    public static int StaticAbstractMod(int n)
    {
        Span<Mod7> values = stackalloc Mod7[(n & 15) + 1];
        for (int i = 0; i < values.Length; i++)
            values[i] = new Mod7(i + n);
        return Generic.Sum<Mod7>(values).ToInt();
    }

    public static int StackOfInts(int n)
    {
        var stack = new BoundedStack<int>(8);
        for (int i = 0; i < (n & 15); i++)
            stack.TryPush(i * i);
        int sum = 0;
        while (stack.Count > 0)
            sum = sum * 3 + stack.Pop();
        return sum;
    }

    public static int StackUnderflow(int n)
    {
        var stack = new BoundedStack<long>(4);
        if (n > 0)
            stack.TryPush(n);
        return (int)stack.Pop();
    }

    public static int StackOfStrings(int n)
    {
        var stack = new BoundedStack<string>(4);
        stack.TryPush("a");
        stack.TryPush(n > 0 ? "bb" : "ccc");
        return stack.Pop().Length + stack.Pop().Length * 10;
    }

    public static long PairSwap(int a, long b)
    {
        var pair = new Pair<int, long>(a, b).Swap();
        return pair.First * 3 + pair.Second;
    }

    public static int GenericSwap(int a, int b)
    {
        Generic.Swap(ref a, ref b);
        return a - b;
    }

    public static int GenericIndexOf(int v)
    {
        int[] items = { 5, 10, 15, 20 };
        return Generic.IndexOf(items, v);
    }

    public static int DefaultValues(int n) => Generic.DefaultOf<int>() + (Generic.DefaultOf<string>() is null ? n : -1);

    public static long GenericArray(int n)
    {
        var pairs = new Pair<short, byte>[(n & 7) + 1];
        for (int i = 0; i < pairs.Length; i++)
            pairs[i] = new Pair<short, byte>((short)(i - 3), (byte)(i * 40));
        long h = 0;
        foreach (var p in pairs)
            h = h * 1000 + p.First * 256 + p.Second;
        return h;
    }
}
