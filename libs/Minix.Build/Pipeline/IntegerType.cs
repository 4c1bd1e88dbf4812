namespace Minix.Build.Pipeline;

/// <summary>The parameter and return types <c>minix run</c> can pass and print (integers, bool, char).</summary>
public enum IntegerType
{
    /// <summary>No value (void return).</summary>
    Void,
    /// <summary>bool (true/false or 0/1 in, 1/0 out).</summary>
    Boolean,
    /// <summary>char.</summary>
    Char,
    /// <summary>sbyte.</summary>
    SByte,
    /// <summary>byte.</summary>
    Byte,
    /// <summary>short.</summary>
    Int16,
    /// <summary>ushort.</summary>
    UInt16,
    /// <summary>int.</summary>
    Int32,
    /// <summary>uint.</summary>
    UInt32,
    /// <summary>long.</summary>
    Int64,
    /// <summary>ulong.</summary>
    UInt64,
    /// <summary>nint.</summary>
    IntPtr,
    /// <summary>nuint.</summary>
    UIntPtr,
}
