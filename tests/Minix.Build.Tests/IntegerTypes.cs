using System.Reflection;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>Maps .NET types to the integer types <c>minix run</c> passes, and supplies edge values for each.</summary>
internal static class IntegerTypes
{
    private static readonly Dictionary<Type, IntegerType> Map = new()
    {
        [typeof(void)] = IntegerType.Void,
        [typeof(bool)] = IntegerType.Boolean,
        [typeof(char)] = IntegerType.Char,
        [typeof(sbyte)] = IntegerType.SByte,
        [typeof(byte)] = IntegerType.Byte,
        [typeof(short)] = IntegerType.Int16,
        [typeof(ushort)] = IntegerType.UInt16,
        [typeof(int)] = IntegerType.Int32,
        [typeof(uint)] = IntegerType.UInt32,
        [typeof(long)] = IntegerType.Int64,
        [typeof(ulong)] = IntegerType.UInt64,
        [typeof(nint)] = IntegerType.IntPtr,
        [typeof(nuint)] = IntegerType.UIntPtr,
    };

    public static IntegerType Of(Type type) => Map[type];

    public static bool IsSupported(MethodInfo method) =>
        Map.ContainsKey(method.ReturnType) && method.GetParameters().All(p => Map.ContainsKey(p.ParameterType) && p.ParameterType != typeof(void));

    /// <summary>Edge values of a type, as the decimal text the host parses and the .NET value.</summary>
    public static IReadOnlyList<object> Edges(Type type)
    {
        if (type == typeof(bool))
            return new object[] { false, true };
        if (type == typeof(char))
            return new object[] { '\0', 'a', 'Z', '7', (char)0x7F, (char)0xFFFF };
        if (type == typeof(sbyte))
            return new object[] { (sbyte)0, (sbyte)1, (sbyte)-1, sbyte.MinValue, sbyte.MaxValue, (sbyte)3 };
        if (type == typeof(byte))
            return new object[] { (byte)0, (byte)1, (byte)127, (byte)128, byte.MaxValue, (byte)3 };
        if (type == typeof(short))
            return new object[] { (short)0, (short)1, (short)-1, short.MinValue, short.MaxValue, (short)300 };
        if (type == typeof(ushort))
            return new object[] { (ushort)0, (ushort)1, (ushort)0x8000, ushort.MaxValue, (ushort)300 };
        if (type == typeof(int))
            return new object[] { 0, 1, -1, 2, 7, 100, -1000, 4095, int.MaxValue, int.MinValue };
        if (type == typeof(uint))
            return new object[] { 0u, 1u, 7u, 0x80000000u, uint.MaxValue, 100u, 4096u };
        if (type == typeof(long))
            return new object[] { 0L, 1L, -1L, 7L, long.MaxValue, long.MinValue, 1L << 40, -123456789L };
        if (type == typeof(ulong))
            return new object[] { 0UL, 1UL, 7UL, ulong.MaxValue, 1UL << 63, 1UL << 40 };
        if (type == typeof(nint))
            return new object[] { (nint)0, (nint)1, (nint)(-1), nint.MaxValue, nint.MinValue };
        return new object[] { (nuint)0, (nuint)1, nuint.MaxValue };
    }

    public static string Text(object value) => value switch
    {
        bool b => b ? "1" : "0",
        char c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("not an integer: " + value),
    };

    /// <summary>The decimal line the image host prints for a return value.</summary>
    public static string Result(object? value) => value switch
    {
        null => "void",
        bool b => b ? "1" : "0",
        char c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("not an integer: " + value),
    };
}
