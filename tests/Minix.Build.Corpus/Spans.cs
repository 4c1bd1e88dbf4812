using System;
using System.Runtime.InteropServices;

namespace Minix.Build.Corpus;

/// <summary>Spans over stack, arrays and constant data: slicing, copying, bounds.</summary>
public static class Spans
{
    public static int StackallocSum(int n)
    {
        int count = (n & 255) + 1;
        Span<int> values = stackalloc int[count];
        for (int i = 0; i < values.Length; i++)
            values[i] = i * i - n;
        int sum = 0;
        foreach (int v in values)
            sum = unchecked(sum + v);
        return sum;
    }

    public static int StackallocBytes(int n)
    {
        Span<byte> buffer = stackalloc byte[64];
        buffer.Fill((byte)n);
        buffer.Slice(8, 8).Clear();
        int sum = 0;
        foreach (byte b in buffer)
            sum += b;
        return sum;
    }

    public static int SliceSum(int start, int length)
    {
        int[] data = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        Span<int> slice = data.AsSpan().Slice(start, length);
        int sum = 0;
        foreach (int v in slice)
            sum += v;
        return sum;
    }

    public static int SliceFrom(int start)
    {
        ReadOnlySpan<int> data = new[] { 5, 6, 7, 8 };
        return data.Slice(start).Length;
    }

    public static int Index(int i)
    {
        Span<int> s = stackalloc int[4] { 11, 22, 33, 44 };
        return s[i];
    }

    public static int IndexWrite(int i, int v)
    {
        Span<int> s = stackalloc int[4];
        s[i] = v;
        return s[0] + s[1] * 3 + s[2] * 5 + s[3] * 7;
    }

    public static int CopyToOverlap(int shift)
    {
        Span<int> s = stackalloc int[16];
        for (int i = 0; i < s.Length; i++)
            s[i] = i + 1;
        int k = shift & 7;
        s.Slice(0, 8).CopyTo(s.Slice(k));
        int h = 0;
        foreach (int v in s)
            h = h * 31 + v;
        return h;
    }

    public static int CopyTooShort(int n)
    {
        Span<byte> source = stackalloc byte[8];
        Span<byte> target = stackalloc byte[(n & 15)];
        source.CopyTo(target);
        return target.Length;
    }

    public static bool TryCopy(int n)
    {
        Span<byte> source = stackalloc byte[8];
        Span<byte> target = stackalloc byte[(n & 15)];
        return source.TryCopyTo(target);
    }

    public static int ConstantBytes(int i)
    {
        ReadOnlySpan<byte> table = new byte[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8 };
        return table[i & 7] * 100 + table.Length;
    }

    public static int ConstantInts(int i)
    {
        ReadOnlySpan<int> table = [100, -200, 300, -400, 500, int.MaxValue, int.MinValue, 0];
        return table[i & 7];
    }

    public static long ConstantLongs(int i)
    {
        ReadOnlySpan<long> table = [1L << 40, -(1L << 50), 12345678901234, 0];
        return table[i & 3];
    }

    public static int CastToInts(int n)
    {
        Span<byte> bytes = stackalloc byte[16];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)(i + n);
        Span<int> ints = MemoryMarshal.Cast<byte, int>(bytes);
        return ints[0] ^ ints[1] ^ ints[2] ^ ints[3];
    }

    public static int AsBytes(int a, int b)
    {
        Span<int> ints = stackalloc int[2] { a, b };
        Span<byte> bytes = MemoryMarshal.AsBytes(ints);
        int h = 0;
        foreach (byte x in bytes)
            h = h * 257 + x;
        return h;
    }

    public static long ReadWriteStruct(long v)
    {
        Span<byte> buffer = stackalloc byte[16];
        MemoryMarshal.Write(buffer.Slice(3), in v);
        return MemoryMarshal.Read<long>(buffer.Slice(3)) + buffer[3];
    }

    public static int ReadTooShort(int n)
    {
        Span<byte> buffer = stackalloc byte[(n & 7)];
        return MemoryMarshal.Read<int>(buffer);
    }

    public static int SequenceEqual(int a, int b)
    {
        Span<int> x = stackalloc int[3] { a, 2, 3 };
        Span<int> y = stackalloc int[3] { b, 2, 3 };
        return x.SequenceEqual(y) ? 1 : 0;
    }

    public static int IndexOf(int v)
    {
        ReadOnlySpan<int> data = [4, 8, 15, 16, 23, 42];
        return data.IndexOf(v);
    }

    public static int SpanOverArraySegment(int start, int length)
    {
        var array = new int[10];
        for (int i = 0; i < array.Length; i++)
            array[i] = i;
        var span = new Span<int>(array, start, length);
        span.Fill(-1);
        int h = 0;
        foreach (int v in array)
            h = h * 3 + v;
        return h;
    }

    public static int ToArrayLength(int n)
    {
        Span<short> s = stackalloc short[(n & 31)];
        s.Fill(7);
        short[] copy = s.ToArray();
        return copy.Length * 100 + (copy.Length > 0 ? copy[^1] : 0);
    }

    public static int EmptySpan(int n)
    {
        Span<int> empty = Span<int>.Empty;
        return empty.IsEmpty ? n : -n;
    }

    public static unsafe int PointerSpan(int n)
    {
        int* p = stackalloc int[8];
        var span = new Span<int>(p, 8);
        span.Fill(n);
        int sum = 0;
        for (int i = 0; i < 8; i++)
            sum = unchecked(sum + p[i]);
        return sum;
    }

    public static int FixedSpan(int n)
    {
        Span<int> s = stackalloc int[4] { n, n + 1, n + 2, n + 3 };
        unsafe
        {
            fixed (int* p = s)
                return p[3] - p[0];
        }
    }

    public static int RefElement(int n)
    {
        Span<int> s = stackalloc int[4];
        ref int third = ref s[2];
        third = n;
        third++;
        return s[2];
    }

    public static int ReverseInPlace(int n)
    {
        Span<byte> s = stackalloc byte[(n & 63) + 1];
        for (int i = 0; i < s.Length; i++)
            s[i] = (byte)i;
        for (int i = 0, j = s.Length - 1; i < j; i++, j--)
            (s[i], s[j]) = (s[j], s[i]);
        int h = 0;
        foreach (byte b in s)
            h = h * 31 + b;
        return h;
    }

    public static int LargeStackFrame(int n)
    {
        Span<byte> big = stackalloc byte[20000];
        big[n & 16383] = 9;
        big[19999] = 1;
        int sum = 0;
        for (int i = 0; i < big.Length; i += 7)
            sum += big[i];
        return sum + big[n & 16383];
    }
}
