namespace Minix.Runtime.Memory;

// Memory the runtime hands out raw (the collector's own tables, Heap.Allocate's blocks) dressed as a pinned
// string, so that the heap stays walkable and the collector keeps it: the string's length makes its size exactly
// the block's. The data starts at DataOffset from the block (a multiple of 8 past the string's length field).
internal static unsafe class RawBlock
{
    public const int DataOffset = 24;

    // Formats `size` bytes (a multiple of 8, at least 24) at `block` as a pinned raw block.
    public static void Format(byte* block, nuint size)
    {
        *(nuint*)block = ObjectHeader.Pinned;
        *(void**)(block + 8) = StringType;
        *(int*)(block + 16) = (int)((size - 22) / 2);
    }

    // A literal is a frozen object: its MethodTable is at hand without allocating anything.
    private static void* StringType => "".m_pEEType;
}
