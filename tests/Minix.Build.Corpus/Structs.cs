using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Minix.Build.Corpus;

/// <summary>A 2-D integer vector.</summary>
public readonly struct Vector2
{
    public Vector2(int x, int y)
    {
        X = x;
        Y = y;
    }

    public int X { get; }

    public int Y { get; }

    public Vector2 Add(Vector2 other) => new(X + other.X, Y + other.Y);

    public long Dot(Vector2 other) => (long)X * other.X + (long)Y * other.Y;

    public static Vector2 operator *(Vector2 v, int k) => new(v.X * k, v.Y * k);
}

/// <summary>A mutable rectangle.</summary>
public struct Rect : IEquatable<Rect>
{
    public int Left, Top, Width, Height;

    public readonly int Area => Width * Height;

    public void Grow(int by)
    {
        Left -= by;
        Top -= by;
        Width += 2 * by;
        Height += 2 * by;
    }

    public readonly bool Contains(int x, int y) => x >= Left && x < Left + Width && y >= Top && y < Top + Height;

    public readonly bool Equals(Rect other) => Left == other.Left && Top == other.Top && Width == other.Width && Height == other.Height;

    public override readonly bool Equals(object obj) => obj is Rect r && Equals(r);

    public override readonly int GetHashCode() => Left ^ (Top << 8) ^ (Width << 16) ^ (Height << 24);
}

/// <summary>A union over one 64-bit word.</summary>
[StructLayout(LayoutKind.Explicit)]
public struct Word
{
    [FieldOffset(0)] public ulong Whole;
    [FieldOffset(0)] public uint Low;
    [FieldOffset(4)] public uint High;
    [FieldOffset(0)] public byte B0;
    [FieldOffset(7)] public byte B7;
}

/// <summary>A struct with a fixed-size buffer, as device registers are laid out.</summary>
public unsafe struct Registers
{
    public fixed byte Bytes[16];
    public int Status;
}

/// <summary>Eight ints inline.</summary>
[InlineArray(8)]
public struct EightInts
{
    private int _element0;
}

/// <summary>A large struct (over a page) to exercise stack probes and block copies.</summary>
[InlineArray(1200)]
public struct BigBlock
{
    private int _element0;
}

/// <summary>Nested value types.</summary>
public struct Line
{
    public Vector2 From;
    public Vector2 To;
}

/// <summary>Structs: value semantics, layout control, fixed buffers, inline arrays.</summary>
public static class Structs
{
    public static long VectorMath(int a, int b)
    {
        var v = new Vector2(a, b);
        var w = v.Add(new Vector2(b, a)) * 3;
        return w.Dot(v);
    }

    public static int CopySemantics(int n)
    {
        var r = new Rect { Left = n, Top = 1, Width = 10, Height = 20 };
        var copy = r;
        copy.Grow(2);
        return r.Area * 1000 + copy.Area;
    }

    public static bool ContainsPoint(int x, int y)
    {
        var r = new Rect { Left = -5, Top = -5, Width = 10, Height = 10 };
        return r.Contains(x, y);
    }

    public static int StructEquals(int a, int b)
    {
        var x = new Rect { Left = a, Width = 3 };
        var y = new Rect { Left = b, Width = 3 };
        return Generic.AreEqual(x, y) ? 1 : 0;
    }

    public static ulong UnionBytes(ulong v)
    {
        var w = new Word { Whole = v };
        w.B0 = 0xAA;
        return w.Whole ^ ((ulong)w.High << 3) ^ w.B7;
    }

    public static uint UnionHalves(uint low, uint high)
    {
        var w = new Word { Low = low, High = high };
        return (uint)(w.Whole >> 16);
    }

    public static unsafe int FixedBuffer(int n)
    {
        var regs = new Registers();
        for (int i = 0; i < 16; i++)
            regs.Bytes[i] = (byte)(n + i);
        regs.Status = n;
        int sum = regs.Status;
        for (int i = 0; i < 16; i++)
            sum += regs.Bytes[i];
        return sum;
    }

    public static int InlineArraySum(int n)
    {
        var values = new EightInts();
        for (int i = 0; i < 8; i++)
            values[i] = n * i;
        int sum = 0;
        foreach (int v in values)
            sum = unchecked(sum + v);
        return sum;
    }

    public static int InlineArrayIndex(int i)
    {
        var values = new EightInts();
        values[3] = 42;
        return values[i];
    }

    public static int InlineArraySpan(int n)
    {
        var values = new EightInts();
        Span<int> span = values;
        span.Fill(n);
        span[7] = -1;
        return values[0] + values[7];
    }

    public static long BigStructCopy(int n)
    {
        var block = new BigBlock();
        for (int i = 0; i < 1200; i += 37)
            block[i] = n + i;
        var copy = block;
        copy[0] = 1;
        long sum = 0;
        for (int i = 0; i < 1200; i++)
            sum += copy[i] + block[i];
        return sum;
    }

    public static int NestedStructs(int a, int b)
    {
        var line = new Line { From = new Vector2(a, b), To = new Vector2(b, a) };
        var other = line;
        other.To = new Vector2(0, 0);
        return line.To.X - line.From.Y + other.To.X;
    }

    public static long StructArray(int n)
    {
        var rects = new Rect[(n & 15) + 1];
        for (int i = 0; i < rects.Length; i++)
        {
            rects[i].Width = i + 1;
            rects[i].Height = i + 2;
            rects[i].Grow(1);
        }

        long sum = 0;
        foreach (var r in rects)
            sum += r.Area;
        return sum;
    }

    public static int RefToStructField(int n)
    {
        var r = new Rect();
        ref int width = ref r.Width;
        width = n;
        width *= 2;
        return r.Width;
    }

    public static int SizeOfStructs(int n) => Unsafe.SizeOf<Rect>() + Unsafe.SizeOf<Word>() * 10 + Unsafe.SizeOf<Line>() * 100 + n;

    public static int DefaultStruct(int n)
    {
        Rect r = default;
        return r.Area + r.Left + n;
    }

    public static int WithInitializer(int n)
    {
        var r = new Rect { Width = n, Height = n };
        var r2 = r with { Height = 1 };
        return r.Area - r2.Area;
    }

    public static int TupleSwap(int a, int b)
    {
        (a, b) = (b, a);
        return a * 3 - b;
    }

    public static long TupleReturn(int n)
    {
        var (q, r) = DivMod(n, 7);
        return (long)q * 100 + r;
    }

    private static (int Quotient, int Remainder) DivMod(int a, int b) => (a / b, a % b);
}
