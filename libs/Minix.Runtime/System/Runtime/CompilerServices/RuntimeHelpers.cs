using Minix.Runtime;

namespace System.Runtime.CompilerServices;

/// <summary>Helpers the C# compiler emits calls to.</summary>
public static class RuntimeHelpers
{
    /// <summary>A copy of the elements <paramref name="range"/> selects (<c>array[1..^1]</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="range">The range.</param>
    /// <returns>A new array.</returns>
    public static T[] GetSubArray<T>(T[] array, Range range)
    {
        ArgumentNullException.ThrowIfNull(array, nameof(array));
        (int offset, int length) = range.GetOffsetAndLength(array.Length);
        if (length == 0)
            return Array.Empty<T>();
        var result = new T[length];
        Array.Copy(array, offset, result, 0, length);
        return result;
    }

    /// <summary>Byte offset of a string's first character from the object reference.</summary>
    public static int OffsetToStringData => 12;

    /// <summary>
    /// Fills an array from constant data (<c>new int[] { 1, 2, 3 }</c>). The compiler expands this; reaching the
    /// body means it could not, and the data is not available at run time, so it is a fault, never a silent zero.
    /// </summary>
    /// <param name="array">The array.</param>
    /// <param name="fldHandle">The field holding the data.</param>
    [Intrinsic]
    public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle) =>
        Fault.Raise(FaultKind.FeatureMissing, "array initializer the compiler did not expand");

    /// <summary>
    /// A span over constant data (<c>ReadOnlySpan&lt;int&gt; s = [1, 2, 3]</c>). The compiler expands this; reaching the
    /// body is a fault.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="fldHandle">The field holding the data.</param>
    /// <returns>Never returns normally.</returns>
    [Intrinsic]
    public static ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle)
    {
        Fault.Raise(FaultKind.FeatureMissing, "constant span the compiler did not expand");
        return default;
    }

    /// <summary>Whether <typeparamref name="T"/> is a reference type or a struct holding references.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The compiler's constant answer.</returns>
    [Intrinsic]
    public static bool IsReferenceOrContainsReferences<T>() => true;

    /// <summary>Whether <paramref name="value"/> is a compile-time constant at this call site.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The compiler's answer (false when it cannot tell).</returns>
    [Intrinsic]
    public static bool IsKnownConstant(int value) => false;

    /// <summary>Identity hash of an object (no object headers: derived from its address, which never moves).</summary>
    /// <param name="o">The object.</param>
    /// <returns>The hash.</returns>
    public static unsafe int GetHashCode(object o)
    {
        nint address = *(nint*)Unsafe.AsPointer(ref o);
        return (int)address ^ (int)(address >> 32);
    }
}
