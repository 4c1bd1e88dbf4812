namespace Minix.Build.Elf;

/// <summary>Section flags (SHF_*).</summary>
[Flags]
public enum ElfSectionFlags : ulong
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>Writable at run time.</summary>
    Write = 0x1,
    /// <summary>Occupies memory at run time.</summary>
    Alloc = 0x2,
    /// <summary>Executable.</summary>
    Execute = 0x4,
    /// <summary>Mergeable.</summary>
    Merge = 0x10,
    /// <summary>Holds strings.</summary>
    Strings = 0x20,
    /// <summary>Holds section indices (relocation sections).</summary>
    InfoLink = 0x40,
    /// <summary>Thread-local storage.</summary>
    Tls = 0x400,
}
