using System;

namespace Minix.Build.Corpus;

/// <summary>Permission bits.</summary>
[Flags]
public enum Access : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
    All = Read | Write | Execute,
}

/// <summary>Enums, nullables, chars, booleans and floating point turned into integers.</summary>
public static class Values
{
    public static int FlagsCombine(int a, int b) => (int)((Access)(a & 7) | (Access)(b & 7));

    public static bool FlagsHas(int a) => ((Access)(a & 7) & Access.Write) != 0;

    public static int FlagsRemove(int a) => (int)((Access)(a & 7) & ~Access.Execute);

    public static int EnumCast(int n) => (int)(Color)n;

    public static int NullableSum(int a, int b)
    {
        int? x = a > 0 ? a : null;
        int? y = b > 0 ? b : null;
        int? sum = x + y;
        return sum ?? -1;
    }

    public static int NullableCoalesce(int a)
    {
        long? x = a % 3 == 0 ? null : a;
        return (int)(x.GetValueOrDefault(7) + (x.HasValue ? 1 : 0));
    }

    public static int NullableCompare(int a, int b)
    {
        int? x = a == 0 ? null : a;
        int? y = b == 0 ? null : b;
        return (x == y ? 1 : 0) + (x < y ? 2 : 0);
    }

    public static int CharArithmetic(char c) => char.MaxValue - c + (c >= 'a' && c <= 'z' ? c - 32 : c);

    public static bool BoolLogic(bool a, bool b) => a ^ b | (a & !b);

    public static int BoolToInt(bool a) => a ? 1 : 0;

    public static int DoubleToInt(int a, int b) => (int)((double)a / (b == 0 ? 1 : b) * 1000.0);

    public static long DoubleRounding(int a) => (long)(a * 0.1 + 0.5);

    public static int FloatMath(int a)
    {
        float f = a;
        f = f * 1.5f - 2.25f;
        return (int)f;
    }

    public static long DoubleSaturating(long a) => (long)((double)a * 4.0);

    public static int DoubleCompare(int a, int b)
    {
        double x = a / 3.0, y = b / 3.0;
        return x < y ? -1 : x > y ? 1 : 0;
    }

    public static uint DoubleToUInt(int a) => (uint)(double)a;

    public static long DoubleBits(int a)
    {
        double d = a * 0.5;
        unsafe
        {
            return *(long*)&d;
        }
    }

    public static int Boxing(int a)
    {
        object o = a;
        return (int)o * 2;
    }

    public static long BoxingStruct(int a, int b)
    {
        object o = new Vector2(a, b);
        var v = (Vector2)o;
        return v.Dot(v);
    }

    public static int UnboxWrongType(int a)
    {
        object o = a;
        return (short)o;
    }

    public static int BoxedEnum(int a)
    {
        object o = (Color)(a & 3);
        return (int)(Color)o;
    }
}
