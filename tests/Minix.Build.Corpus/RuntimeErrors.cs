using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Minix.Build.Corpus;

/// <summary>Runtime errors a program can catch: null, bounds, divide by zero, casts, overflow, collection misuse.</summary>
public static class RuntimeErrors
{
    private sealed class Box
    {
        public int Value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Box MaybeNull(int n) => n > 0 ? new Box { Value = n } : null;

    public static int NullDereferenceCaught(int n)
    {
        try
        {
            return MaybeNull(n).Value;
        }
        catch (NullReferenceException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int DivideByZeroCaught(int a, int b)
    {
        try
        {
            return a / b;
        }
        catch (DivideByZeroException)
        {
            return -7;
        }
        catch (OverflowException)
        {
            return -8;
        }
    }

    public static int RemainderByZeroCaught(long a, long b)
    {
        try
        {
            return (int)(a % b);
        }
        catch (ArithmeticException e)
        {
            return e is DivideByZeroException ? -1 : -2;
        }
    }

    public static int BoundsCaught(int n)
    {
        int[] values = new int[8];
        try
        {
            return values[n];
        }
        catch (IndexOutOfRangeException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int CheckedOverflowCaught(int a, int b)
    {
        try
        {
            return checked(a * b + 1);
        }
        catch (OverflowException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int CheckedConversionCaught(long n)
    {
        try
        {
            return checked((int)n);
        }
        catch (OverflowException)
        {
            return -3;
        }
    }

    public static int InvalidCastCaught(int n)
    {
        object o = (n & 1) == 0 ? "text" : new Box();
        try
        {
            return ((string)o).Length;
        }
        catch (InvalidCastException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int UnboxWrongTypeCaught(int n)
    {
        object o = (n & 1) == 0 ? n : (object)(long)n;
        try
        {
            return (int)o;
        }
        catch (InvalidCastException)
        {
            return -4;
        }
    }

    public static int CovariantStoreCaught(int n)
    {
        object[] objects = new string[2];
        try
        {
            objects[n & 1] = (n & 2) == 0 ? "ok" : new Box();
            return 1;
        }
        catch (ArrayTypeMismatchException)
        {
            return -5;
        }
    }

    public static int NegativeArraySizeCaught(int n)
    {
        try
        {
            return new int[n].Length;
        }
        catch (OverflowException)
        {
            return -6;
        }
    }

    public static int KeyNotFoundCaught(int n)
    {
        var map = new Dictionary<int, int> { [1] = 10, [2] = 20 };
        try
        {
            return map[n];
        }
        catch (KeyNotFoundException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int DuplicateKeyCaught(int n)
    {
        var map = new Dictionary<string, int>();
        try
        {
            map.Add("a", 1);
            map.Add((n & 1) == 0 ? "a" : "b", 2);
            return map.Count;
        }
        catch (ArgumentException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int ListIndexCaught(int n)
    {
        var list = new List<int> { 1, 2, 3 };
        try
        {
            return list[n];
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int EmptyStackCaught(int n)
    {
        var stack = new Stack<int>();
        for (int i = 0; i < (n & 3); i++)
            stack.Push(i);
        try
        {
            int sum = 0;
            for (int i = 0; i < 3; i++)
                sum += stack.Pop();
            return sum;
        }
        catch (InvalidOperationException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int EmptyQueueCaught(int n)
    {
        var queue = new Queue<string>();
        if ((n & 1) == 1)
            queue.Enqueue("x");
        try
        {
            return queue.Dequeue().Length;
        }
        catch (InvalidOperationException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int ModifiedDuringEnumerationCaught(int n)
    {
        var list = new List<int> { 1, 2, 3, 4 };
        try
        {
            foreach (int x in list)
            {
                if (x == (n & 3) + 1)
                    list.Add(x);
            }

            return list.Count;
        }
        catch (InvalidOperationException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int ParseFormatCaught(int n)
    {
        string text = (n & 3) switch { 0 => "12", 1 => "x12", 2 => "", _ => " 7 " };
        try
        {
            return int.Parse(text);
        }
        catch (FormatException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int ParseOverflowCaught(int n)
    {
        string text = (n & 1) == 0 ? "2147483648" : "-2147483648";
        try
        {
            return int.Parse(text);
        }
        catch (OverflowException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int SubstringRangeCaught(int n)
    {
        try
        {
            return "hello".Substring(n & 7).Length;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int NullArgumentCaught(int n)
    {
        string s = (n & 1) == 0 ? null : "a,b";
        try
        {
            return string.Join(",", s.Split(',')).Length;
        }
        catch (NullReferenceException)
        {
            return -9;
        }
    }

    public static int NullableWithoutValueCaught(int n)
    {
        int? v = (n & 1) == 0 ? null : n;
        try
        {
            return v.Value;
        }
        catch (InvalidOperationException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int SequenceEmptyCaught(int n)
    {
        var list = new List<int>();
        for (int i = 0; i < (n & 1); i++)
            list.Add(i + 5);
        try
        {
            return System.Linq.Enumerable.First(list);
        }
        catch (InvalidOperationException e)
        {
            return Text.Hash(e.Message);
        }
    }
}
