namespace Internal.Runtime;

// Layout contract with ILC (NativeAOT's MethodTable, the pinned compiler version): the header every type's
// runtime descriptor starts with. The vtable follows at offset 24, then the interface map.
internal unsafe struct MethodTable
{
    public ushort ComponentSize;
    public ushort Flags;
    public uint BaseSize;
    public MethodTable* RelatedType;
    public ushort NumVtableSlots;
    public ushort NumInterfaces;
    public uint HashCode;

    public const ushort KindMask = 0x0003;
    public const ushort ParameterizedKind = 0x0002;
    public const ushort HasComponentSizeFlag = 0x0200;
    public const ushort GenericVarianceFlag = 0x0080;
    public const int ElementTypeShift = 11;
    public const int ElementTypeInterface = 0x15;
    public const int ElementTypeSzArray = 0x18;
    public const int ElementTypeArray = 0x17;

    public bool HasComponentSize => (Flags & HasComponentSizeFlag) != 0;

    public int ElementType => Flags >> ElementTypeShift;

    public bool IsInterface => ElementType == ElementTypeInterface;

    public bool IsArray => ElementType == ElementTypeSzArray || ElementType == ElementTypeArray;

    public MethodTable** InterfaceMap
    {
        get
        {
            fixed (MethodTable* self = &this)
                return (MethodTable**)((byte*)self + 24 + NumVtableSlots * 8);
        }
    }
}
