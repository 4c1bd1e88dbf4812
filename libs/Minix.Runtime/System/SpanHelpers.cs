using System.Runtime;
using System.Runtime.CompilerServices;

namespace System;

// Block operations the JIT calls for struct copies, zeroing and initblk (CORINFO_HELP_MEMCPY/MEMZERO/MEMSET), and
// that spans use for unmanaged elements. The work is done by the linker's rep-movsb/rep-stosb stubs: fast on every
// x86-64 since Ivy Bridge, and they cannot themselves lower back into a call to these helpers.
internal static unsafe class SpanHelpers
{
    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_memmove")]
    private static extern void MemmoveStub(byte* destination, byte* source, nuint length);

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_memset")]
    private static extern void MemsetStub(byte* destination, int value, nuint length);

    [Intrinsic]
    public static void Memmove(ref byte destination, ref byte source, nuint length)
    {
        if (length != 0)
            MemmoveStub((byte*)Unsafe.AsPointer(ref destination), (byte*)Unsafe.AsPointer(ref source), length);
    }

    [Intrinsic]
    public static void ClearWithoutReferences(ref byte destination, nuint length)
    {
        if (length != 0)
            MemsetStub((byte*)Unsafe.AsPointer(ref destination), 0, length);
    }

    [Intrinsic]
    public static void ClearWithReferences(ref nint destination, nuint pointerCount) =>
        ClearWithoutReferences(ref Unsafe.As<nint, byte>(ref destination), pointerCount * 8);

    [Intrinsic]
    public static void Fill(ref byte destination, nuint length, byte value)
    {
        if (length != 0)
            MemsetStub((byte*)Unsafe.AsPointer(ref destination), value, length);
    }
}
