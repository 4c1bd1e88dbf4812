namespace System.IO;

/// <summary>Whether a directory search descends into subdirectories.</summary>
public enum SearchOption
{
    /// <summary>The directory only.</summary>
    TopDirectoryOnly = 0,

    /// <summary>The directory and all below it.</summary>
    AllDirectories = 1,
}
