namespace Internal.Runtime;

// Layout contract with ILC (NativeAOT's MethodTable of the pinned compiler version): a 24-byte header, the vtable,
// the interface map, then optional fields as 32-bit relative pointers in a fixed order (type manager, writable
// data, dispatch map, finalizer, sealed virtual slots, generic definition, generic composition), each present only
// when its flag says so.
internal unsafe struct MethodTable
{
    private uint _flags;
    private uint _baseSize;
    private MethodTable* _relatedType;
    private ushort _numVtableSlots;
    private ushort _numInterfaces;
    private uint _hashCode;

    private const uint KindMask = 0x00030000;
    private const uint ParameterizedKind = 0x00020000;
    private const uint HasDispatchMapFlag = 0x00040000;
    private const uint HasFinalizerFlag = 0x00100000;
    private const uint HasSealedVTableEntriesFlag = 0x00400000;
    private const uint GenericVarianceFlag = 0x00800000;
    private const uint HasPointersFlag = 0x01000000;
    private const uint IsGenericFlag = 0x02000000;
    private const int ElementTypeShift = 26;
    private const int HeaderSize = 24;

    public const int ElementTypeVoid = 0x01;
    public const int ElementTypeValueType = 0x10;
    public const int ElementTypeNullable = 0x12;
    public const int ElementTypeClass = 0x14;
    public const int ElementTypeInterface = 0x15;
    public const int ElementTypeSystemArray = 0x16;
    public const int ElementTypeArray = 0x17;
    public const int ElementTypeSzArray = 0x18;
    public const int ElementTypePointer = 0x1A;

    // The base size of a single-dimensional array: object header, MethodTable pointer, length and padding.
    public const uint SzArrayBaseSize = 24;

    public uint BaseSize => _baseSize;

    public bool HasComponentSize => (int)_flags < 0;

    public ushort ComponentSize => HasComponentSize ? (ushort)_flags : (ushort)0;

    public int ElementType => (int)((_flags >> ElementTypeShift) & 0x1F);

    public bool IsParameterized => (_flags & KindMask) == ParameterizedKind;

    public bool IsCanonical => (_flags & KindMask) == 0;

    public bool IsInterface => ElementType == ElementTypeInterface;

    public bool IsArray => ElementType == ElementTypeSzArray || ElementType == ElementTypeArray;

    public bool IsSzArray => ElementType == ElementTypeSzArray;

    public bool IsValueType => ElementType < ElementTypeClass;

    public bool IsPrimitive => ElementType < ElementTypeValueType;

    public bool IsNullable => ElementType == ElementTypeNullable;

    public bool IsPointer => ElementType == ElementTypePointer;

    public bool ContainsGCPointers => (_flags & HasPointersFlag) != 0;

    public bool HasGenericVariance => (_flags & GenericVarianceFlag) != 0;

    public bool IsGeneric => (_flags & IsGenericFlag) != 0;

    public bool HasDispatchMap => (_flags & HasDispatchMapFlag) != 0;

    public bool IsFinalizable => (_flags & HasFinalizerFlag) != 0;

    public bool HasSealedVTableEntries => (_flags & HasSealedVTableEntriesFlag) != 0;

    public ushort NumVtableSlots => _numVtableSlots;

    public ushort NumInterfaces => _numInterfaces;

    public uint HashCode => _hashCode;

    // A class's base (null for object and interfaces); for arrays and pointers, their element type.
    public MethodTable* RelatedType => _relatedType;

    public MethodTable* BaseType => IsCanonical ? _relatedType : null;

    public MethodTable* ElementTypeHandle => IsParameterized ? _relatedType : null;

    // Rank of an array: 1 for T[], from the base size (one length and one lower bound per dimension) otherwise.
    public int ArrayRank => _baseSize > SzArrayBaseSize ? (int)((_baseSize - SzArrayBaseSize) / 8) : 1;

    // Bytes of a value type's fields as boxed (the base size less header, MethodTable pointer and padding).
    public uint ValueTypeSize => _baseSize - 16 - ((_flags & 0xE0) >> 5);

    // A generic type definition stores its parameter count in the base-size field.
    public ushort GenericParameterCount => (ushort)_baseSize;

    // Offset of Nullable<T>'s value field in the boxed layout's data (1, 2, 4 or 8).
    public byte NullableValueOffset => (byte)(1 << (int)((_flags & 0x700) >> 8));

    public nint* VTable
    {
        get
        {
            fixed (MethodTable* self = &this)
                return (nint*)((byte*)self + HeaderSize);
        }
    }

    public MethodTable** InterfaceMap
    {
        get
        {
            fixed (MethodTable* self = &this)
                return (MethodTable**)((byte*)self + HeaderSize + _numVtableSlots * 8);
        }
    }

    public DispatchMap* DispatchMap => HasDispatchMap ? (DispatchMap*)FollowRelative(OptionalField(2)) : null;

    public nint SealedVirtualSlot(int slot)
    {
        byte* table = (byte*)FollowRelative(OptionalField(4));
        return (nint)FollowRelative(table + slot * 4);
    }

    public MethodTable* GenericDefinition => IsGeneric ? (MethodTable*)FollowRelative(OptionalField(5)) : null;

    public int GenericArity => IsGeneric ? GenericDefinition->GenericParameterCount : 0;

    // The i-th type argument of a constructed generic type: one relative pointer inline for arity 1, otherwise a
    // relative pointer to an array of relative pointers.
    public MethodTable* GenericArgument(int index)
    {
        byte* composition = OptionalField(6);
        if (GenericArity != 1)
            composition = (byte*)FollowRelative(composition);
        return (MethodTable*)FollowRelative(composition + index * 4);
    }

    // Variance of each type parameter (from the definition), or null when the type has none.
    public byte* GenericVariance
    {
        get
        {
            if (!HasGenericVariance)
                return null;
            if (IsGeneric)
                return GenericDefinition->GenericVariance;
            return (byte*)FollowRelative(OptionalField(6));
        }
    }

    // The optional fields follow the interface map in a fixed order; index: 0 type manager, 1 writable data,
    // 2 dispatch map, 3 finalizer, 4 sealed virtual slots, 5 generic definition, 6 generic composition.
    private byte* OptionalField(int index)
    {
        fixed (MethodTable* self = &this)
        {
            byte* field = (byte*)self + HeaderSize + _numVtableSlots * 8 + _numInterfaces * 8 + 8;
            if (index == 2)
                return field;
            if (HasDispatchMap)
                field += 4;
            if (index == 3)
                return field;
            if (IsFinalizable)
                field += 4;
            if (index == 4)
                return field;
            if (HasSealedVTableEntries)
                field += 4;
            if (index == 5)
                return field;
            if (IsGeneric)
                field += 4;
            return field;
        }
    }

    private static void* FollowRelative(byte* field) => field + *(int*)field;

    // The compiler replaces this with T's MethodTable.
    [System.Runtime.CompilerServices.Intrinsic]
    public static MethodTable* Of<T>() => throw new System.NotSupportedException();
}

// A type's interface implementations: which of its vtable slots implements each (interface, slot) pair.
internal unsafe struct DispatchMap
{
    public ushort StandardEntryCount;
    public ushort DefaultEntryCount;
    public ushort StandardStaticEntryCount;
    public ushort DefaultStaticEntryCount;

    public DispatchMapEntry* Entries
    {
        get
        {
            fixed (DispatchMap* self = &this)
                return (DispatchMapEntry*)(self + 1);
        }
    }
}

internal struct DispatchMapEntry
{
    public ushort InterfaceIndex;
    public ushort InterfaceMethodSlot;
    public ushort ImplementationMethodSlot;
}
