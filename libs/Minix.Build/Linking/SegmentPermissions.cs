namespace Minix.Build.Linking;

/// <summary>Access rights of a loadable segment (ELF p_flags bits).</summary>
[Flags]
public enum SegmentPermissions
{
    /// <summary>Executable.</summary>
    Execute = 1,
    /// <summary>Writable.</summary>
    Write = 2,
    /// <summary>Readable.</summary>
    Read = 4,
}
