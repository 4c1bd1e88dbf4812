namespace Minix.Build.Elf;

/// <summary>The ELF names of relocation types, for messages.</summary>
public static class RelocationKindNames
{
    /// <summary>The R_X86_64_* name of <paramref name="kind"/> (or its number when unnamed).</summary>
    /// <param name="kind">The relocation type.</param>
    /// <returns>The name.</returns>
    public static string ElfName(this RelocationKind kind) => kind switch
    {
        RelocationKind.None => "R_X86_64_NONE",
        RelocationKind.Absolute64 => "R_X86_64_64",
        RelocationKind.PcRelative32 => "R_X86_64_PC32",
        RelocationKind.Got32 => "R_X86_64_GOT32",
        RelocationKind.Plt32 => "R_X86_64_PLT32",
        RelocationKind.GotPcRel => "R_X86_64_GOTPCREL",
        RelocationKind.Absolute32 => "R_X86_64_32",
        RelocationKind.Absolute32Signed => "R_X86_64_32S",
        RelocationKind.ThreadPointerOffset32 => "R_X86_64_TPOFF32",
        RelocationKind.PcRelative64 => "R_X86_64_PC64",
        RelocationKind.GotPcRelRelaxable => "R_X86_64_GOTPCRELX",
        RelocationKind.RexGotPcRelRelaxable => "R_X86_64_REX_GOTPCRELX",
        _ => $"relocation type {(uint)kind}",
    };
}
