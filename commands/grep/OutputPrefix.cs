using Minix.Commands.Libc;

namespace Minix.Commands.Grep;

/// <summary>
/// What goes before a printed line or match: the file name (-H), the line number (-n) and the byte offset (-b), each
/// followed by ':' on a selected line and '-' on a context line; -Z puts a NUL after the name instead, and -T a tab
/// before the text so that it lines up, the numbers padded to the width of the file's size as GNU grep pads them.
/// </summary>
internal sealed class OutputPrefix(OutputBuffer output)
{
    /// <summary>The separator after the parts of a selected line.</summary>
    public const byte Selected = (byte)':';

    /// <summary>The separator after the parts of a context line.</summary>
    public const byte Context = (byte)'-';

    /// <summary>GNU's width for numbers when the size of a file is unknown (a pipe): the digits of the biggest offset.</summary>
    private const int UnknownSizeWidth = 19;

    /// <summary>-H: print the file name.</summary>
    public bool Names { get; set; }

    /// <summary>-n: print the line number.</summary>
    public bool LineNumbers { get; init; }

    /// <summary>-b: print the byte offset.</summary>
    public bool ByteOffsets { get; init; }

    /// <summary>-T: a tab before the text, and numbers padded to <see cref="_width"/>.</summary>
    public bool InitialTab { get; init; }

    /// <summary>-Z: a NUL after the file name, not a separator.</summary>
    public bool NullAfterName { get; init; }

    private int _width;

    /// <summary>Sets the width of numbers under -T for the next file.</summary>
    /// <param name="size">The file's size, or -1 if it is not a regular file.</param>
    public void StartFile(long size) => _width = !InitialTab ? 0 : size < 0 ? UnknownSizeWidth : Math.Max(1, size.ToString().Length);

    /// <summary>Writes the prefix of an output line.</summary>
    /// <param name="name">The file's name as shown.</param>
    /// <param name="separator"><see cref="Selected"/> or <see cref="Context"/>.</param>
    /// <param name="lineNumber">The line's number, from 1.</param>
    /// <param name="offset">The offset in the file of what is printed.</param>
    /// <param name="length">The length of what is printed (-T adds no tab before an empty line).</param>
    public void Write(string name, byte separator, long lineNumber, long offset, int length)
    {
        if (Names)
        {
            output.Write(name);
            output.Write(NullAfterName ? (byte)0 : separator);
        }

        if (LineNumbers)
            WriteNumber(lineNumber, separator);
        if (ByteOffsets)
            WriteNumber(offset, separator);
        if (InitialTab && (Names || LineNumbers || ByteOffsets) && length > 0)
            output.Write((byte)'\t');
    }

    /// <summary>Writes a file's name for -c (followed by a separator) or -l and -L (ending the line).</summary>
    /// <param name="name">The file's name as shown.</param>
    /// <param name="end">What follows the name without -Z.</param>
    public void WriteName(string name, byte end)
    {
        output.Write(name);
        output.Write(NullAfterName ? (byte)0 : end);
    }

    private void WriteNumber(long number, byte separator)
    {
        string digits = number.ToString();
        for (int i = digits.Length; i < _width; i++)
            output.Write((byte)' ');
        output.Write(digits);
        output.Write(separator);
    }
}
