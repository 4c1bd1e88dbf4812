using System;
using System.Collections.Generic;
using System.Text;

namespace Minix.Build.Corpus;

/// <summary>Allocation-heavy programs: object graphs built, dropped and rebuilt, so that in the image the collector
/// runs between and inside the calls while the live data must stay intact.</summary>
public static class Memory
{
    private sealed class Node
    {
        public Node Left;
        public Node Right;
        public int Value;
        public string Label;
    }

    private sealed class Chain
    {
        public Chain Next;
        public long Payload;
        public int[] Data;
    }

    private struct Pair
    {
        public object First;
        public int Number;
        public string Second;
    }

    private static Node Build(int depth, int seed)
    {
        if (depth == 0)
            return null;
        return new Node
        {
            Value = seed,
            Left = Build(depth - 1, seed * 2 + 1),
            Right = Build(depth - 1, seed * 2 + 2),
            Label = (seed & 7) == 0 ? "n" + seed : null,
        };
    }

    private static int Check(Node node, int seed)
    {
        if (node is null)
            return 0;
        if (node.Value != seed)
            return -1000000;
        if ((seed & 7) == 0 && node.Label != "n" + seed)
            return -2000000;
        return 1 + Check(node.Left, seed * 2 + 1) + Check(node.Right, seed * 2 + 2);
    }

    public static int BinaryTrees(int n)
    {
        int depth = 4 + (n & 7);
        var longLived = Build(depth + 1, 0);
        int total = 0;
        for (int round = 0; round < 40; round++)
            total += Check(Build(depth, round), round);
        return total + Check(longLived, 0);
    }

    public static long LinkedChurn(int n)
    {
        Chain keep = null;
        long sum = 0;
        for (int i = 0; i < 20000; i++)
        {
            var link = new Chain { Payload = i ^ n, Data = new int[i & 31] };
            if (link.Data.Length > 0)
                link.Data[^1] = i;
            if (i % 97 == 0)
            {
                link.Next = keep;
                keep = link;
            }
        }

        for (var c = keep; c is not null; c = c.Next)
            sum = sum * 3 + c.Payload + (c.Data.Length > 0 ? c.Data[^1] : 0);
        return sum;
    }

    public static int ArraysOfArrays(int n)
    {
        var rows = new int[64][];
        int check = 0;
        for (int round = 0; round < 200; round++)
        {
            int r = (round * 17 + n) & 63;
            rows[r] = new int[(round % 50) + 1];
            rows[r][0] = round;
            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i] is { } row)
                    check = check * 31 + row[0] + row.Length;
            }
        }

        return check;
    }

    public static int StringChurn(int n)
    {
        var kept = new List<string>();
        int hash = 0;
        for (int i = 0; i < 3000; i++)
        {
            string s = "item" + i + ":" + (i * n);
            if (i % 50 == 0)
                kept.Add(s);
            hash = hash * 31 + s.Length;
        }

        foreach (string s in kept)
            hash = hash * 7 + Text.Hash(s);
        return hash;
    }

    public static int BoxingChurn(int n)
    {
        object[] boxes = new object[100];
        int sum = 0;
        for (int i = 0; i < 20000; i++)
        {
            boxes[i % 100] = (i & 1) == 0 ? i + n : (long)i;
            if (boxes[(i * 7) % 100] is int value)
                sum += value & 0xff;
            else if (boxes[(i * 7) % 100] is long wide)
                sum -= (int)(wide & 0xf);
        }

        return sum;
    }

    public static int ClosureChurn(int n)
    {
        var actions = new List<Func<int>>();
        int total = 0;
        for (int i = 0; i < 5000; i++)
        {
            int captured = i * n;
            Func<int> f = () => captured + 1;
            total += f() & 0xffff;
            if (i % 250 == 0)
                actions.Add(f);
        }

        foreach (var f in actions)
            total = total * 3 + f();
        return total;
    }

    public static int StructsWithReferences(int n)
    {
        var pairs = new Pair[128];
        int h = 0;
        for (int i = 0; i < 10000; i++)
        {
            int k = (i * 31 + n) & 127;
            pairs[k] = new Pair { First = new int[] { i }, Number = i, Second = (i & 3) == 0 ? i.ToString() : null };
        }

        foreach (var p in pairs)
        {
            if (p.First is int[] a && a[0] != p.Number)
                return -1;
            h = h * 31 + p.Number + (p.Second?.Length ?? 0);
        }

        return h;
    }

    public static int DictionaryChurn(int n)
    {
        var map = new Dictionary<int, string>();
        for (int i = 0; i < 8000; i++)
        {
            int key = (i * 7919 + n) % 1000;
            if (map.ContainsKey(key) && (i & 1) == 0)
                map.Remove(key);
            else
                map[key] = "v" + i;
        }

        int h = map.Count;
        for (int key = 0; key < 1000; key++)
        {
            if (map.TryGetValue(key, out string v))
                h = h * 31 + Text.Hash(v);
        }

        return h;
    }

    public static int ListGrowth(int n)
    {
        int h = 0;
        for (int round = 0; round < 30; round++)
        {
            var list = new List<long>();
            for (int i = 0; i < 1000 + round * 10; i++)
                list.Add((long)i * (n | 1));
            h = h * 31 + list.Count + (int)(list[^1] & 0xffff);
        }

        return h;
    }

    public static int StringBuilderChurn(int n)
    {
        int h = 0;
        for (int round = 0; round < 100; round++)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < 50; i++)
                sb.Append(i + round + n).Append(',');
            h = h * 31 + Text.Hash(sb.ToString());
        }

        return h;
    }

    public static int LargeArrays(int n)
    {
        long sum = 0;
        for (int round = 0; round < 24; round++)
        {
            var big = new long[20000 + round * 1000];
            big[0] = round;
            big[^1] = n;
            sum += big[0] + big[^1] + big.Length;
        }

        return (int)sum;
    }

    public static int MixedSizes(int n)
    {
        var kept = new object[256];
        int h = 0;
        for (int i = 0; i < 20000; i++)
        {
            object o = (i % 5) switch
            {
                0 => new byte[i % 300],
                1 => new string('x', i % 40),
                2 => new Node { Value = i },
                3 => new long[i % 9],
                _ => new List<int> { i },
            };
            if ((i ^ n) % 13 == 0)
                kept[i & 255] = o;
        }

        foreach (object o in kept)
        {
            h = h * 31 + o switch
            {
                byte[] b => b.Length,
                string s => s.Length + 1000,
                Node node => node.Value & 0xff,
                long[] l => l.Length + 2000,
                List<int> list => list[0] & 0xff,
                _ => 7,
            };
        }

        return h;
    }

    public static int CyclesAreCollected(int n)
    {
        int h = 0;
        for (int round = 0; round < 2000; round++)
        {
            var a = new Chain { Payload = round };
            var b = new Chain { Payload = n, Next = a };
            a.Next = b;
            h += (int)(a.Next.Next.Payload & 3) + (int)(b.Next.Payload & 1);
        }

        return h;
    }

    public static int LongLivedAndShortLived(int n)
    {
        var longLived = new List<int[]>();
        for (int i = 0; i < 200; i++)
            longLived.Add(new int[] { i, i * n });
        long garbage = 0;
        for (int i = 0; i < 40000; i++)
        {
            var temp = new int[8];
            temp[i & 7] = i;
            garbage += temp[i & 7];
        }

        int h = (int)(garbage & 0xfffff);
        foreach (var pair in longLived)
        {
            if (pair[1] != pair[0] * n)
                return -1;
            h = h * 31 + pair[0];
        }

        return h;
    }

    public static int ArrayOfStrings(int n)
    {
        var words = new string[500];
        for (int round = 0; round < 20; round++)
        {
            for (int i = 0; i < words.Length; i++)
                words[i] = (i + round + n).ToString("x");
        }

        int h = 0;
        foreach (string w in words)
            h = h * 31 + Text.Hash(w);
        return h;
    }

    public static int QueueAndStackChurn(int n)
    {
        var queue = new Queue<string>();
        var stack = new Stack<int[]>();
        int h = 0;
        for (int i = 0; i < 10000; i++)
        {
            queue.Enqueue("q" + (i & 255));
            stack.Push(new int[] { i });
            if (queue.Count > 37)
                h += queue.Dequeue().Length;
            if (stack.Count > 41)
                h += stack.Pop()[0] & 7;
        }

        return h + queue.Count * 1000 + stack.Count + n % 3;
    }

    public static int SubstringsAndSplits(int n)
    {
        string line = "alpha,beta,gamma,delta,epsilon," + n;
        int h = 0;
        for (int i = 0; i < 2000; i++)
        {
            string[] parts = line.Split(',');
            h = h * 31 + Text.Hash(parts[i % parts.Length].Substring(0, 2)) % 3 + parts.Length;
        }

        return h;
    }

    public static int HashSetChurn(int n)
    {
        var set = new HashSet<string>();
        for (int i = 0; i < 6000; i++)
        {
            string key = "k" + ((i * 31 + n) % 700);
            if (!set.Add(key))
                set.Remove(key);
        }

        int h = set.Count;
        for (int i = 0; i < 700; i++)
        {
            if (set.Contains("k" + i))
                h = h * 31 + i;
        }

        return h;
    }

    public static int DeepRecursionWithObjects(int n)
    {
        static int Walk(int depth, Chain parent)
        {
            var here = new Chain { Next = parent, Payload = depth };
            if (depth == 0)
            {
                int count = 0;
                for (var c = here; c is not null; c = c.Next)
                    count += (int)c.Payload;
                return count;
            }

            return Walk(depth - 1, here);
        }

        return Walk(200 + (n & 127), null);
    }

    public static int StringInterning(int n)
    {
        int same = 0;
        for (int i = 0; i < 1000; i++)
        {
            string a = "constant";
            string b = "const" + "ant";
            string c = new string("constant".ToCharArray());
            if ((object)a == b)
                same++;
            if ((object)a == c)
                same += 1000;
            if (a == c)
                same += 3;
        }

        return same + (n & 1);
    }

    public static int ListOfLists(int n)
    {
        var outer = new List<List<int>>();
        for (int i = 0; i < 300; i++)
        {
            var inner = new List<int>();
            for (int j = 0; j <= i % 20; j++)
                inner.Add(i * j + n);
            outer.Add(inner);
            if (outer.Count > 50)
                outer.RemoveAt(i % outer.Count);
        }

        int h = 0;
        foreach (var inner in outer)
            h = h * 31 + inner.Count + inner[^1];
        return h;
    }
}
