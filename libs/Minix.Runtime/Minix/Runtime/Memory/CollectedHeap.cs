using System;

namespace Minix.Runtime.Memory;

// The heap of a process with a garbage collector: one contiguous region the target grows on request, carved into
// objects and free chunks that cover it end to end (so a sweep can walk it), with exact-size free lists for small
// chunks, a first-fit list for large ones and a bump range being carved. A bitmap with one bit per 8 bytes marks
// where objects start, for the conservative stack scan. The bitmap lives in the heap itself as a pinned block and
// is replaced by a larger one when the heap grows. Every field is a primitive or pointer: the collector must not
// depend on the heap it manages.
internal static unsafe class CollectedHeap
{
    private const int Granule = 8;
    private const int SmallLimit = 256;
    private const int SmallLists = SmallLimit / Granule + 1;
    private const nuint MinimumGrowth = 1 << 20;
    private const nuint CarveSize = 64 << 10;

    private static bool s_initialized;
    private static byte* s_start;
    private static byte* s_end;
    private static byte* s_bump;
    private static byte* s_bumpEnd;
    private static byte* s_bitmap;
    private static nuint s_bitmapBytes;
    private static nint* s_small;
    private static nint* s_markStack;
    private static byte* s_large;

    public static byte* Start => s_start;

    public static byte* End => s_end;

    public static byte* ObjectStartBitmap => s_bitmap;

    public static nint* MarkStack => s_markStack;

    public static bool Contains(nint address) => address >= (nint)s_start && address < (nint)s_end;

    // Returns `size` zeroed bytes (a multiple of 8, at least 24) whose first word is the object header, or null when
    // neither the free space, a collection nor growth can supply them.
    public static byte* Allocate(nuint size)
    {
        if (!s_initialized)
            Initialize();
        byte* block = TryTake(size);
        if (block == null)
        {
            bool collected = false;
            if (GarbageCollector.ShouldCollectBeforeGrowing(size))
            {
                GarbageCollector.Collect();
                collected = true;
                block = TryTake(size);
            }

            if (block == null && Grow(size))
                block = TryTake(size);
            // Before giving up, always one collection of this request's own: what the program dropped since the last
            // one (the arrays it let go after catching an OutOfMemoryException, with no allocation in between) is
            // garbage now, whether or not anything was allocated since.
            if (block == null && !collected)
            {
                GarbageCollector.Collect();
                block = TryTake(size);
            }

            if (block == null)
                return null;
        }

        GarbageCollector.CountAllocation(size);
        SpanHelpers.ClearWithoutReferences(ref *block, size);
        SetStart(block);
        return block;
    }

    // Gives a block back at once (a replaced bitmap): it becomes a free chunk for the next sweep to merge.
    public static void Release(byte* block, nuint size)
    {
        ClearStart(block);
        *(nuint*)block = (size << ObjectHeader.SizeShift) | ObjectHeader.Free;
    }

    public static void SetStart(byte* block)
    {
        nuint bit = (nuint)(block - s_start) / Granule;
        s_bitmap[bit >> 3] |= (byte)(1 << (int)(bit & 7));
    }

    public static void ClearStart(byte* block)
    {
        nuint bit = (nuint)(block - s_start) / Granule;
        s_bitmap[bit >> 3] &= (byte)~(1 << (int)(bit & 7));
    }

    // The block (header address) of the object containing `address`, or null: the nearest object start at or
    // below it, if the object reaches that far.
    public static byte* ObjectContaining(nint address)
    {
        if (!Contains(address))
            return null;
        nuint bit = (nuint)((byte*)address - s_start) / Granule;
        nuint word = bit >> 6;
        ulong* words = (ulong*)s_bitmap;
        ulong bits = words[word] & (ulong.MaxValue >> (63 - (int)(bit & 63)));
        while (bits == 0)
        {
            if (word == 0)
                return null;
            bits = words[--word];
        }

        byte* block = s_start + (word * 64 + (nuint)(63 - System.Numerics.BitOperations.LeadingZeroCount(bits))) * Granule;
        if ((*(nuint*)block & ObjectHeader.Free) != 0)
            return null;
        return address < (nint)(block + ObjectHeader.SizeOf(block + 8)) ? block : null;
    }

    // Before a sweep: the unused rest of the bump range becomes a free chunk, so the heap is covered end to end.
    public static void RetireBumpRange()
    {
        if (s_bumpEnd > s_bump)
            MakeFree(s_bump, (nuint)(s_bumpEnd - s_bump), list: false);
        s_bump = s_bumpEnd = null;
        for (int i = 0; i < SmallLists; i++)
            s_small[i] = 0;
        s_large = null;
    }

    // After a sweep: a merged run of free memory.
    public static void AddFree(byte* block, nuint size) => MakeFree(block, size, list: true);

    private static void MakeFree(byte* block, nuint size, bool list)
    {
        *(nuint*)block = (size << ObjectHeader.SizeShift) | ObjectHeader.Free;
        if (!list || size < 16)
            return;
        if (size <= SmallLimit)
        {
            nint* head = &s_small[(int)(size / Granule)];
            *(nint*)(block + 8) = *head;
            *head = (nint)block;
        }
        else
        {
            *(nint*)(block + 8) = (nint)s_large;
            s_large = block;
        }
    }

    private static byte* TryTake(nuint size)
    {
        if (size <= SmallLimit)
        {
            nint* head = &s_small[(int)(size / Granule)];
            if (*head != 0)
            {
                byte* chunk = (byte*)*head;
                *head = *(nint*)(chunk + 8);
                return chunk;
            }
        }

        while (true)
        {
            nuint room = (nuint)(s_bumpEnd - s_bump);
            // Never leave a remainder the walk could not read: at least 8 bytes or nothing at all.
            if (room == size || room >= size + Granule)
            {
                byte* block = s_bump;
                s_bump += size;
                return block;
            }

            if (!NextBumpRange(size))
                return null;
        }
    }

    // Replaces the bump range with the first large free chunk that fits (the old range's rest goes back).
    private static bool NextBumpRange(nuint size)
    {
        byte* previous = null;
        for (byte* chunk = s_large; chunk != null; chunk = *(byte**)(chunk + 8))
        {
            nuint chunkSize = *(nuint*)chunk >> ObjectHeader.SizeShift;
            if (chunkSize == size || chunkSize >= size + Granule)
            {
                if (previous == null)
                    s_large = *(byte**)(chunk + 8);
                else
                    *(byte**)(previous + 8) = *(byte**)(chunk + 8);
                if (s_bumpEnd > s_bump)
                    MakeFree(s_bump, (nuint)(s_bumpEnd - s_bump), list: true);
                s_bump = chunk;
                s_bumpEnd = chunk + chunkSize;
                return true;
            }

            previous = chunk;
        }

        return false;
    }

    // Asks the target for more room and makes it the bump range, with a bitmap that covers the grown heap.
    private static bool Grow(nuint size)
    {
        if (!ProcessFeatures.Has(RuntimeFeatures.GrowableHeap))
            return false;
        nuint current = (nuint)(s_end - s_start);
        // Enough for the object and for the larger bitmap the grown heap needs (1/64 of it), with room to spare.
        nuint least = size + (current + size) / 32 + 4096;
        nuint wanted = least;
        if (wanted < MinimumGrowth)
            wanted = MinimumGrowth;
        if (wanted < current / 2)
            wanted = current / 2;
        byte* newEnd = (byte*)PlatformImports.HeapGrow((nint)wanted);
        if (newEnd == null && wanted > least)
            newEnd = (byte*)PlatformImports.HeapGrow((nint)least);
        if (newEnd == null || newEnd <= s_end)
            return false;

        byte* added = s_end;
        s_end = newEnd;
        if (s_bumpEnd > s_bump)
            MakeFree(s_bump, (nuint)(s_bumpEnd - s_bump), list: true);
        s_bump = added;
        s_bumpEnd = newEnd;
        ReplaceBitmap();
        return true;
    }

    private static void Initialize()
    {
        s_initialized = true;
        s_start = (byte*)((PlatformImports.HeapStart() + 7) & ~(nint)7);
        s_end = (byte*)(PlatformImports.HeapEnd() & ~(nint)7);
        // A program's heap may start empty at the image's end (the break): the first growth makes it.
        if (s_start != null && s_end < s_start + MinimumGrowth && ProcessFeatures.Has(RuntimeFeatures.GrowableHeap))
        {
            byte* grown = (byte*)PlatformImports.HeapGrow((nint)(MinimumGrowth - (nuint)(s_end - s_start)));
            if (grown > s_end)
                s_end = (byte*)((nint)grown & ~(nint)7);
        }

        if (s_start == null || s_end <= s_start + 4096)
            Fault.Raise(FaultKind.OutOfMemory, "the target supplied no heap region");
        s_bump = s_start;
        s_bumpEnd = s_end;
        ReplaceBitmap();
        s_small = (nint*)CarveTable(SmallLists * sizeof(nint));
        s_markStack = (nint*)CarveTable(GarbageCollector.MarkStackCapacity * sizeof(nint));
    }

    // A zeroed pinned block for the collector's own use, from the start of the heap.
    private static byte* CarveTable(int bytes)
    {
        byte* block = s_bump;
        nuint blockSize = (nuint)(bytes + RawBlock.DataOffset + 7) & ~(nuint)7;
        if ((nuint)(s_bumpEnd - s_bump) < blockSize + Granule)
            Fault.Raise(FaultKind.OutOfMemory, "no room for the collector's tables");
        s_bump += blockSize;
        SpanHelpers.ClearWithoutReferences(ref *block, blockSize);
        RawBlock.Format(block, blockSize);
        SetStart(block);
        return block + RawBlock.DataOffset;
    }

    // A bitmap for the whole current region, carved from the bump range; the old one's bits are copied over and
    // its block freed.
    private static void ReplaceBitmap()
    {
        nuint bytes = ((nuint)(s_end - s_start) / Granule + 63) / 64 * 8;
        nuint blockSize = (bytes + RawBlock.DataOffset + 7) & ~(nuint)7;
        byte* block = s_bump;
        if ((nuint)(s_bumpEnd - s_bump) < blockSize + Granule)
            Fault.Raise(FaultKind.OutOfMemory, "no room for the collector's object map");
        s_bump += blockSize;
        byte* old = s_bitmap;
        nuint oldBytes = s_bitmapBytes;
        byte* bitmap = block + RawBlock.DataOffset;
        SpanHelpers.ClearWithoutReferences(ref *bitmap, bytes);
        if (old != null)
            Buffer.MemoryCopy(old, bitmap, (long)bytes, (long)oldBytes);
        s_bitmap = bitmap;
        s_bitmapBytes = bytes;
        RawBlock.Format(block, blockSize);
        SetStart(block);
        if (old != null)
            Release(old - RawBlock.DataOffset, (oldBytes + RawBlock.DataOffset + 7) & ~(nuint)7);
    }
}
