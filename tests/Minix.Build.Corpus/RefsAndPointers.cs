using System;

namespace Minix.Build.Corpus;

/// <summary>ref/out/in parameters, ref locals and returns, pointers and function pointers.</summary>
public static unsafe class RefsAndPointers
{
    private static void Swap(ref int a, ref int b) => (a, b) = (b, a);

    private static bool TryDivide(int a, int b, out int quotient, out int remainder)
    {
        if (b == 0)
        {
            quotient = remainder = 0;
            return false;
        }

        quotient = a / b;
        remainder = a % b;
        return true;
    }

    private static long Weighted(in Vector2 v, in Vector2 w) => (long)v.X * w.Y - (long)v.Y * w.X;

    private static ref int Largest(int[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
                best = i;
        }

        return ref values[best];
    }

    private static int Square(int x) => x * x;

    private static int Negate(int x) => -x;

    private static int Twice(int x) => x + x;

    private static int Apply(delegate*<int, int> f, int x) => f(x);

    public static int SwapByRef(int a, int b)
    {
        Swap(ref a, ref b);
        return a * 10 - b;
    }

    public static int OutParameters(int a, int b) => TryDivide(a, b, out int q, out int r) ? q * 1000 + r : -1;

    public static long InParameters(int a, int b) => Weighted(new Vector2(a, b), new Vector2(b, a + 1));

    public static int RefReturn(int n)
    {
        int[] values = { 3, n, 7, 1 };
        Largest(values) = -5;
        return values[0] + values[1] * 10 + values[2] * 100;
    }

    public static int RefLocalReassign(int n)
    {
        int a = 1, b = 2;
        ref int r = ref a;
        r += n;
        r = ref b;
        r *= n;
        return a * 1000 + b;
    }

    public static int PointerArithmetic(int n)
    {
        int* p = stackalloc int[16];
        for (int i = 0; i < 16; i++)
            *(p + i) = i * n;
        int* q = p + 15;
        int sum = 0;
        while (q >= p)
            sum = unchecked(sum + *q--);
        return sum;
    }

    public static long PointerCast(long v)
    {
        long x = v;
        byte* b = (byte*)&x;
        b[0] ^= 0xFF;
        int* i = (int*)&x;
        i[1] += 1;
        return x;
    }

    public static int FunctionPointer(int which, int x)
    {
        delegate*<int, int> f = (which & 3) switch { 0 => &Square, 1 => &Negate, _ => &Twice };
        return Apply(f, x);
    }

    public static int FunctionPointerTable(int x)
    {
        delegate*<int, int>* table = stackalloc delegate*<int, int>[3];
        table[0] = &Square;
        table[1] = &Negate;
        table[2] = &Twice;
        int r = x;
        for (int i = 0; i < 3; i++)
            r = table[i](r & 0xFFF);
        return r;
    }

    public static int FixedArray(int n)
    {
        int[] data = { 1, 2, 3, 4 };
        fixed (int* p = data)
        {
            p[n & 3] = 100;
            return p[0] + p[1] + p[2] + p[3];
        }
    }

    public static int FixedString(int n)
    {
        fixed (char* p = "pointer")
            return p[n & 7];
    }

    public static int SizeOfPrimitives(int n) => sizeof(long) + sizeof(int) * 10 + sizeof(char) * 100 + sizeof(nint) * 1000 + n;

    public static long NativeInts(long a, long b)
    {
        nint x = (nint)a, y = (nint)b;
        nuint u = (nuint)x;
        return (long)(x * 3 - y) ^ (long)(u >> 3);
    }

    public static int NullPointerRead(int n)
    {
        int* p = n > 0 ? &n : null;
        return *p;
    }

    public static int ScopedRefStruct(int n)
    {
        var builder = new SpanBuilder(stackalloc int[8]);
        for (int i = 0; i < (n & 15); i++)
            builder.TryAdd(i * 2);
        return builder.Count * 100 + builder.Sum();
    }

    private ref struct SpanBuilder
    {
        private readonly Span<int> _buffer;
        private int _count;

        public SpanBuilder(Span<int> buffer)
        {
            _buffer = buffer;
            _count = 0;
        }

        public readonly int Count => _count;

        public bool TryAdd(int v)
        {
            if (_count == _buffer.Length)
                return false;
            _buffer[_count++] = v;
            return true;
        }

        public readonly int Sum()
        {
            int s = 0;
            for (int i = 0; i < _count; i++)
                s += _buffer[i];
            return s;
        }
    }
}
