using System;
using System.Collections.Generic;

namespace Minix.Build.Corpus;

/// <summary>Interface calls (plain, generic, variant, default methods, explicit implementations) and
/// multi-dimensional arrays, reached through call sites the compiler cannot resolve.</summary>
public static class Dispatch
{
    private interface IShape
    {
        int Area();

        int Corners => 4;
    }

    private interface IScaled<T>
    {
        T Scale(T value);
    }

    private interface IProducer<out T>
    {
        T Produce();
    }

    private class Square : IShape, IScaled<int>, IScaled<long>
    {
        public int Side;

        public virtual int Area() => Side * Side;

        public int Scale(int value) => value * Side;

        long IScaled<long>.Scale(long value) => value * Side * 1000;
    }

    private sealed class Cube : Square
    {
        public override int Area() => 6 * Side * Side;
    }

    private sealed class Triangle : IShape
    {
        public int Base;
        public int Height;

        public int Area() => Base * Height / 2;

        public int Corners => 3;
    }

    private sealed class Circle : IShape
    {
        public int Radius;

        public int Area() => 3 * Radius * Radius;

        int IShape.Corners => 0;
    }

    private sealed class Words : IProducer<string>
    {
        public string Produce() => "words";
    }

    private static IShape Make(int i, int n) => (i % 4) switch
    {
        0 => new Square { Side = n & 15 },
        1 => new Cube { Side = n & 7 },
        2 => new Triangle { Base = i, Height = n & 31 },
        _ => new Circle { Radius = i & 3 },
    };

    public static int InterfaceArea(int n)
    {
        int total = 0;
        for (int i = 0; i < 12; i++)
            total = total * 7 + Make(i, n).Area();
        return total;
    }

    public static int DefaultInterfaceMethod(int n)
    {
        int total = 0;
        for (int i = 0; i < 8; i++)
            total = total * 5 + Make(i + (n & 3), n).Corners;
        return total;
    }

    public static int GenericInterfaceTwoInstantiations(int n)
    {
        var square = (n & 1) == 0 ? new Square { Side = 3 } : new Cube { Side = 2 };
        IScaled<int> a = square;
        IScaled<long> b = square;
        return a.Scale(n & 255) + (int)(b.Scale(7) % 100000);
    }

    public static int VariantInterface(int n)
    {
        IProducer<object> producer = new Words();
        object made = producer.Produce();
        return made is string s ? s.Length + (n & 1) : -1;
    }

    public static int InterfaceCheckAndCast(int n)
    {
        object o = Make(n & 3, n);
        int r = o is IScaled<int> scaled ? scaled.Scale(2) : -1;
        return r * 10 + (o is IShape ? 1 : 0);
    }

    public static int ComparableThroughInterface(int n)
    {
        IComparable<int> c = n;
        IEquatable<string> e = "abc";
        return c.CompareTo(5) * 10 + (e.Equals("abc") ? 1 : 0);
    }

    public static int EnumerableOfArray(int n)
    {
        IEnumerable<int> values = new[] { 1, 2, 3, n & 7 };
        int total = 0;
        foreach (int v in values)
            total = total * 10 + v;
        return total;
    }

    public static int ListInterfaceOfArray(int n)
    {
        IList<string> words = new[] { "a", "bb", "ccc" };
        IReadOnlyList<object> objects = new[] { "x", "yy" };
        return words.Count * 100 + words[n & 1].Length * 10 + ((string)objects[(n >> 1) & 1]).Length;
    }

    public static int DisposableThroughInterface(int n)
    {
        var list = new List<int> { 1, 2, 3 };
        IEnumerator<int> e = list.GetEnumerator();
        int sum = 0;
        while (e.MoveNext())
            sum += e.Current;
        e.Dispose();
        return sum + (n & 1);
    }

    private interface IVisitor
    {
        int Visit(Leaf leaf);

        int Visit(Pair pair);
    }

    private abstract class Node
    {
        public abstract int Accept(IVisitor visitor);
    }

    private sealed class Leaf : Node
    {
        public int Value;

        public override int Accept(IVisitor visitor) => visitor.Visit(this);
    }

    private sealed class Pair : Node
    {
        public Node Left;
        public Node Right;

        public override int Accept(IVisitor visitor) => visitor.Visit(this);
    }

    private sealed class SumVisitor : IVisitor
    {
        public int Visit(Leaf leaf) => leaf.Value;

        public int Visit(Pair pair) => pair.Left.Accept(this) + pair.Right.Accept(this);
    }

    private sealed class DepthVisitor : IVisitor
    {
        public int Visit(Leaf leaf) => 1;

        public int Visit(Pair pair) => 1 + Math.Max(pair.Left.Accept(this), pair.Right.Accept(this));
    }

    private static Node Tree(int depth, int seed) => depth == 0
        ? new Leaf { Value = seed }
        : new Pair { Left = Tree(depth - 1, seed * 2), Right = Tree(depth - 1, seed * 2 + 1) };

    public static int VisitorPattern(int n)
    {
        Node tree = Tree(n & 7, 1);
        IVisitor visitor = (n & 8) == 0 ? new SumVisitor() : new DepthVisitor();
        return tree.Accept(visitor);
    }

    public static int MultiDimensionalSum(int n)
    {
        int rows = (n & 7) + 1, columns = ((n >> 3) & 7) + 1;
        var grid = new int[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
                grid[r, c] = r * 10 + c;
        }

        int total = 0;
        foreach (int v in grid)
            total += v;
        return total * 1000 + grid.GetLength(0) * 10 + grid.GetLength(1) + grid.Rank * 100000;
    }

    public static int MultiDimensionalStrings(int n)
    {
        var grid = new string[3, 3];
        grid[n & 1, 2] = "x";
        grid[2, 2] = "yy";
        int total = 0;
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
                total = total * 3 + (grid[r, c]?.Length ?? 0);
        }

        return total;
    }

    public static int ThreeDimensions(int n)
    {
        var cube = new long[2, 3, 4];
        cube[1, 2, 3] = n;
        cube[0, 1, 2] = 7;
        return (int)(cube[1, 2, 3] + cube[0, 1, 2] * 100) + cube.Length * 10000;
    }

    public static int MultiDimensionalBoundsCaught(int n)
    {
        var grid = new int[2, 2];
        try
        {
            return grid[n & 3, 0];
        }
        catch (IndexOutOfRangeException)
        {
            return -1;
        }
    }

    public static int JaggedArrays(int n)
    {
        int[][] rows = new int[(n & 3) + 1][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new int[i + 1];
            rows[i][i] = i * 3;
        }

        int total = 0;
        foreach (int[] row in rows)
            total += row[^1] + row.Length;
        return total;
    }
}
