using Minix.Runtime;
using Minix.Runtime.Exceptions;

namespace System.Runtime;

// Generic virtual method calls: ILC asks for the method a slot (a method handle) resolves to on an object's type.
// The linker resolved every pair the program can reach into its source map; shared generic code is returned as a
// fat pointer (a record of code and generic dictionary, tagged with 2), which the call site unpacks to pass the
// dictionary. Answers are cached; the records are allocated once and never freed.
internal static unsafe class TypeLoaderExports
{
    private const int CacheSize = 256;
    private const int FatPointerTag = 2;
    private static nint* s_cache;

    public static nint GVMLookupForSlot(object obj, RuntimeMethodHandle slot)
    {
        nint handle = slot.Value;
        var type = obj.m_pEEType;
        if (s_cache == null)
        {
            s_cache = (nint*)Heap.Allocate((nuint)(CacheSize * 3 * sizeof(nint)));
            for (int i = 0; i < CacheSize * 3; i++)
                s_cache[i] = 0;
        }

        nint* entry = s_cache + ((((handle >> 3) ^ ((nint)type >> 4)) & (CacheSize - 1)) * 3);
        if (entry[0] == handle && entry[1] == (nint)type)
            return entry[2];
        nint target = Resolve(handle, type);
        entry[0] = handle;
        entry[1] = (nint)type;
        entry[2] = target;
        return target;
    }

    private static nint Resolve(nint handle, Internal.Runtime.MethodTable* type)
    {
        if (!SourceMap.FindGenericVirtual(handle, type, out nint code, out nint dictionary, out uint flags, out byte* problem))
            Refuse("a generic virtual method call the linker found no implementation for (the image has no table of them, or the receiver's type was not in it)");
        if ((flags & 2) != 0)
            Refuse(problem == null ? "a generic virtual method call the image cannot make" : Utf8Text.FromNullTerminated(problem));
        if ((flags & 1) == 0)
            return code;
        nint* record = (nint*)Heap.Allocate((nuint)(2 * sizeof(nint)));
        record[0] = code;
        record[1] = dictionary;
        return (nint)record + FatPointerTag;
    }

    private static void Refuse(string why)
    {
        if (ProcessFeatures.Has(RuntimeFeatures.CatchableExceptions))
            throw new NotSupportedException(why);
        Fault.Raise(FaultKind.FeatureMissing, why);
    }
}
