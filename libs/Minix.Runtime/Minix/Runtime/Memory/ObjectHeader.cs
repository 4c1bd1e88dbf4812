using Internal.Runtime;

namespace Minix.Runtime.Memory;

// The word in front of every object (at reference - 8), which the runtime owns: the collector's mark, a pin for
// raw blocks the runtime hands out, and for a free chunk of the collected heap its size with the free flag (a
// chunk has no MethodTable, so even 8 bytes can be free). Live objects never carry the free flag.
internal static unsafe class ObjectHeader
{
    public const nuint Mark = 1;
    public const nuint Pinned = 2;
    public const nuint Free = 4;
    public const int SizeShift = 8;

    // Bytes an object occupies in the heap, header included, rounded up to 8.
    public static nuint SizeOf(byte* reference)
    {
        MethodTable* type = *(MethodTable**)reference;
        nuint size = type->BaseSize;
        if (type->HasComponentSize)
            size += (nuint)(*(uint*)(reference + 8)) * type->ComponentSize;
        return (size + 7) & ~(nuint)7;
    }

    public static nuint* Of(byte* reference) => (nuint*)(reference - 8);
}
