namespace System.IO;

/// <summary>How a file is opened: created, truncated, appended to.</summary>
public enum FileMode
{
    /// <summary>Create a new file; fail if it exists.</summary>
    CreateNew = 1,

    /// <summary>Create the file, truncating it if it exists.</summary>
    Create = 2,

    /// <summary>Open an existing file.</summary>
    Open = 3,

    /// <summary>Open the file, creating it if it does not exist.</summary>
    OpenOrCreate = 4,

    /// <summary>Open an existing file and truncate it.</summary>
    Truncate = 5,

    /// <summary>Open or create the file and write at its end.</summary>
    Append = 6,
}
