using System;

namespace Minix.Build.Corpus;

/// <summary>
/// Generic virtual methods: class methods overridden (and hidden with new) along a chain, interface methods
/// implemented implicitly, explicitly and by a base class, overloads, value-type instantiations (exact code) and
/// reference-type ones whose shared code needs no generic dictionary.
/// </summary>
public static class GenericVirtuals
{
    private abstract class Shape
    {
        public virtual int Measure<T>(T value) where T : struct => 1;

        public virtual int Measure<T>(T value, int scale) => 2 * scale;

        public abstract T Choose<T>(T first, T second);

        public virtual string Name<T>(T value) => "shape:" + value;
    }

    private class Circle : Shape
    {
        public override int Measure<T>(T value) => 10;

        public override T Choose<T>(T first, T second) => first;
    }

    private sealed class Ring : Circle
    {
        public override int Measure<T>(T value, int scale) => 30 * scale;

        public override T Choose<T>(T first, T second) => second;

        public override string Name<T>(T value) => "ring:" + value;
    }

    private class Square : Shape
    {
        public override T Choose<T>(T first, T second) => second;

        public new virtual int Measure<T>(T value) where T : struct => 100;
    }

    private sealed class Cube : Square
    {
        public override int Measure<T>(T value) => 1000;
    }

    private interface IConverter
    {
        int Width<T>(T[] items);

        T Keep<T>(T value);
    }

    private class Plain : IConverter
    {
        public int Width<T>(T[] items) => items.Length;

        public T Keep<T>(T value) => value;
    }

    private sealed class Doubled : Plain
    {
    }

    private sealed class Explicit : IConverter
    {
        int IConverter.Width<T>(T[] items) => -items.Length;

        T IConverter.Keep<T>(T value) => value;

        public int Width<T>(T[] items) => 99;
    }

    private static Shape MakeShape(int n) => (n & 7) switch
    {
        0 => new Circle(),
        1 => new Ring(),
        2 => new Square(),
        3 => new Cube(),
        _ => (n & 1) == 0 ? new Circle() : new Ring(),
    };

    private static IConverter MakeConverter(int n) => (n & 3) switch
    {
        0 => new Plain(),
        1 => new Doubled(),
        _ => new Explicit(),
    };

    public static int OverriddenAlongAChain(int n)
    {
        int h = 0;
        for (int i = 0; i < 8; i++)
            h = h * 7 + MakeShape(n + i).Measure(i) + MakeShape(n + i).Measure(2.5) * 3;
        return h;
    }

    public static int OverloadsResolveSeparately(int n)
    {
        int h = 0;
        for (int i = 0; i < 8; i++)
        {
            Shape s = MakeShape(n + i);
            h = h * 5 + s.Measure(i, 2) + s.Measure((long)i) + s.Measure("text", 3);
        }

        return h;
    }

    public static int NewSlotHides(int n)
    {
        Square square = (n & 1) == 0 ? new Square() : new Cube();
        Shape shape = square;
        return square.Measure(n) * 10000 + shape.Measure(n);
    }

    public static int ChooseValueTypes(int n)
    {
        int h = 0;
        for (int i = 0; i < 8; i++)
        {
            Shape s = MakeShape(n + i);
            h = h * 3 + s.Choose(i, -i) + (int)s.Choose(1L, 2L) + (s.Choose(true, false) ? 1 : 0);
        }

        return h;
    }

    public static int ChooseReferenceTypes(int n)
    {
        int h = 0;
        for (int i = 0; i < 8; i++)
        {
            Shape s = MakeShape(n + i);
            h = h * 31 + s.Choose("left", "right!").Length + (s.Choose<object>(null, "x") is null ? 7 : 3);
        }

        return h;
    }

    public static int NamesThroughBase(int n)
    {
        int h = 0;
        for (int i = 0; i < 8; i++)
            h = h * 31 + Text.Hash(MakeShape(n + i).Name(i)) + Text.Hash(MakeShape(n + i).Name("s" + i));
        return h;
    }

    public static int InterfaceImplicitExplicitAndInherited(int n)
    {
        int h = 0;
        for (int i = 0; i < 6; i++)
        {
            IConverter c = MakeConverter(n + i);
            h = h * 17 + c.Width(new int[i + 1]) + c.Width(new string[i + 2]) * 10 + c.Keep(i) * 100 + c.Keep("abc").Length;
        }

        return h;
    }

    public static int ExplicitStaysHiddenFromTheClass(int n)
    {
        var e = new Explicit();
        IConverter c = e;
        return e.Width(new int[n & 7]) * 1000 + c.Width(new int[n & 7]);
    }
}
