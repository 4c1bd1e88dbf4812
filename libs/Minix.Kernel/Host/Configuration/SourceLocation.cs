namespace Minix.Kernel.Configuration;

/// <summary>A place in a system.conf file: file name, 1-based line and column.</summary>
public readonly struct SourceLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="file">The file name as given to the reader.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    public SourceLocation(string file, int line, int column)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The file name as given to the reader.</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>The usual compiler form, <c>file:line:column</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => File + ":" + Line + ":" + Column;
}
