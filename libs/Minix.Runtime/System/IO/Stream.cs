namespace System.IO;

/// <summary>A sequence of bytes that may be read, written and sought in.</summary>
public abstract class Stream : IDisposable
{
    /// <summary>A stream that holds nothing and swallows what is written.</summary>
    public static readonly Stream Null = new NullStream();

    /// <summary>Whether the stream can be read.</summary>
    public abstract bool CanRead { get; }

    /// <summary>Whether the stream can be sought in.</summary>
    public abstract bool CanSeek { get; }

    /// <summary>Whether the stream can be written.</summary>
    public abstract bool CanWrite { get; }

    /// <summary>The length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>The position in bytes.</summary>
    public abstract long Position { get; set; }

    /// <summary>Writes what is buffered to the underlying device.</summary>
    public abstract void Flush();

    /// <summary>Reads up to <paramref name="count"/> bytes.</summary>
    /// <param name="buffer">Where to put them.</param>
    /// <param name="offset">The first index to fill.</param>
    /// <param name="count">The most to read.</param>
    /// <returns>The bytes read, 0 at the end.</returns>
    public abstract int Read(byte[] buffer, int offset, int count);

    /// <summary>Moves the position.</summary>
    /// <param name="offset">The offset.</param>
    /// <param name="origin">What it counts from.</param>
    /// <returns>The new position.</returns>
    public abstract long Seek(long offset, SeekOrigin origin);

    /// <summary>Sets the length.</summary>
    /// <param name="value">The length.</param>
    public abstract void SetLength(long value);

    /// <summary>Writes <paramref name="count"/> bytes.</summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="offset">The first index.</param>
    /// <param name="count">How many.</param>
    public abstract void Write(byte[] buffer, int offset, int count);

    /// <summary>Reads into <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Where to put the bytes.</param>
    /// <returns>The bytes read, 0 at the end.</returns>
    public virtual int Read(Span<byte> buffer)
    {
        var array = new byte[buffer.Length];
        int read = Read(array, 0, array.Length);
        new ReadOnlySpan<byte>(array, 0, read).CopyTo(buffer);
        return read;
    }

    /// <summary>Writes <paramref name="buffer"/>.</summary>
    /// <param name="buffer">The bytes.</param>
    public virtual void Write(ReadOnlySpan<byte> buffer)
    {
        byte[] array = buffer.ToArray();
        Write(array, 0, array.Length);
    }

    /// <summary>Reads one byte.</summary>
    /// <returns>The byte, or -1 at the end.</returns>
    public virtual int ReadByte()
    {
        var one = new byte[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }

    /// <summary>Writes one byte.</summary>
    /// <param name="value">The byte.</param>
    public virtual void WriteByte(byte value) => Write(new[] { value }, 0, 1);

    /// <summary>Reads exactly <paramref name="buffer"/>'s length in bytes.</summary>
    /// <param name="buffer">Where to put them.</param>
    /// <exception cref="EndOfStreamException">The stream ended first.</exception>
    public void ReadExactly(Span<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            int read = Read(buffer);
            if (read == 0)
                throw new EndOfStreamException();
            buffer = buffer.Slice(read);
        }
    }

    /// <summary>Copies the rest of this stream to <paramref name="destination"/>.</summary>
    /// <param name="destination">The target.</param>
    public void CopyTo(Stream destination) => CopyTo(destination, 81920);

    /// <summary>Copies the rest of this stream to <paramref name="destination"/>.</summary>
    /// <param name="destination">The target.</param>
    /// <param name="bufferSize">The size of the chunks.</param>
    public virtual void CopyTo(Stream destination, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(destination, nameof(destination));
        if (bufferSize <= 0)
            throw new ArgumentOutOfRangeException(nameof(bufferSize), "Positive number required.");
        var buffer = new byte[bufferSize];
        int read;
        while ((read = Read(buffer, 0, buffer.Length)) != 0)
            destination.Write(buffer, 0, read);
    }

    /// <summary>Closes the stream (<see cref="Dispose(bool)"/>).</summary>
    public virtual void Close() => Dispose(true);

    /// <summary>Closes the stream.</summary>
    public void Dispose() => Close();

    /// <summary>Releases what the stream holds.</summary>
    /// <param name="disposing">Called from Dispose.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    // Arguments of Read/Write(byte[], int, int), checked as .NET checks them.
    internal static void CheckBuffer(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer, nameof(buffer));
        if (offset < 0)
            throw new ArgumentOutOfRangeException(nameof(offset), "Non-negative number required.");
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
        if (buffer.Length - offset < count)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
    }

    private sealed class NullStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => 0;

        public override long Position
        {
            get => 0;
            set { }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => 0;

        public override long Seek(long offset, SeekOrigin origin) => 0;

        public override void SetLength(long value)
        {
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
        }
    }
}
