using Internal.Runtime;

namespace Minix.Runtime.Exceptions;

// Reads a method's EH clauses from ILC's LSDA. The LSDA starts with a flags byte: for a funclet it then points at
// its method's LSDA and gives the funclet's distance from the method's start; for the method itself it may point at
// associated data and at the EH info. The EH info is a NativeFormat count of clauses, innermost first, each the try
// start and (length << 2 | kind), the handler offset, then a filter offset or the catch type as a 32-bit relative
// pointer.
internal unsafe struct EHClauseReader
{
    private const byte KindMask = 0x03;
    private const byte HasEHInfo = 0x04;
    private const byte HasAssociatedData = 0x10;

    private byte* _next;
    private uint _remaining;
    private nint _methodStart;

    // The method `entry` belongs to (a funclet's parent) and a reader over its clauses; false if it has none.
    public static bool TryOpen(UnwindEntry* entry, out nint methodStart, out EHClauseReader reader)
    {
        reader = default;
        methodStart = UnwindTable.StartOf(entry);
        byte* lsda = UnwindTable.LsdaOf(entry);
        if (lsda == null)
            return false;
        if ((lsda[0] & KindMask) != 0)
        {
            byte* main = lsda + 1 + *(int*)(lsda + 1);
            methodStart -= *(int*)(lsda + 5);
            lsda = main;
        }

        byte flags = *lsda++;
        if ((flags & HasAssociatedData) != 0)
            lsda += 4;
        if ((flags & HasEHInfo) == 0)
            return false;
        byte* info = lsda + *(int*)lsda;
        reader._next = info;
        reader._remaining = ReadUnsigned(ref reader._next);
        reader._methodStart = methodStart;
        return true;
    }

    public static bool IsFunclet(UnwindEntry* entry)
    {
        byte* lsda = UnwindTable.LsdaOf(entry);
        return lsda != null && (lsda[0] & KindMask) != 0;
    }

    public bool Next(out EHClause clause)
    {
        clause = default;
        if (_remaining == 0)
            return false;
        _remaining--;
        clause.TryStart = ReadUnsigned(ref _next);
        uint lengthAndKind = ReadUnsigned(ref _next);
        clause.Kind = (EHClauseKind)(lengthAndKind & 3);
        clause.TryEnd = clause.TryStart + (lengthAndKind >> 2);
        clause.Handler = _methodStart + (nint)ReadUnsigned(ref _next);
        switch (clause.Kind)
        {
            case EHClauseKind.Typed:
                clause.CatchType = (MethodTable*)(_next + *(int*)_next);
                _next += 4;
                break;
            case EHClauseKind.Filter:
                clause.Filter = _methodStart + (nint)ReadUnsigned(ref _next);
                break;
        }

        return true;
    }

    // NativeFormat's variable-length unsigned integer: the low bits of the first byte give the length.
    private static uint ReadUnsigned(ref byte* p)
    {
        uint b = p[0];
        if ((b & 1) == 0)
        {
            p += 1;
            return b >> 1;
        }

        if ((b & 2) == 0)
        {
            uint value = (b >> 2) | ((uint)p[1] << 6);
            p += 2;
            return value;
        }

        if ((b & 4) == 0)
        {
            uint value = (b >> 3) | ((uint)p[1] << 5) | ((uint)p[2] << 13);
            p += 3;
            return value;
        }

        if ((b & 8) == 0)
        {
            uint value = (b >> 4) | ((uint)p[1] << 4) | ((uint)p[2] << 12) | ((uint)p[3] << 20);
            p += 4;
            return value;
        }

        uint wide = *(uint*)(p + 1);
        p += 5;
        return wide;
    }
}
