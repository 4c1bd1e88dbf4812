namespace Minix.Build.Elf;

/// <summary>Symbol type (STT_*).</summary>
public enum ElfSymbolType : byte
{
    /// <summary>Unspecified (ILC's data symbols).</summary>
    NoType = 0,
    /// <summary>A data object.</summary>
    Object = 1,
    /// <summary>A function.</summary>
    Function = 2,
    /// <summary>A section.</summary>
    Section = 3,
    /// <summary>A source file.</summary>
    File = 4,
    /// <summary>Thread-local storage.</summary>
    Tls = 6,
}
