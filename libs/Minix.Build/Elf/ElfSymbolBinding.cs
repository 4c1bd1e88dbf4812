namespace Minix.Build.Elf;

/// <summary>Symbol binding (STB_*).</summary>
public enum ElfSymbolBinding : byte
{
    /// <summary>Visible in its object only.</summary>
    Local = 0,
    /// <summary>Visible to every object.</summary>
    Global = 1,
    /// <summary>Global, but may be overridden.</summary>
    Weak = 2,
}
