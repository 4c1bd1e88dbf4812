namespace Minix.Build.Elf;

/// <summary>The x86-64 ELF relocation types (r_type). The linker applies <see cref="Absolute64"/>,
/// <see cref="PcRelative32"/> and <see cref="Plt32"/>, the three ILC emits, and rejects the rest by name.</summary>
public enum RelocationKind : uint
{
    /// <summary>R_X86_64_NONE: nothing.</summary>
    None = 0,
    /// <summary>R_X86_64_64: S + A, 64 bits.</summary>
    Absolute64 = 1,
    /// <summary>R_X86_64_PC32: S + A - P, 32 bits signed.</summary>
    PcRelative32 = 2,
    /// <summary>R_X86_64_GOT32.</summary>
    Got32 = 3,
    /// <summary>R_X86_64_PLT32: L + A - P; with no PLT, the same as PC32.</summary>
    Plt32 = 4,
    /// <summary>R_X86_64_GOTPCREL.</summary>
    GotPcRel = 9,
    /// <summary>R_X86_64_32: S + A, 32 bits zero-extended.</summary>
    Absolute32 = 10,
    /// <summary>R_X86_64_32S: S + A, 32 bits sign-extended.</summary>
    Absolute32Signed = 11,
    /// <summary>R_X86_64_TPOFF32: thread-local offset.</summary>
    ThreadPointerOffset32 = 23,
    /// <summary>R_X86_64_PC64: S + A - P, 64 bits.</summary>
    PcRelative64 = 24,
    /// <summary>R_X86_64_GOTPCRELX.</summary>
    GotPcRelRelaxable = 41,
    /// <summary>R_X86_64_REX_GOTPCRELX.</summary>
    RexGotPcRelRelaxable = 42,
}
