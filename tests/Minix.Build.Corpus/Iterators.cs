using System;
using System.Collections.Generic;
using System.Linq;

namespace Minix.Build.Corpus;

/// <summary>Iterator methods (yield return, yield break, finally blocks run on disposal), foreach over custom
/// enumerables and pattern-based enumerators.</summary>
public static class Iterators
{
    private sealed class Log
    {
        public int Value;

        public void Add(int step) => Value = Value * 10 + step;
    }

    private static IEnumerable<int> Range(int start, int count)
    {
        for (int i = 0; i < count; i++)
            yield return start + i;
    }

    private static IEnumerable<int> Fibonacci()
    {
        int a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    private static IEnumerable<int> StopAt(IEnumerable<int> source, int limit)
    {
        foreach (int x in source)
        {
            if (x > limit)
                yield break;
            yield return x;
        }
    }

    private static IEnumerable<int> WithFinally(Log log, int count)
    {
        try
        {
            log.Add(1);
            for (int i = 0; i < count; i++)
                yield return i;
            log.Add(2);
        }
        finally
        {
            log.Add(3);
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                if (i > start)
                    yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }
    }

    private static IEnumerable<T> Interleave<T>(IEnumerable<T> first, IEnumerable<T> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        bool more = true;
        while (more)
        {
            more = false;
            if (a.MoveNext())
            {
                yield return a.Current;
                more = true;
            }

            if (b.MoveNext())
            {
                yield return b.Current;
                more = true;
            }
        }
    }

    private static IEnumerable<int> Flatten(IEnumerable<IEnumerable<int>> nested)
    {
        foreach (var inner in nested)
        {
            foreach (int x in inner)
                yield return x;
        }
    }

    private static IEnumerable<int> Throwing(int at)
    {
        for (int i = 0; ; i++)
        {
            if (i == at)
                throw new InvalidOperationException("stop " + i);
            yield return i;
        }
    }

    private sealed class Countdown
    {
        private readonly int _from;

        public Countdown(int from) => _from = from;

        public Enumerator GetEnumerator() => new(_from);

        public struct Enumerator
        {
            private int _current;

            public Enumerator(int from) => _current = from + 1;

            public int Current => _current;

            public bool MoveNext() => --_current > 0;
        }
    }

    private sealed class Tree : IEnumerable<int>
    {
        public Tree Left;
        public Tree Right;
        public int Value;

        public IEnumerator<int> GetEnumerator()
        {
            if (Left is not null)
            {
                foreach (int x in Left)
                    yield return x;
            }

            yield return Value;
            if (Right is not null)
            {
                foreach (int x in Right)
                    yield return x;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static Tree Insert(Tree tree, int value)
    {
        if (tree is null)
            return new Tree { Value = value };
        if (value < tree.Value)
            tree.Left = Insert(tree.Left, value);
        else
            tree.Right = Insert(tree.Right, value);
        return tree;
    }

    public static int SumRange(int n)
    {
        int sum = 0;
        foreach (int x in Range(n & 0xffff, 100))
            sum += x;
        return sum;
    }

    public static int FibonacciTaken(int n)
    {
        int h = 0;
        foreach (int f in Fibonacci().Take((n & 31) + 1))
            h = h * 31 + f;
        return h;
    }

    public static int YieldBreakStops(int n)
    {
        int count = 0;
        foreach (int x in StopAt(Fibonacci(), n & 0xfffff))
            count = count * 3 + (x & 7);
        return count;
    }

    public static int FinallyRunsAtEnd(int n)
    {
        var log = new Log();
        foreach (int x in WithFinally(log, n & 3))
            log.Add(x + 4);
        return log.Value;
    }

    public static int FinallyRunsOnBreak(int n)
    {
        var log = new Log();
        foreach (int x in WithFinally(log, 5))
        {
            if (x == (n & 3))
                break;
            log.Add(9);
        }

        return log.Value;
    }

    public static int FinallyRunsOnDispose(int n)
    {
        var log = new Log();
        var e = WithFinally(log, 4).GetEnumerator();
        for (int i = 0; i < (n & 7) && e.MoveNext(); i++)
            log.Add(5);
        e.Dispose();
        log.Add(8);
        return log.Value;
    }

    public static int FinallyRunsWhenTheLoopThrows(int n)
    {
        var log = new Log();
        try
        {
            foreach (int x in WithFinally(log, 5))
            {
                if (x == (n & 3))
                    throw new InvalidOperationException();
            }
        }
        catch (InvalidOperationException)
        {
            log.Add(7);
        }

        return log.Value;
    }

    public static int WordsOfText(int n)
    {
        int h = 0;
        foreach (string w in Words("  the quick  brown fox " + n + " jumps "))
            h = h * 31 + Text.Hash(w);
        return h;
    }

    public static int InterleaveSequences(int n)
    {
        int h = 0;
        foreach (int x in Interleave(Range(0, n & 7), Range(100, 3)))
            h = h * 31 + x;
        return h;
    }

    public static int InterleaveStrings(int n)
    {
        int h = 0;
        foreach (string s in Interleave(Words("a b c"), Words("x y " + (n & 3))))
            h = h * 31 + Text.Hash(s);
        return h;
    }

    public static int FlattenNested(int n)
    {
        var nested = new List<IEnumerable<int>> { Range(0, 3), Range(n & 15, 2), new[] { 7, 8 }, new List<int>() };
        int h = 0;
        foreach (int x in Flatten(nested))
            h = h * 31 + x;
        return h;
    }

    public static int IteratorThatThrows(int n)
    {
        int sum = 0;
        try
        {
            foreach (int x in Throwing(n & 15))
                sum += x;
        }
        catch (InvalidOperationException e)
        {
            return sum * 100 + e.Message.Length;
        }

        return -1;
    }

    public static int PatternEnumerator(int n)
    {
        int h = 0;
        foreach (int x in new Countdown(n & 15))
            h = h * 7 + x;
        return h;
    }

    public static int RecursiveTreeIterator(int n)
    {
        Tree tree = null;
        uint x = (uint)n | 1;
        for (int i = 0; i < 40; i++)
        {
            x = x * 1103515245 + 12345;
            tree = Insert(tree, (int)(x >> 20));
        }

        int h = 0, previous = -1, ordered = 1;
        foreach (int v in tree)
        {
            if (v < previous)
                ordered = 0;
            previous = v;
            h = h * 31 + v;
        }

        return h * 2 + ordered;
    }

    public static int IteratorWithLinq(int n) =>
        Range(0, 50).Where(x => x % 3 == (n & 1)).Select(x => x * x).Skip(2).Take(10).Sum();

    public static int ReusedEnumerable(int n)
    {
        var source = Range(n & 0xff, 5);
        int a = source.Sum();
        int b = source.Count();
        int c = source.Max();
        return a * 10000 + b * 1000 + c;
    }

    public static int ManualEnumeratorProtocol(int n)
    {
        using var e = Range(n & 0xff, 3).GetEnumerator();
        int h = 0;
        while (e.MoveNext())
            h = h * 1000 + e.Current;
        return h + (e.MoveNext() ? 1 : 0);
    }

    public static int ArrayForeachAndIndexFrom(int n)
    {
        int[] values = { 5, 4, 3, 2, 1, n & 7 };
        int h = 0;
        foreach (int v in values)
            h = h * 10 + v;
        return h + values[^2] + values[1..^1].Length;
    }

    public static int StringForeach(int n)
    {
        int h = 0;
        foreach (char c in "iterate over " + n)
            h = h * 31 + c;
        return h;
    }

    public static int DictionaryForeach(int n)
    {
        var map = new Dictionary<string, int>();
        foreach (string w in Words("one two three two one four " + (n & 3)))
            map[w] = map.TryGetValue(w, out int c) ? c + 1 : 1;
        int h = 0;
        foreach (var pair in map)
            h = h * 31 + Text.Hash(pair.Key) + pair.Value;
        foreach (string key in map.Keys)
            h += key.Length;
        foreach (int value in map.Values)
            h ^= value;
        return h;
    }
}
