using System.Runtime.CompilerServices;
using Internal.Runtime.CompilerHelpers;

namespace System.Runtime.InteropServices;

/// <summary>Low-level views of spans and arrays.</summary>
public static unsafe class MemoryMarshal
{
    /// <summary>A reference to an array's first element (valid even for an empty array).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <returns>The reference.</returns>
    [Intrinsic]
    public static ref T GetArrayDataReference<T>(T[] array) =>
        ref Unsafe.As<byte, T>(ref Unsafe.As<RawArrayData>(array).Data);

    /// <summary>A span over <paramref name="length"/> elements starting at <paramref name="reference"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reference">The first element.</param>
    /// <param name="length">The element count.</param>
    /// <returns>The span.</returns>
    public static Span<T> CreateSpan<T>(ref T reference, int length) => new Span<T>(ref reference, length, 0);

    /// <summary>A read-only span over <paramref name="length"/> elements starting at <paramref name="reference"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reference">The first element.</param>
    /// <param name="length">The element count.</param>
    /// <returns>The span.</returns>
    public static ReadOnlySpan<T> CreateReadOnlySpan<T>(ref readonly T reference, int length) =>
        new ReadOnlySpan<T>(ref Unsafe.AsRef(in reference), length, 0);

    /// <summary>A reference to a span's first element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <returns>The reference.</returns>
    public static ref T GetReference<T>(Span<T> span) => ref span._reference;

    /// <summary>A reference to a read-only span's first element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <returns>The reference.</returns>
    public static ref T GetReference<T>(ReadOnlySpan<T> span) => ref span._reference;

    /// <summary>The bytes of a span of unmanaged values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <returns>The byte view.</returns>
    public static Span<byte> AsBytes<T>(Span<T> span)
        where T : unmanaged =>
        new Span<byte>(ref Unsafe.As<T, byte>(ref span._reference), checked(span.Length * sizeof(T)), 0);

    /// <summary>The bytes of a read-only span of unmanaged values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <returns>The byte view.</returns>
    public static ReadOnlySpan<byte> AsBytes<T>(ReadOnlySpan<T> span)
        where T : unmanaged =>
        new ReadOnlySpan<byte>(ref Unsafe.As<T, byte>(ref span._reference), checked(span.Length * sizeof(T)), 0);

    /// <summary>Reinterprets a span of one unmanaged type as another.</summary>
    /// <typeparam name="TFrom">The source element type.</typeparam>
    /// <typeparam name="TTo">The target element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <returns>The view (whole elements only).</returns>
    public static Span<TTo> Cast<TFrom, TTo>(Span<TFrom> span)
        where TFrom : unmanaged
        where TTo : unmanaged =>
        new Span<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), (int)((long)span.Length * sizeof(TFrom) / sizeof(TTo)), 0);

    /// <summary>Reinterprets a read-only span of one unmanaged type as another.</summary>
    /// <typeparam name="TFrom">The source element type.</typeparam>
    /// <typeparam name="TTo">The target element type.</typeparam>
    /// <param name="span">The span.</param>
    /// <returns>The view (whole elements only).</returns>
    public static ReadOnlySpan<TTo> Cast<TFrom, TTo>(ReadOnlySpan<TFrom> span)
        where TFrom : unmanaged
        where TTo : unmanaged =>
        new ReadOnlySpan<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), (int)((long)span.Length * sizeof(TFrom) / sizeof(TTo)), 0);

    /// <summary>Reads a <typeparamref name="T"/> from the start of a byte span (bounds-checked).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="source">The bytes.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is too short.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(ReadOnlySpan<byte> source)
        where T : unmanaged
    {
        if (sizeof(T) > source.Length)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        return Unsafe.ReadUnaligned<T>(ref source._reference);
    }

    /// <summary>Writes a <typeparamref name="T"/> to the start of a byte span (bounds-checked).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="destination">The bytes.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span is too short.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<T>(Span<byte> destination, in T value)
        where T : unmanaged
    {
        if (sizeof(T) > destination.Length)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        Unsafe.WriteUnaligned(ref destination._reference, value);
    }
}
