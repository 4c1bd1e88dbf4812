using System.Runtime.CompilerServices;

namespace System;

/// <summary>Raw memory copies.</summary>
public static class Buffer
{
    /// <summary>Copies bytes between possibly overlapping buffers.</summary>
    /// <param name="source">Where to copy from.</param>
    /// <param name="destination">Where to copy to.</param>
    /// <param name="destinationSizeInBytes">The room at <paramref name="destination"/>.</param>
    /// <param name="sourceBytesToCopy">How many bytes.</param>
    /// <exception cref="ArgumentOutOfRangeException">The copy does not fit.</exception>
    public static unsafe void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
    {
        if (sourceBytesToCopy > destinationSizeInBytes)
            throw new ArgumentOutOfRangeException(nameof(sourceBytesToCopy));
        SpanHelpers.Memmove(ref *(byte*)destination, ref *(byte*)source, (nuint)sourceBytesToCopy);
    }

    // The JIT's CORINFO_HELP_BULK_WRITEBARRIER: a struct copy containing references. No GC means no barrier.
    internal static void BulkMoveWithWriteBarrier(ref byte destination, ref byte source, nuint byteCount) =>
        SpanHelpers.Memmove(ref destination, ref source, byteCount);
}
