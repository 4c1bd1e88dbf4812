namespace Minix.Build.Pipeline;

/// <summary>A static method <c>minix run</c> can call: its C# name and integer signature.</summary>
/// <param name="TypeName">The declaring type as C# names it (Namespace.Outer.Inner).</param>
/// <param name="Name">The method name.</param>
/// <param name="Parameters">Parameter types.</param>
/// <param name="ReturnType">Return type.</param>
public sealed record RunnableMethod(string TypeName, string Name, IReadOnlyList<IntegerType> Parameters, IntegerType ReturnType)
{
    /// <summary>The C# keyword of an integer type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The keyword.</returns>
    public static string Keyword(IntegerType type) => type switch
    {
        IntegerType.Void => "void",
        IntegerType.Boolean => "bool",
        IntegerType.Char => "char",
        IntegerType.SByte => "sbyte",
        IntegerType.Byte => "byte",
        IntegerType.Int16 => "short",
        IntegerType.UInt16 => "ushort",
        IntegerType.Int32 => "int",
        IntegerType.UInt32 => "uint",
        IntegerType.Int64 => "long",
        IntegerType.UInt64 => "ulong",
        IntegerType.IntPtr => "nint",
        _ => "nuint",
    };

    /// <summary>The full name, Namespace.Type.Method.</summary>
    public string FullName => $"{TypeName}.{Name}";
}
