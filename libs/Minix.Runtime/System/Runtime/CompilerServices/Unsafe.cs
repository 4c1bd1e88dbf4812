namespace System.Runtime.CompilerServices;

/// <summary>
/// Operations below the type system. The compiler supplies every body: these are the same intrinsics as .NET's
/// <c>Unsafe</c>, so code using them runs identically on the host and in the image.
/// </summary>
public static unsafe class Unsafe
{
    /// <summary>Reinterprets an object reference as <typeparamref name="T"/> without a type check.</summary>
    /// <typeparam name="T">The class to view the object as.</typeparam>
    /// <param name="o">The object.</param>
    /// <returns>The same reference.</returns>
    [Intrinsic]
    public static extern T As<T>(object o) where T : class;

    /// <summary>Reinterprets a reference to <typeparamref name="TFrom"/> as one to <typeparamref name="TTo"/>.</summary>
    /// <typeparam name="TFrom">The source type.</typeparam>
    /// <typeparam name="TTo">The target type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <returns>The same location, retyped.</returns>
    [Intrinsic]
    public static extern ref TTo As<TFrom, TTo>(ref TFrom source);

    /// <summary>Offsets a reference by whole elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <param name="elementOffset">The element count.</param>
    /// <returns>The offset reference.</returns>
    [Intrinsic]
    public static extern ref T Add<T>(ref T source, int elementOffset);

    /// <summary>Offsets a reference by whole elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <param name="elementOffset">The element count.</param>
    /// <returns>The offset reference.</returns>
    [Intrinsic]
    public static extern ref T Add<T>(ref T source, nint elementOffset);

    /// <summary>Offsets a reference by whole elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <param name="elementOffset">The element count.</param>
    /// <returns>The offset reference.</returns>
    [Intrinsic]
    public static extern ref T Add<T>(ref T source, nuint elementOffset);

    /// <summary>Offsets a pointer by whole elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The pointer.</param>
    /// <param name="elementOffset">The element count.</param>
    /// <returns>The offset pointer.</returns>
    [Intrinsic]
    public static extern void* Add<T>(void* source, int elementOffset);

    /// <summary>Offsets a reference by bytes.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <param name="byteOffset">The byte count.</param>
    /// <returns>The offset reference.</returns>
    [Intrinsic]
    public static extern ref T AddByteOffset<T>(ref T source, nint byteOffset);

    /// <summary>Offsets a reference back by whole elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <param name="elementOffset">The element count.</param>
    /// <returns>The offset reference.</returns>
    [Intrinsic]
    public static extern ref T Subtract<T>(ref T source, int elementOffset);

    /// <summary>Offsets a reference back by whole elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <param name="elementOffset">The element count.</param>
    /// <returns>The offset reference.</returns>
    [Intrinsic]
    public static extern ref T Subtract<T>(ref T source, nint elementOffset);

    /// <summary>The address of a reference.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The reference.</param>
    /// <returns>The address.</returns>
    [Intrinsic]
    public static extern void* AsPointer<T>(ref T value);

    /// <summary>A reference to the value at an address.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The address.</param>
    /// <returns>The reference.</returns>
    [Intrinsic]
    public static extern ref T AsRef<T>(void* source);

    /// <summary>Drops the readonly-ness of a reference.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <returns>A mutable reference to the same location.</returns>
    [Intrinsic]
    public static extern ref T AsRef<T>(scoped ref readonly T source);

    /// <summary>The size of <typeparamref name="T"/> in bytes.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The size.</returns>
    [Intrinsic]
    public static extern int SizeOf<T>();

    /// <summary>Whether two references point to the same location.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="left">One reference.</param>
    /// <param name="right">The other reference.</param>
    /// <returns>True if the same location.</returns>
    [Intrinsic]
    public static extern bool AreSame<T>(ref readonly T left, ref readonly T right);

    /// <summary>The byte distance from <paramref name="origin"/> to <paramref name="target"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="origin">The start.</param>
    /// <param name="target">The end.</param>
    /// <returns>The distance in bytes.</returns>
    [Intrinsic]
    public static extern nint ByteOffset<T>(ref readonly T origin, ref readonly T target);

    /// <summary>Whether <paramref name="left"/> lies below <paramref name="right"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="left">One reference.</param>
    /// <param name="right">The other reference.</param>
    /// <returns>True if lower.</returns>
    [Intrinsic]
    public static extern bool IsAddressLessThan<T>(ref readonly T left, ref readonly T right);

    /// <summary>Reads a value from a possibly unaligned address.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="source">The address.</param>
    /// <returns>The value.</returns>
    [Intrinsic]
    public static extern T ReadUnaligned<T>(void* source);

    /// <summary>Reads a value from a possibly unaligned location.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="source">The location.</param>
    /// <returns>The value.</returns>
    [Intrinsic]
    public static extern T ReadUnaligned<T>(scoped ref readonly byte source);

    /// <summary>Writes a value to a possibly unaligned address.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="destination">The address.</param>
    /// <param name="value">The value.</param>
    [Intrinsic]
    public static extern void WriteUnaligned<T>(void* destination, T value);

    /// <summary>Writes a value to a possibly unaligned location.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="destination">The location.</param>
    /// <param name="value">The value.</param>
    [Intrinsic]
    public static extern void WriteUnaligned<T>(ref byte destination, T value);

    /// <summary>Reads a value from an address.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="source">The address.</param>
    /// <returns>The value.</returns>
    [Intrinsic]
    public static extern T Read<T>(void* source);

    /// <summary>Writes a value to an address.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="destination">The address.</param>
    /// <param name="value">The value.</param>
    [Intrinsic]
    public static extern void Write<T>(void* destination, T value);

    /// <summary>A null reference.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>A reference to address zero.</returns>
    [Intrinsic]
    public static extern ref T NullRef<T>();

    /// <summary>Whether a reference is null.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The reference.</param>
    /// <returns>True for a null reference.</returns>
    [Intrinsic]
    public static extern bool IsNullRef<T>(ref readonly T source);

    /// <summary>Leaves an <c>out</c> value uninitialized.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    [Intrinsic]
    public static extern void SkipInit<T>(out T value);

    /// <summary>Reinterprets the bits of a value as another type of the same size.</summary>
    /// <typeparam name="TFrom">The source type.</typeparam>
    /// <typeparam name="TTo">The target type.</typeparam>
    /// <param name="source">The value.</param>
    /// <returns>The same bits as <typeparamref name="TTo"/>.</returns>
    [Intrinsic]
    public static extern TTo BitCast<TFrom, TTo>(TFrom source)
        where TFrom : struct
        where TTo : struct;

    /// <summary>Copies bytes between addresses.</summary>
    /// <param name="destination">Where to copy to.</param>
    /// <param name="source">Where to copy from.</param>
    /// <param name="byteCount">How many bytes.</param>
    [Intrinsic]
    public static extern void CopyBlock(void* destination, void* source, uint byteCount);

    /// <summary>Fills bytes at an address.</summary>
    /// <param name="startAddress">Where to start.</param>
    /// <param name="value">The byte.</param>
    /// <param name="byteCount">How many bytes.</param>
    [Intrinsic]
    public static extern void InitBlock(void* startAddress, byte value, uint byteCount);
}
