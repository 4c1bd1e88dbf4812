using System;
using System.Collections.Generic;
using System.Linq;

namespace Minix.Build.Corpus;

/// <summary>LINQ to objects and iterators (yield), evaluated lazily as in .NET.</summary>
public static class Queries
{
    private sealed record Person(string Name, int Age, string City);

    private static readonly Person[] People =
    {
        new("Ann", 31, "Oslo"), new("Bob", 25, "Rome"), new("Cid", 31, "Oslo"), new("Dee", 42, "Lima"), new("Eve", 25, "Rome"),
        new("Fay", 19, "Oslo"), new("Gus", 42, "Kiev"), new("Hal", 33, "Lima"),
    };

    private static IEnumerable<int> Numbers(int n) => Enumerable.Range(-(n & 15), (n & 63) + 5);

    private static int Digest<T>(IEnumerable<T> values, Func<T, int> f)
    {
        int h = 17;
        foreach (T v in values)
            h = h * 31 + f(v);
        return h;
    }

    public static int WhereSelect(int n) => Digest(Numbers(n).Where(x => x % 3 != 0).Select(x => x * x - 1), x => x);

    public static int WhereWithIndex(int n) => Digest(Numbers(n).Where((x, i) => i % 2 == 0).Select((x, i) => x * 10 + i), x => x);

    public static int OrderByStable(int n) => Digest(People.OrderBy(p => p.Age).ThenBy(p => p.City, StringComparer.Ordinal), p => Text.Hash(p.Name) + (n & 1));

    public static int OrderByDescendingThenBy(int n) => Digest(People.OrderByDescending(p => p.City, StringComparer.Ordinal).ThenByDescending(p => p.Age), p => Text.Hash(p.Name));

    public static int OrderNumbers(int n) => Digest(Numbers(n).Select(x => (x * 37) % 11).OrderBy(x => x), x => x);

    public static int Aggregates(int n)
    {
        var values = Numbers(n).ToList();
        return values.Count() * 1000000 + values.Sum() * 1000 + values.Min() * 100 + values.Max() + values.Count(x => x > 3) * 7;
    }

    public static int AverageAndLongSum(int n)
    {
        var values = Numbers(n).Select(x => (long)x * 1000000).ToArray();
        return (int)(values.Sum() % 1000003) + (int)(values.Average() / 1000) + Text.Hash(Numbers(n).Average().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static int SelectorAggregates(int n) =>
        People.Sum(p => p.Age) * 1000 + People.Min(p => p.Age) * 10 + People.MaxBy(p => p.Name.Length)!.Name.Length + People.Max(p => p.Age) + (n & 1);

    public static int FirstLastSingle(int n)
    {
        var values = Numbers(n).ToList();
        return values.First() + values.Last() * 10 + values.FirstOrDefault(x => x > 1000) * 100 + values.LastOrDefault(x => x < 0) * 1000
            + values.Single(x => x == 2) * 10000 + values.ElementAt(3) * 7;
    }

    public static int AnyAllContains(int n)
    {
        var values = Numbers(n);
        return (values.Any() ? 1 : 0) + (values.Any(x => x > 50) ? 10 : 0) + (values.All(x => x > -20) ? 100 : 0) + (values.Contains(n & 7) ? 1000 : 0);
    }

    public static int TakeSkip(int n) =>
        Digest(Numbers(n).Skip(2).Take(n & 7).Concat(Numbers(n).TakeWhile(x => x < 0)).Concat(Numbers(n).SkipWhile(x => x < 5)), x => x);

    public static int DistinctUnionIntersectExcept(int n)
    {
        var a = Numbers(n).Select(x => x % 7).ToArray();
        var b = Numbers(n + 3).Select(x => x % 5).ToArray();
        return Digest(a.Distinct(), x => x) ^ Digest(a.Union(b), x => x) * 3 ^ Digest(a.Intersect(b), x => x) * 7 ^ Digest(a.Except(b), x => x) * 11;
    }

    public static int GroupByCities(int n)
    {
        int h = n & 1;
        foreach (var group in People.GroupBy(p => p.City))
            h = h * 31 + Text.Hash(group.Key) + group.Count() * 100 + group.Sum(p => p.Age);
        return h;
    }

    public static int GroupByWithElements(int n) =>
        Digest(Numbers(n).GroupBy(x => x % 4, x => x * 2), g => g.Key * 1000 + g.Sum());

    public static int ToDictionaryAndLookup(int n)
    {
        var byName = People.ToDictionary(p => p.Name, p => p.Age);
        return byName["Dee"] * 100 + byName.Count + (n & 1);
    }

    public static int ToHashSetAndToArray(int n) => Numbers(n).Select(x => x / 3).ToHashSet().Count * 100 + Numbers(n).ToArray().Length;

    public static int ReverseAndSequenceEqual(int n)
    {
        var values = Numbers(n).ToList();
        return Digest(values.AsEnumerable().Reverse(), x => x) + (values.SequenceEqual(Numbers(n)) ? 1 : 0) + (values.SequenceEqual(values.Skip(1)) ? 10 : 0);
    }

    public static int AggregateFold(int n) =>
        Numbers(n).Aggregate((a, b) => a * 3 - b) + Numbers(n).Aggregate(7, (acc, x) => acc ^ x) * 100 + People.Aggregate("", (s, p) => s + p.Name[0], s => s.Length);

    public static int SelectManyAndZip(int n) =>
        Digest(People.Take(3).SelectMany(p => p.Name.ToCharArray()), c => c) ^ Digest(Numbers(n).Zip(People, (x, p) => x + p.Age), x => x);

    public static int ZipTuples(int n) => Digest(Numbers(n).Zip(Numbers(n + 1).Skip(1)), t => t.First * 100 + t.Second);

    public static int CastOfTypeDefaultIfEmpty(int n)
    {
        object[] mixed = { 1, "two", 3, "four", 5.0, n & 7 };
        return Digest(mixed.OfType<int>(), x => x) + mixed.OfType<string>().Count() * 1000 + new int[0].DefaultIfEmpty(9).Single() * 10000;
    }

    public static int MinByMaxBy(int n) => Text.Hash(People.MinBy(p => p.Age).Name + People.MaxBy(p => p.Age + (n & 1)).Name);

    public static int RangeRepeatEmpty(int n) =>
        Enumerable.Range(1, n & 31).Sum() + Enumerable.Repeat("ab", n & 7).Sum(s => s.Length) * 1000 + Enumerable.Empty<int>().Count() * 7;

    public static int DeferredExecution(int n)
    {
        var list = new List<int> { 1, 2, 3 };
        var query = list.Where(x => x > 1);
        list.Add(n & 15);
        return query.Count() * 100 + query.Sum();
    }

    public static int AppendPrepend(int n) => Digest(Numbers(n).Take(3).Append(100).Prepend(-100), x => x);

    public static int QuerySyntax(int n)
    {
        var query = from p in People
                    where p.Age > 20 + (n & 7)
                    orderby p.Age descending, p.Name
                    select p.Name + p.Age.ToString();
        return Text.Hash(string.Join(";", query));
    }

    private static IEnumerable<int> Fibonacci(int count)
    {
        int a = 0, b = 1;
        for (int i = 0; i < count; i++)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    public static int IteratorFibonacci(int n) => Digest(Fibonacci(n & 31), x => x);

    private static IEnumerable<string> Tokens(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
                start = i;
            if (!letter && start >= 0)
            {
                yield return text.Substring(start, i - start);
                start = -1;
            }
        }
    }

    public static int IteratorTokens(int n) => Digest(Tokens("The quick, brown fox; jumps over 13 lazy dogs!").Skip(n & 3), Text.Hash);

    private static IEnumerable<int> WithFinally(List<int> log, int count)
    {
        try
        {
            for (int i = 0; i < count; i++)
            {
                log.Add(i);
                yield return i;
            }
        }
        finally
        {
            log.Add(-1);
        }
    }

    public static int IteratorFinallyOnEarlyExit(int n)
    {
        var log = new List<int>();
        foreach (int x in WithFinally(log, 10))
        {
            if (x == (n & 7))
                break;
        }

        return Digest(log, x => x);
    }

    private static IEnumerable<int> Nested(int depth)
    {
        if (depth == 0)
        {
            yield return 1;
            yield break;
        }

        foreach (int x in Nested(depth - 1))
            yield return x * 2;
        yield return depth;
    }

    public static int IteratorRecursive(int n) => Digest(Nested(n & 7), x => x);

    private sealed class Countdown : IEnumerable<int>
    {
        private readonly int _from;

        public Countdown(int from) => _from = from;

        public IEnumerator<int> GetEnumerator()
        {
            for (int i = _from; i > 0; i--)
                yield return i;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static int CustomEnumerable(int n) => new Countdown(n & 15).Where(x => x % 2 == 1).Sum() + new Countdown(3).Count() * 1000;

    public static int IteratorTwiceIndependent(int n)
    {
        var sequence = Fibonacci(n & 15);
        return sequence.Sum() * 1000 + sequence.Count();
    }
}
