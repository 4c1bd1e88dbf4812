namespace System.IO;

/// <summary>What other opens of the file may do (accepted and ignored: MINIX, like .NET on Unix without locks,
/// does not enforce sharing).</summary>
[Flags]
public enum FileShare
{
    /// <summary>No sharing.</summary>
    None = 0,

    /// <summary>Others may read.</summary>
    Read = 1,

    /// <summary>Others may write.</summary>
    Write = 2,

    /// <summary>Others may read and write.</summary>
    ReadWrite = 3,

    /// <summary>Others may delete.</summary>
    Delete = 4,

    /// <summary>Inheritable by child processes.</summary>
    Inheritable = 16,
}
