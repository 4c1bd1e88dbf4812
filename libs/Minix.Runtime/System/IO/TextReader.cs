using System.Text;

namespace System.IO;

/// <summary>Reads characters: subclasses supply <see cref="Peek"/> and <see cref="Read()"/>, the rest builds on them.</summary>
public abstract class TextReader : IDisposable
{
    /// <summary>A reader with nothing to read.</summary>
    public static readonly TextReader Null = new NullTextReader();

    /// <summary>The next character without consuming it.</summary>
    /// <returns>The character, or -1 at the end.</returns>
    public virtual int Peek() => -1;

    /// <summary>Reads one character.</summary>
    /// <returns>The character, or -1 at the end.</returns>
    public virtual int Read() => -1;

    /// <summary>Reads up to <paramref name="count"/> characters.</summary>
    /// <param name="buffer">Where to put them.</param>
    /// <param name="index">The first index to fill.</param>
    /// <param name="count">The most to read.</param>
    /// <returns>The characters read, 0 at the end.</returns>
    public virtual int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer, nameof(buffer));
        if (index < 0)
            throw new ArgumentOutOfRangeException(nameof(index), "Non-negative number required.");
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
        if (buffer.Length - index < count)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        return Read(new Span<char>(buffer, index, count));
    }

    /// <summary>Reads into <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Where to put the characters.</param>
    /// <returns>The characters read, 0 at the end.</returns>
    public virtual int Read(Span<char> buffer)
    {
        int n = 0;
        while (n < buffer.Length)
        {
            int c = Read();
            if (c < 0)
                break;
            buffer[n++] = (char)c;
        }

        return n;
    }

    /// <summary>Reads as many characters as fit or remain.</summary>
    /// <param name="buffer">Where to put them.</param>
    /// <param name="index">The first index to fill.</param>
    /// <param name="count">The most to read.</param>
    /// <returns>The characters read.</returns>
    public virtual int ReadBlock(char[] buffer, int index, int count)
    {
        int total = 0;
        int read;
        while (total < count && (read = Read(buffer, index + total, count - total)) > 0)
            total += read;
        return total;
    }

    /// <summary>Reads a line: the characters up to "\n", "\r" or "\r\n" (not included).</summary>
    /// <returns>The line, or null at the end.</returns>
    public virtual string ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            int c = Read();
            if (c < 0)
                return line.Length > 0 ? line.ToString() : null;
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && Peek() == '\n')
                    Read();
                return line.ToString();
            }

            line.Append((char)c);
        }
    }

    /// <summary>Reads everything that is left.</summary>
    /// <returns>The text.</returns>
    public virtual string ReadToEnd()
    {
        var text = new StringBuilder();
        var chunk = new char[4096];
        int read;
        while ((read = Read(chunk, 0, chunk.Length)) > 0)
            text.Append(chunk, 0, read);
        return text.ToString();
    }

    /// <summary>Closes the reader (<see cref="Dispose(bool)"/>).</summary>
    public virtual void Close() => Dispose(true);

    /// <summary>Closes the reader.</summary>
    public void Dispose() => Dispose(true);

    /// <summary>Releases what the reader holds.</summary>
    /// <param name="disposing">Called from Dispose.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Returns <paramref name="reader"/> (an image process has one thread).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The same reader.</returns>
    public static TextReader Synchronized(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader, nameof(reader));
        return reader;
    }

    private sealed class NullTextReader : TextReader
    {
    }
}
