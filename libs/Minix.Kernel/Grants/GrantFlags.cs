namespace Minix.Kernel.Grants;

/// <summary>Grant entry flags, with MINIX's values.</summary>
[Flags]
public enum GrantFlags : uint
{
    /// <summary>No flags: a free entry.</summary>
    None = 0,

    /// <summary>The grantee may read the granter's memory (SAFECOPYFROM).</summary>
    Read = 0x1,

    /// <summary>The grantee may write the granter's memory (SAFECOPYTO).</summary>
    Write = 0x2,

    /// <summary>The entry is in use.</summary>
    Used = 0x100,

    /// <summary>A direct grant: a range of the granter's own memory.</summary>
    Direct = 0x200,

    /// <summary>An indirect grant: passes on (part of) a grant the granter received.</summary>
    Indirect = 0x400,

    /// <summary>The entry may be used.</summary>
    Valid = 0x1000,
}
