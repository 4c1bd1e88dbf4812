using System.Runtime.InteropServices;

namespace System;

// A ref to a read-only span's first element, for runtime code that copies out of it.
internal static class MemoryMarshalAccess
{
    public static ref T Reference<T>(ReadOnlySpan<T> span) => ref MemoryMarshal.GetReference(span);
}
