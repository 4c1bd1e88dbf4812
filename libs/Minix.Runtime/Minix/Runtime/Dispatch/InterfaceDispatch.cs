using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Minix.Runtime.Dispatch;

// The slow path of interface calls (the linker's RhpInitialDynamicInterfaceDispatch stub handles the fast one): the
// dispatch cell names the interface and, at the end of its run of cells, the slot; the object's type and its bases
// map (interface, slot) to their own vtable slot through their dispatch maps, first exactly, then through generic
// variance, then to a default interface method. The answer goes into the stub's cache.
internal static unsafe class InterfaceDispatch
{
    private const int CacheEntries = 4096;
    private const int CellSize = 16;

    [RuntimeExport("minix_resolve_interface_dispatch")]
    public static nint Resolve(object target, nint cell)
    {
        MethodTable* type = target.m_pEEType;
        MethodTable* interfaceType = InterfaceOf(cell);
        ushort slot = SlotOf(cell);
        nint code = FindImplementation(type, interfaceType, slot);
        if (code == 0)
            Fault.Raise(FaultKind.FeatureMissing, "no implementation of an interface method for the object's type");
        nint* entry = DispatchCache() + (((cell >> 4) ^ (nint)type) & (CacheEntries - 1)) * 4;
        entry[0] = cell;
        entry[1] = (nint)type;
        entry[2] = code;
        return code;
    }

    // The method `type` runs for slot `slot` of `interfaceType`, or 0.
    public static nint FindImplementation(MethodTable* type, MethodTable* interfaceType, ushort slot)
    {
        for (int pass = 0; pass < 3; pass++)
        {
            for (MethodTable* current = type; current != null; current = current->IsArray ? null : current->BaseType)
            {
                if (!current->HasDispatchMap)
                    continue;
                DispatchMap* map = current->DispatchMap;
                int first = pass == 2 ? map->StandardEntryCount : 0;
                int end = pass == 2 ? map->StandardEntryCount + map->DefaultEntryCount : map->StandardEntryCount;
                DispatchMapEntry* entries = map->Entries;
                for (int i = first; i < end; i++)
                {
                    if (entries[i].InterfaceMethodSlot != slot)
                        continue;
                    MethodTable* implemented = current->InterfaceMap[entries[i].InterfaceIndex];
                    if (implemented != interfaceType && (pass == 0 || !TypeCast.AreTypesAssignable(implemented, interfaceType)))
                        continue;
                    ushort implementation = entries[i].ImplementationMethodSlot;
                    if (implementation < current->NumVtableSlots)
                        return type->VTable[implementation];
                    if (implementation >= 0xFFFE)
                        return 0;
                    return current->SealedVirtualSlot(implementation - current->NumVtableSlots);
                }
            }
        }

        return 0;
    }

    // The cell's second word: a 32-bit relative pointer to the interface's MethodTable (or to a cell holding it),
    // tagged in its low two bits.
    private static MethodTable* InterfaceOf(nint cell)
    {
        byte* field = (byte*)cell + 8;
        int value = *(int*)field;
        int tag = value & 3;
        byte* pointer = field + (value & ~3);
        if (tag == 3)
            return (MethodTable*)pointer;
        if (tag == 1)
            return *(MethodTable**)pointer;
        Fault.Raise(FaultKind.FeatureMissing, "interface dispatch cell of an unknown kind");
        return null;
    }

    // Cells come in runs that share a slot; the run ends with a cell whose first word is 0 and whose second is the slot.
    private static ushort SlotOf(nint cell)
    {
        nint* current = (nint*)cell;
        while (current[0] != 0)
            current += CellSize / sizeof(nint);
        return (ushort)current[1];
    }

    [MethodImpl(MethodImplOptions.InternalCall)]
    [RuntimeImport("minix_dispatch_cache")]
    private static extern nint* DispatchCache();
}
