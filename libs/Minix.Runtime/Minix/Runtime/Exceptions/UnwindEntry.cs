namespace Minix.Runtime.Exceptions;

// One function in the linker's unwind table (layout contract with Minix.Build's UnwindTableWriter).
internal struct UnwindEntry
{
    public uint Start;
    public uint Length;
    public uint Lsda;
    public ushort CfaOffsetLow;
    public byte CfaRegister;
    public byte PrologLength;
    public sbyte SavedRbx;
    public sbyte SavedRbp;
    public sbyte SavedR12;
    public sbyte SavedR13;
    public sbyte SavedR14;
    public sbyte SavedR15;
    public ushort CfaOffsetHigh;

    public readonly nint CfaOffset => CfaOffsetLow | ((nint)CfaOffsetHigh << 16);
}
