namespace Minix.Posix.Abi;

/// <summary>The <c>whence</c> of lseek(2).</summary>
public enum SeekFrom
{
    /// <summary>SEEK_SET: from the start of the file.</summary>
    Start = 0,

    /// <summary>SEEK_CUR: from the current position.</summary>
    Current = 1,

    /// <summary>SEEK_END: from the end of the file.</summary>
    End = 2,
}
