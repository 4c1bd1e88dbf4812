namespace System.IO;

/// <summary>Where a seek offset counts from.</summary>
public enum SeekOrigin
{
    /// <summary>The start of the stream.</summary>
    Begin = 0,

    /// <summary>The current position.</summary>
    Current = 1,

    /// <summary>The end of the stream.</summary>
    End = 2,
}
