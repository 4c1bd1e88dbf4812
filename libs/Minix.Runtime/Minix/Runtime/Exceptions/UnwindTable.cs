namespace Minix.Runtime.Exceptions;

// The functions of the image with their frame rules, sorted by address (built by the linker from ILC's call-frame
// information). Steps a frame to its caller: the canonical frame address (CFA) is rsp or rbp plus the function's
// offset, the return address lies just below it and each saved register at its slot.
internal static unsafe class UnwindTable
{
    private const uint Magic = 0x5755584D;
    private const int HeaderSize = 16;

    private static UnwindEntry* s_entries;
    private static int s_count;
    private static nint s_base;

    public static nint Base => s_base;

    public static bool Available
    {
        get
        {
            if (s_entries == null)
                Load();
            return s_count > 0;
        }
    }

    // The function containing `address`, or null (a stub, the entry code or not code at all).
    public static UnwindEntry* Find(nint address)
    {
        if (!Available)
            return null;
        nint offset = address - s_base;
        if (offset < 0 || offset > uint.MaxValue)
            return null;
        int lo = 0, hi = s_count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            UnwindEntry* entry = s_entries + mid;
            if ((uint)offset < entry->Start)
                hi = mid - 1;
            else if ((uint)offset >= entry->Start + entry->Length)
                lo = mid + 1;
            else
                return entry;
        }

        return null;
    }

    // Moves `state` from the frame of `entry`'s function to its caller's. False if the frame cannot be unwound
    // (the address lies in the prolog, before the frame rule holds).
    public static bool StepToCaller(UnwindEntry* entry, ref RegisterState state)
    {
        nint offset = state.LookupAddress - s_base - (nint)entry->Start;
        if (offset < entry->PrologLength && entry->PrologLength > 0)
            return false;
        nint cfa = (entry->CfaRegister == 1 ? state.Rbp : state.Rsp) + entry->CfaOffset;
        if (entry->SavedRbx != 0)
            state.Rbx = *(nint*)(cfa + entry->SavedRbx * 8);
        if (entry->SavedRbp != 0)
            state.Rbp = *(nint*)(cfa + entry->SavedRbp * 8);
        if (entry->SavedR12 != 0)
            state.R12 = *(nint*)(cfa + entry->SavedR12 * 8);
        if (entry->SavedR13 != 0)
            state.R13 = *(nint*)(cfa + entry->SavedR13 * 8);
        if (entry->SavedR14 != 0)
            state.R14 = *(nint*)(cfa + entry->SavedR14 * 8);
        if (entry->SavedR15 != 0)
            state.R15 = *(nint*)(cfa + entry->SavedR15 * 8);
        state.Rip = *(nint*)(cfa - 8);
        state.Rsp = cfa;
        state.IsFault = 0;
        return true;
    }

    public static byte* LsdaOf(UnwindEntry* entry) => entry->Lsda == 0 ? null : (byte*)(s_base + (nint)entry->Lsda);

    public static nint StartOf(UnwindEntry* entry) => s_base + (nint)entry->Start;

    private static void Load()
    {
        byte* table = PlatformImports.UnwindTable();
        if (table == null || *(uint*)table != Magic)
        {
            s_entries = (UnwindEntry*)1;
            return;
        }

        s_count = *(int*)(table + 4);
        s_base = *(nint*)(table + 8);
        s_entries = (UnwindEntry*)(table + HeaderSize);
    }
}
