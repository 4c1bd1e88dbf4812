using System;
using System.Collections.Generic;

namespace Minix.Build.Corpus;

/// <summary>List, Dictionary, HashSet, Queue, Stack, sorting and searching as programs use them.</summary>
public static class Collections
{
    private static int Digest(IEnumerable<int> values)
    {
        int h = 17;
        foreach (int v in values)
            h = h * 31 + v;
        return h;
    }

    private static List<int> Sample(int n)
    {
        var list = new List<int>();
        int count = (n & 63) + 3;
        uint x = (uint)n | 1;
        for (int i = 0; i < count; i++)
        {
            x = x * 1103515245 + 12345;
            list.Add((int)(x >> 16) % 100);
        }

        return list;
    }

    public static int ListAddAndIndex(int n)
    {
        var list = Sample(n);
        return list.Count * 1000 + list[0] + list[list.Count - 1];
    }

    public static int ListSortDefault(int n)
    {
        var list = Sample(n);
        list.Sort();
        return Digest(list);
    }

    public static int ListSortComparison(int n)
    {
        var list = Sample(n);
        list.Sort((a, b) => (b % 10).CompareTo(a % 10));
        return Digest(list);
    }

    public static int ListSortUnstableTies(int n)
    {
        var list = new List<(int Key, int Order)>();
        var sample = Sample(n);
        for (int i = 0; i < sample.Count; i++)
            list.Add((sample[i] % 4, i));
        list.Sort((a, b) => a.Key.CompareTo(b.Key));
        int h = 0;
        foreach (var item in list)
            h = h * 31 + item.Order;
        return h;
    }

    public static int ListInsertRemove(int n)
    {
        var list = Sample(n);
        list.Insert(0, -1);
        list.Insert(list.Count / 2, -2);
        list.RemoveAt(1);
        list.Remove(-2);
        list.RemoveAll(x => x % 3 == 0);
        return Digest(list);
    }

    public static int ListSearch(int n)
    {
        var list = Sample(n);
        int target = list[list.Count / 2];
        return list.IndexOf(target) * 1000 + list.LastIndexOf(target) * 10 + (list.Contains(101) ? 1 : 0) + list.FindIndex(x => x > 50);
    }

    public static int ListBinarySearch(int n)
    {
        var list = Sample(n);
        list.Sort();
        return list.BinarySearch(n & 127) * 7 + list.BinarySearch(list[0]);
    }

    public static int ListRangeAndReverse(int n)
    {
        var list = Sample(n);
        var range = list.GetRange(1, Math.Min(5, list.Count - 1));
        range.Reverse();
        list.AddRange(range);
        list.RemoveRange(0, 2);
        return Digest(list);
    }

    public static int ListToArrayAndConvert(int n)
    {
        var list = Sample(n);
        int[] array = list.ToArray();
        List<string> words = list.ConvertAll(x => x.ToString());
        return array.Length + Text.Hash(string.Join("-", words));
    }

    public static int ListOfStringsSortOrdinal(int n)
    {
        var words = new List<string> { "pear", "Apple", "fig", "apple", "Banana", "kiwi", (n & 15).ToString() };
        words.Sort(StringComparer.Ordinal);
        return Text.Hash(string.Join(",", words));
    }

    public static int ListFindAndExists(int n)
    {
        var list = Sample(n);
        var big = list.FindAll(x => x >= 50);
        return big.Count * 100 + (list.Exists(x => x == 42) ? 1 : 0) + (list.TrueForAll(x => x < 100) ? 10 : 0) + list.Find(x => x > 90);
    }

    public static int ListForEachAndCapacity(int n)
    {
        var list = new List<int>(n & 15);
        for (int i = 0; i < 20; i++)
            list.Add(i);
        int sum = 0;
        list.ForEach(x => sum += x);
        list.Clear();
        return sum * 100 + list.Count;
    }

    public static int DictionaryCounts(int n)
    {
        var counts = new Dictionary<int, int>();
        foreach (int v in Sample(n))
            counts[v % 10] = counts.TryGetValue(v % 10, out int c) ? c + 1 : 1;
        int h = 0;
        foreach (var pair in counts)
            h = h * 31 + pair.Key * 100 + pair.Value;
        return h;
    }

    public static int DictionaryStringKeys(int n)
    {
        var map = new Dictionary<string, int>();
        for (int i = 0; i < (n & 31) + 5; i++)
            map["k" + (i % 7).ToString()] = i;
        int h = 0;
        foreach (var key in map.Keys)
            h = h * 31 + Text.Hash(key);
        foreach (var value in map.Values)
            h = h * 31 + value;
        return h + map.Count;
    }

    public static int DictionaryRemoveAndReuse(int n)
    {
        var map = new Dictionary<int, string>();
        for (int i = 0; i < 10; i++)
            map.Add(i, i.ToString());
        map.Remove(n & 7);
        map.Remove(3);
        map[100] = "x";
        map[200] = "y";
        int h = 0;
        foreach (var pair in map)
            h = h * 31 + pair.Key;
        return h;
    }

    public static int DictionaryContains(int n)
    {
        var map = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
        return (map.ContainsKey("one") ? 1 : 0) + (map.ContainsValue(n & 3) ? 10 : 0) + (map.TryAdd("two", 5) ? 100 : 0) + map["two"] * 1000;
    }

    public static int DictionaryWithComparer(int n)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        map["Key"] = 1;
        map["KEY"] = n & 15;
        map["other"] = 3;
        return map.Count * 100 + map["key"];
    }

    public static int DictionaryTupleKeys(int n)
    {
        var map = new Dictionary<(int, int), int>();
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
                map[(i, j)] = i * j;
        }

        return map[(n & 3, 4)] + map.Count * 100;
    }

    public static int DictionaryGrowth(int n)
    {
        var map = new Dictionary<int, int>();
        int count = (n & 1023) + 10;
        for (int i = 0; i < count; i++)
            map[i * 7] = i;
        long sum = 0;
        foreach (var pair in map)
            sum += pair.Key - pair.Value;
        return (int)(sum % 1000003) + map.Count;
    }

    public static int HashSetOperations(int n)
    {
        var a = new HashSet<int>(Sample(n));
        var b = new HashSet<int>(Sample(n + 1));
        int before = a.Count;
        a.IntersectWith(b);
        int common = a.Count;
        a.UnionWith(new[] { 1000, 1001 });
        a.ExceptWith(new[] { 1000 });
        return before * 10000 + common * 100 + a.Count + (a.Contains(1001) ? 1000000 : 0);
    }

    public static int HashSetOrder(int n)
    {
        var set = new HashSet<string>();
        foreach (int v in Sample(n))
            set.Add((v % 13).ToString());
        set.Remove("3");
        set.Add("new");
        return Text.Hash(string.Join(",", set));
    }

    public static int HashSetSetRelations(int n)
    {
        var small = new HashSet<int> { 1, 2 };
        var large = new HashSet<int> { 1, 2, 3, n & 7 };
        return (small.IsSubsetOf(large) ? 1 : 0) + (large.IsSupersetOf(small) ? 10 : 0) + (small.Overlaps(large) ? 100 : 0) + (small.SetEquals(large) ? 1000 : 0);
    }

    public static int QueueOrder(int n)
    {
        var queue = new Queue<int>();
        foreach (int v in Sample(n))
        {
            queue.Enqueue(v);
            if (v % 3 == 0)
                queue.Dequeue();
        }

        int h = queue.Count;
        while (queue.TryDequeue(out int v))
            h = h * 31 + v;
        return h;
    }

    public static int QueueEnumerationAndPeek(int n)
    {
        var queue = new Queue<string>(new[] { "a", "bb", "ccc" });
        queue.Enqueue((n & 7).ToString());
        return Text.Hash(string.Concat(queue)) + queue.Peek().Length;
    }

    public static int StackOrder(int n)
    {
        var stack = new Stack<int>();
        foreach (int v in Sample(n))
        {
            if (v % 4 == 0 && stack.Count > 0)
                stack.Pop();
            else
                stack.Push(v);
        }

        return Digest(stack) + stack.Count;
    }

    public static int StackBalancedBrackets(int n)
    {
        string text = (n & 3) switch { 0 => "([]{()})", 1 => "([)]", 2 => "((()", _ => "{[()()]}" };
        var stack = new Stack<char>();
        foreach (char c in text)
        {
            if (c is '(' or '[' or '{')
            {
                stack.Push(c);
                continue;
            }

            char open = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (stack.Count == 0 || stack.Pop() != open)
                return 0;
        }

        return stack.Count == 0 ? 1 : 2;
    }

    public static int ArraySortAndSearch(int n)
    {
        int[] values = Sample(n).ToArray();
        Array.Sort(values);
        return Digest(values) + Array.BinarySearch(values, values[values.Length / 2]) * 0 + Array.IndexOf(values, values[0]);
    }

    public static int ArraySortComparison(int n)
    {
        string[] words = { "delta", "alpha", "Charlie", "bravo", "echo", (n & 3).ToString() };
        Array.Sort(words, (a, b) => string.CompareOrdinal(b, a));
        return Text.Hash(string.Join(" ", words));
    }

    public static int ArraySortKeysAndItems(int n)
    {
        int[] keys = Sample(n).ToArray();
        int[] items = new int[keys.Length];
        for (int i = 0; i < items.Length; i++)
            items[i] = i;
        Array.Sort(keys, items);
        return Digest(keys) ^ Digest(items);
    }

    public static int ArrayResizeCopyReverse(int n)
    {
        int[] values = { 1, 2, 3, 4, 5 };
        Array.Resize(ref values, (n & 7) + 2);
        Array.Reverse(values);
        int[] copy = new int[values.Length + 2];
        Array.Copy(values, 0, copy, 1, values.Length);
        Array.Clear(copy, 0, 1);
        return Digest(copy);
    }

    public static int ArrayFindAndFill(int n)
    {
        int[] values = Sample(n).ToArray();
        int found = Array.Find(values, v => v > 80);
        int index = Array.FindIndex(values, v => v < 10);
        Array.Fill(values, n & 15);
        return found * 1000 + index * 10 + values[0];
    }

    public static int ArrayLargeSortHeapPath(int n)
    {
        var values = new int[300];
        uint x = (uint)n | 3;
        for (int i = 0; i < values.Length; i++)
        {
            x = x * 69069 + 1;
            values[i] = (int)(x >> 20);
        }

        Array.Sort(values, (a, b) => (a % 5).CompareTo(b % 5));
        return Digest(values);
    }

    public static int KeyValuePairs(int n)
    {
        var pairs = new List<KeyValuePair<string, int>>
        {
            new("b", 2), KeyValuePair.Create("a", 1), new("c", n & 7),
        };
        pairs.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        return Text.Hash(pairs[0].ToString() + pairs[2].Key) + pairs[2].Value;
    }

    public static int EqualityComparerDefaults(int n)
    {
        return (EqualityComparer<int>.Default.Equals(n, n) ? 1 : 0)
            + (EqualityComparer<string>.Default.Equals("a", "a" + "") ? 10 : 0)
            + (EqualityComparer<int?>.Default.Equals(null, n) ? 100 : 0)
            + (Comparer<int>.Default.Compare(n, 5) > 0 ? 1000 : 0)
            + (Comparer<string>.Default.Compare("a", "b") < 0 ? 10000 : 0);
    }
}
