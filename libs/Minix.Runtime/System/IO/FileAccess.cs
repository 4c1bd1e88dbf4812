namespace System.IO;

/// <summary>What a file is opened for.</summary>
[Flags]
public enum FileAccess
{
    /// <summary>Reading.</summary>
    Read = 1,

    /// <summary>Writing.</summary>
    Write = 2,

    /// <summary>Reading and writing.</summary>
    ReadWrite = 3,
}
