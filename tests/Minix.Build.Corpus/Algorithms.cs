using System;

namespace Minix.Build.Corpus;

/// <summary>A fixed-capacity open-addressing hash map from int to int.</summary>
public sealed class IntMap
{
    private readonly int[] _keys;
    private readonly int[] _values;
    private readonly bool[] _used;

    public IntMap(int capacityLog2)
    {
        int capacity = 1 << capacityLog2;
        _keys = new int[capacity];
        _values = new int[capacity];
        _used = new bool[capacity];
    }

    public int Count { get; private set; }

    public bool Set(int key, int value)
    {
        int mask = _keys.Length - 1;
        for (int probe = 0, i = Hash(key) & mask; probe < _keys.Length; probe++, i = (i + 1) & mask)
        {
            if (!_used[i])
            {
                _used[i] = true;
                _keys[i] = key;
                _values[i] = value;
                Count++;
                return true;
            }

            if (_keys[i] == key)
            {
                _values[i] = value;
                return true;
            }
        }

        return false;
    }

    public bool TryGet(int key, out int value)
    {
        int mask = _keys.Length - 1;
        for (int probe = 0, i = Hash(key) & mask; probe < _keys.Length && _used[i]; probe++, i = (i + 1) & mask)
        {
            if (_keys[i] == key)
            {
                value = _values[i];
                return true;
            }
        }

        value = 0;
        return false;
    }

    private static int Hash(int key) => (int)((uint)key * 2654435769u >> 7);
}

/// <summary>A binary min-heap of ints.</summary>
public sealed class MinHeap
{
    private readonly int[] _items;

    public MinHeap(int capacity) => _items = new int[capacity];

    public int Count { get; private set; }

    public void Push(int v)
    {
        int i = Count++;
        _items[i] = v;
        while (i > 0 && _items[(i - 1) / 2] > _items[i])
        {
            (_items[i], _items[(i - 1) / 2]) = (_items[(i - 1) / 2], _items[i]);
            i = (i - 1) / 2;
        }
    }

    public int Pop()
    {
        int top = _items[0];
        _items[0] = _items[--Count];
        int i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < Count && _items[l] < _items[m])
                m = l;
            if (r < Count && _items[r] < _items[m])
                m = r;
            if (m == i)
                return top;
            (_items[i], _items[m]) = (_items[m], _items[i]);
            i = m;
        }
    }
}

/// <summary>Textbook algorithms over small, input-bounded data.</summary>
public static class Algorithms
{
    private static int[] Random(int n, int seed, int modulo)
    {
        var a = new int[n];
        uint x = (uint)seed | 1;
        for (int i = 0; i < n; i++)
        {
            x = x * 1664525 + 1013904223;
            a[i] = (int)((x >> 8) % (uint)modulo);
        }

        return a;
    }

    public static int EditDistance(int a, int b)
    {
        ReadOnlySpan<char> s = "kernelcall".AsSpan(0, (a & 7) + 3);
        ReadOnlySpan<char> t = "kerneltask".AsSpan(0, (b & 7) + 3);
        Span<int> previous = stackalloc int[t.Length + 1];
        Span<int> current = stackalloc int[t.Length + 1];
        for (int j = 0; j <= t.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= s.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= t.Length; j++)
            {
                int cost = s[i - 1] == t[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[t.Length];
    }

    public static int LongestCommonSubsequence(int seedA, int seedB)
    {
        var x = Random(24, seedA, 4);
        var y = Random(24, seedB, 4);
        var table = new int[25 * 25];
        for (int i = 1; i <= 24; i++)
        {
            for (int j = 1; j <= 24; j++)
                table[i * 25 + j] = x[i - 1] == y[j - 1] ? table[(i - 1) * 25 + j - 1] + 1 : Math.Max(table[(i - 1) * 25 + j], table[i * 25 + j - 1]);
        }

        return table[24 * 25 + 24];
    }

    public static int Knapsack(int capacity, int seed)
    {
        int cap = capacity & 127;
        var weights = Random(12, seed, 20);
        var values = Random(12, seed + 7, 50);
        var best = new int[cap + 1];
        for (int item = 0; item < 12; item++)
        {
            int w = weights[item] + 1;
            for (int c = cap; c >= w; c--)
                best[c] = Math.Max(best[c], best[c - w] + values[item]);
        }

        return best[cap];
    }

    public static int NQueens(int n)
    {
        int size = (n & 7) + 1;
        return Place(size, 0, 0, 0, 0);
    }

    private static int Place(int size, int row, int columns, int diagonals, int antiDiagonals)
    {
        if (row == size)
            return 1;
        int count = 0;
        int free = ~(columns | diagonals | antiDiagonals) & ((1 << size) - 1);
        while (free != 0)
        {
            int bit = free & -free;
            free ^= bit;
            count += Place(size, row + 1, columns | bit, (diagonals | bit) << 1, (antiDiagonals | bit) >> 1);
        }

        return count;
    }

    public static int Sieve(int n)
    {
        int limit = (n & 0x7FFF) + 2;
        Span<bool> composite = limit <= 4096 ? stackalloc bool[limit] : new bool[limit];
        int count = 0;
        for (int i = 2; i < limit; i++)
        {
            if (composite[i])
                continue;
            count++;
            for (long j = (long)i * i; j < limit; j += i)
                composite[(int)j] = true;
        }

        return count;
    }

    public static int KmpSearch(int which)
    {
        ReadOnlySpan<byte> text = "abracadabra abracadabra cadabra"u8;
        ReadOnlySpan<byte> pattern = (which & 3) switch { 0 => "abra"u8, 1 => "cad"u8, 2 => "dabra c"u8, _ => "zzz"u8 };
        Span<int> failure = stackalloc int[pattern.Length];
        for (int i = 1, k = 0; i < pattern.Length; i++)
        {
            while (k > 0 && pattern[i] != pattern[k])
                k = failure[k - 1];
            if (pattern[i] == pattern[k])
                k++;
            failure[i] = k;
        }

        int matches = 0, last = -1;
        for (int i = 0, k = 0; i < text.Length; i++)
        {
            while (k > 0 && text[i] != pattern[k])
                k = failure[k - 1];
            if (text[i] == pattern[k])
                k++;
            if (k == pattern.Length)
            {
                matches++;
                last = i;
                k = failure[k - 1];
            }
        }

        return matches * 100 + last;
    }

    public static long RunLengthEncode(int seed)
    {
        var data = Random(64, seed, 3);
        Span<byte> encoded = stackalloc byte[128];
        int length = 0;
        for (int i = 0; i < data.Length;)
        {
            int run = 1;
            while (i + run < data.Length && data[i + run] == data[i] && run < 255)
                run++;
            encoded[length++] = (byte)run;
            encoded[length++] = (byte)data[i];
            i += run;
        }

        long h = length;
        for (int i = 0; i < length; i++)
            h = h * 31 + encoded[i];
        return h;
    }

    public static long Base64Checksum(int seed)
    {
        ReadOnlySpan<byte> alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"u8;
        var input = Random(20, seed, 256);
        Span<byte> output = stackalloc byte[28];
        int o = 0;
        for (int i = 0; i + 2 < input.Length; i += 3)
        {
            int chunk = input[i] << 16 | input[i + 1] << 8 | input[i + 2];
            output[o++] = alphabet[chunk >> 18 & 63];
            output[o++] = alphabet[chunk >> 12 & 63];
            output[o++] = alphabet[chunk >> 6 & 63];
            output[o++] = alphabet[chunk & 63];
        }

        long h = 0;
        for (int i = 0; i < o; i++)
            h = h * 131 + output[i];
        return h;
    }

    public static int HexParse(int which)
    {
        ReadOnlySpan<char> text = (which & 3) switch { 0 => "1F", 1 => "deadBEEF", 2 => "0", _ => "7fffffff" };
        uint value = 0;
        foreach (char c in text)
        {
            int digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            value = value * 16 + (uint)digit;
        }

        return (int)value;
    }

    public static int Utf8EncodeLength(int codePoint)
    {
        uint c = (uint)codePoint & 0x1FFFFF;
        Span<byte> buffer = stackalloc byte[4];
        int n;
        if (c < 0x80)
        {
            buffer[0] = (byte)c;
            n = 1;
        }
        else if (c < 0x800)
        {
            buffer[0] = (byte)(0xC0 | c >> 6);
            buffer[1] = (byte)(0x80 | c & 0x3F);
            n = 2;
        }
        else if (c < 0x10000)
        {
            buffer[0] = (byte)(0xE0 | c >> 12);
            buffer[1] = (byte)(0x80 | c >> 6 & 0x3F);
            buffer[2] = (byte)(0x80 | c & 0x3F);
            n = 3;
        }
        else
        {
            buffer[0] = (byte)(0xF0 | c >> 18);
            buffer[1] = (byte)(0x80 | c >> 12 & 0x3F);
            buffer[2] = (byte)(0x80 | c >> 6 & 0x3F);
            buffer[3] = (byte)(0x80 | c & 0x3F);
            n = 4;
        }

        int h = n;
        for (int i = 0; i < n; i++)
            h = h * 257 + buffer[i];
        return h;
    }

    public static int DayOfWeek(int year, int month, int day)
    {
        int y = 1900 + (year & 255), m = (month & 7) + 3, d = (day & 15) + 1;
        if (m < 3)
        {
            m += 12;
            y--;
        }

        return (d + 13 * (m + 1) / 5 + y + y / 4 - y / 100 + y / 400) % 7;
    }

    public static int Crc16(int seed)
    {
        var data = Random(32, seed, 256);
        ushort crc = 0xFFFF;
        foreach (int b in data)
        {
            crc ^= (ushort)(b << 8);
            for (int k = 0; k < 8; k++)
                crc = (crc & 0x8000) != 0 ? (ushort)(crc << 1 ^ 0x1021) : (ushort)(crc << 1);
        }

        return crc;
    }

    public static int Fletcher16(int seed)
    {
        var data = Random(40, seed, 256);
        int a = 0, b = 0;
        foreach (int d in data)
        {
            a = (a + d) % 255;
            b = (b + a) % 255;
        }

        return b << 8 | a;
    }

    public static int Rot13Checksum(int n)
    {
        string text = "Hello, Minix";
        int h = n;
        foreach (char c in text)
        {
            char r = c >= 'a' && c <= 'z' ? (char)('a' + (c - 'a' + 13) % 26) : c >= 'A' && c <= 'Z' ? (char)('A' + (c - 'A' + 13) % 26) : c;
            h = h * 31 + r;
        }

        return h;
    }

    public static int HashMapOperations(int n, int seed)
    {
        var map = new IntMap(6);
        var keys = Random((n & 31) + 1, seed, 100);
        foreach (int k in keys)
            map.Set(k, k * 3);
        int found = 0;
        for (int probe = 0; probe < 100; probe += 3)
        {
            if (map.TryGet(probe, out int v))
                found += v;
        }

        return map.Count * 100000 + found;
    }

    public static long HeapSortViaPriorityQueue(int n, int seed)
    {
        var values = Random((n & 127) + 1, seed, 10000);
        var heap = new MinHeap(values.Length);
        foreach (int v in values)
            heap.Push(v);
        long h = 0;
        int previous = int.MinValue;
        while (heap.Count > 0)
        {
            int v = heap.Pop();
            if (v < previous)
                return -1;
            previous = v;
            h = h * 31 + v;
        }

        return h;
    }

    public static long PascalRow(int n)
    {
        int row = n & 31;
        Span<long> values = stackalloc long[33];
        values[0] = 1;
        for (int r = 1; r <= row; r++)
        {
            for (int k = r; k > 0; k--)
                values[k] += values[k - 1];
        }

        long h = 0;
        for (int k = 0; k <= row; k++)
            h = h * 7 + values[k];
        return h;
    }

    public static long Transpose(int n, int seed)
    {
        int size = (n & 15) + 1;
        var m = Random(size * size, seed, 100);
        for (int i = 0; i < size; i++)
        {
            for (int j = i + 1; j < size; j++)
                (m[i * size + j], m[j * size + i]) = (m[j * size + i], m[i * size + j]);
        }

        long h = 0;
        foreach (int v in m)
            h = h * 101 + v;
        return h;
    }

    public static int CountInversions(int n, int seed)
    {
        var a = Random((n & 63) + 1, seed, 50);
        int inversions = 0;
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = i + 1; j < a.Length; j++)
            {
                if (a[i] > a[j])
                    inversions++;
            }
        }

        return inversions;
    }

    public static int Permutations(int n)
    {
        Span<int> items = stackalloc int[(n & 3) + 3];
        for (int i = 0; i < items.Length; i++)
            items[i] = i;
        int count = 0, checksum = 0;
        Permute(items, 0, ref count, ref checksum);
        return count * 1000 + (checksum & 0x3FF);
    }

    private static void Permute(Span<int> items, int k, ref int count, ref int checksum)
    {
        if (k == items.Length)
        {
            count++;
            checksum = checksum * 31 + items[0] * 7 + items[^1];
            return;
        }

        for (int i = k; i < items.Length; i++)
        {
            (items[k], items[i]) = (items[i], items[k]);
            Permute(items, k + 1, ref count, ref checksum);
            (items[k], items[i]) = (items[i], items[k]);
        }
    }

    public static int FloodFill(int seed)
    {
        const int Width = 16, Height = 16;
        var grid = Random(Width * Height, seed, 3);
        var stack = new int[Width * Height * 4];
        int top = 0, filled = 0, target = grid[0];
        stack[top++] = 0;
        while (top > 0)
        {
            int cell = stack[--top];
            if (grid[cell] != target)
                continue;
            grid[cell] = -1;
            filled++;
            int x = cell % Width, y = cell / Width;
            if (x > 0) stack[top++] = cell - 1;
            if (x < Width - 1) stack[top++] = cell + 1;
            if (y > 0) stack[top++] = cell - Width;
            if (y < Height - 1) stack[top++] = cell + Width;
        }

        return filled;
    }

    public static long FixedPointMultiply(int a, int b)
    {
        long fa = (long)(a & 0xFFFFF) << 16, fb = (long)(b & 0xFFFF) << 8;
        long product = (fa >> 8) * (fb >> 8) >> 8;
        return product;
    }

    public static int BitsetUnion(int a, int b)
    {
        Span<ulong> x = stackalloc ulong[4];
        Span<ulong> y = stackalloc ulong[4];
        for (int i = 0; i < 4; i++)
        {
            x[i] = (ulong)(uint)a << i * 8;
            y[i] = (ulong)(uint)b >> i;
        }

        int bits = 0;
        for (int i = 0; i < 4; i++)
            bits += System.Numerics.BitOperations.PopCount(x[i] | y[i]) - System.Numerics.BitOperations.PopCount(x[i] & y[i]);
        return bits;
    }

    public static int RomanValue(int which)
    {
        string roman = (which & 3) switch { 0 => "MCMXCIV", 1 => "XLII", 2 => "MMXXVI", _ => "IX" };
        int total = 0;
        for (int i = 0; i < roman.Length; i++)
        {
            int v = Value(roman[i]);
            total += i + 1 < roman.Length && v < Value(roman[i + 1]) ? -v : v;
        }

        return total;

        static int Value(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
    }

    public static int StackMachine(int a, int b)
    {
        ReadOnlySpan<byte> program = [1, 2, 3, 1, 5, 4, 2, 6, 0];
        Span<long> stack = stackalloc long[16];
        int sp = 0;
        foreach (byte op in program)
        {
            switch (op)
            {
                case 1: stack[sp++] = a; break;
                case 2: stack[sp++] = b; break;
                case 3: sp--; stack[sp - 1] += stack[sp]; break;
                case 4: sp--; stack[sp - 1] *= stack[sp]; break;
                case 5: stack[sp - 1] = -stack[sp - 1]; break;
                case 6: sp--; stack[sp - 1] ^= stack[sp]; break;
                default: return (int)stack[sp - 1];
            }
        }

        return -1;
    }
}
