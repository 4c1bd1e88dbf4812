using Internal.Runtime;

namespace Minix.Runtime.Memory;

// Where an object's references are, from the GC description ILC writes in front of every MethodTable of a type
// that contains references (CoreCLR's GCDesc): the word before the MethodTable is the series count; below it, a
// positive count has that many (size, offset) pairs of words, each a run of consecutive references whose size is
// stored less the object's size; a negative count describes an array of structs: one (pattern, offset) pair whose
// pattern word and the words below it hold -count (references, skip) pairs of 32-bit halves, repeated over the
// elements.
internal static unsafe class GCDescription
{
    // Calls `visit` with the address of every reference slot of the object at `reference`.
    public static void ForEachReference(byte* reference, delegate*<nint*, void> visit)
    {
        MethodTable* type = *(MethodTable**)reference;
        if (!type->ContainsGCPointers)
            return;
        nint* descriptor = (nint*)type;
        nint series = descriptor[-1];
        nuint size = ObjectHeader.SizeOf(reference);
        if (series > 0)
        {
            for (nint i = 0; i < series; i++)
            {
                nint seriesSize = descriptor[-3 - 2 * i];
                nint offset = descriptor[-2 - 2 * i];
                nint* slot = (nint*)(reference + offset);
                nint* stop = (nint*)((byte*)slot + seriesSize + (nint)size);
                for (; slot < stop; slot++)
                    visit(slot);
            }

            return;
        }

        nint start = descriptor[-2];
        nint* cursor = (nint*)(reference + start);
        nint* end = (nint*)(reference + (nint)size - 8);
        uint* items = (uint*)&descriptor[-3];
        while (cursor < end)
        {
            for (nint i = 0; i > series; i--)
            {
                uint references = items[2 * i];
                uint skip = items[2 * i + 1];
                nint* stop = cursor + references;
                for (; cursor < stop; cursor++)
                    visit(cursor);
                cursor = (nint*)((byte*)cursor + skip);
            }
        }
    }
}
