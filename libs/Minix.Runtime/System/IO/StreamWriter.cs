using System.Text;

namespace System.IO;

/// <summary>
/// Writes text to a stream in an encoding (UTF-8 without a byte order mark unless told otherwise), collecting
/// characters in a buffer until it is full, flushed, or the writer closed; with <see cref="AutoFlush"/> each write
/// call reaches the stream at once.
/// </summary>
public class StreamWriter : TextWriter
{
    private const int DefaultBufferSize = 1024;

    private readonly Encoding _encoding;
    private readonly bool _leaveOpen;
    private Stream _stream;
    private char[] _chars;
    private int _charCount;
    private byte[] _bytes;
    private bool _preambleDone;
    private bool _autoFlush;

    /// <summary>A writer on <paramref name="stream"/> in UTF-8 without a byte order mark.</summary>
    /// <param name="stream">The stream.</param>
    public StreamWriter(Stream stream)
        : this(stream, UTF8Encoding.WithoutPreamble, DefaultBufferSize, false)
    {
    }

    /// <summary>A writer on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="encoding">The encoding.</param>
    public StreamWriter(Stream stream, Encoding encoding)
        : this(stream, encoding, DefaultBufferSize, false)
    {
    }

    /// <summary>A writer on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="bufferSize">The buffer size in characters (-1: the default).</param>
    public StreamWriter(Stream stream, Encoding encoding, int bufferSize)
        : this(stream, encoding, bufferSize, false)
    {
    }

    /// <summary>A writer on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="encoding">The encoding (null: UTF-8 without a byte order mark).</param>
    /// <param name="bufferSize">The buffer size in characters (-1: the default).</param>
    /// <param name="leaveOpen">Whether closing the writer leaves the stream open.</param>
    public StreamWriter(Stream stream, Encoding encoding = null, int bufferSize = -1, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream, nameof(stream));
        if (bufferSize == -1)
            bufferSize = DefaultBufferSize;
        if (bufferSize <= 0)
            throw new ArgumentOutOfRangeException(nameof(bufferSize), "Positive number required.");
        if (!stream.CanWrite)
            throw new ArgumentException("Stream was not writable.");
        _stream = stream;
        _encoding = encoding ?? UTF8Encoding.WithoutPreamble;
        _leaveOpen = leaveOpen;
        _chars = new char[Math.Max(bufferSize, 2)];
        if (stream.CanSeek && stream.Position > 0)
            _preambleDone = true;
    }

    /// <summary>A writer on a new file at <paramref name="path"/> (replacing one there).</summary>
    /// <param name="path">The file.</param>
    public StreamWriter(string path)
        : this(path, false)
    {
    }

    /// <summary>A writer on the file at <paramref name="path"/>, appending to it or replacing it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="append">Whether to append.</param>
    public StreamWriter(string path, bool append)
        : this(path, append, UTF8Encoding.WithoutPreamble)
    {
    }

    /// <summary>A writer on the file at <paramref name="path"/>, appending to it or replacing it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="append">Whether to append.</param>
    /// <param name="encoding">The encoding.</param>
    public StreamWriter(string path, bool append, Encoding encoding)
        : this(OpenFile(path, append), encoding, DefaultBufferSize, false)
    {
    }

    /// <summary>Whether every write call reaches the stream at once.</summary>
    public virtual bool AutoFlush
    {
        get => _autoFlush;
        set
        {
            _autoFlush = value;
            if (value)
                Flush(true);
        }
    }

    /// <summary>The stream written to.</summary>
    public virtual Stream BaseStream => _stream;

    /// <inheritdoc/>
    public override Encoding Encoding => _encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        CheckOpen();
        if (_charCount == _chars.Length)
            Flush(false);
        _chars[_charCount++] = value;
        if (_autoFlush)
            Flush(true);
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        CheckOpen();
        while (buffer.Length > 0)
        {
            if (_charCount == _chars.Length)
                Flush(false);
            int take = Math.Min(buffer.Length, _chars.Length - _charCount);
            buffer.Slice(0, take).CopyTo(new Span<char>(_chars, _charCount, take));
            _charCount += take;
            buffer = buffer.Slice(take);
        }

        if (_autoFlush)
            Flush(true);
    }

    /// <inheritdoc/>
    public override void Write(string value)
    {
        if (value is not null)
            Write(value.AsSpan());
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer)
    {
        if (buffer is not null)
            Write(new ReadOnlySpan<char>(buffer));
    }

    /// <inheritdoc/>
    public override void WriteLine(string value)
    {
        CheckOpen();
        bool auto = _autoFlush;
        _autoFlush = false;
        if (value is not null)
            Write(value.AsSpan());
        Write(NewLine.AsSpan());
        _autoFlush = auto;
        if (auto)
            Flush(true);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        CheckOpen();
        Flush(true);
    }

    /// <inheritdoc/>
    public override void Close() => Dispose(true);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (_stream is null)
            return;
        try
        {
            Flush(true, final: true);
        }
        finally
        {
            var stream = _stream;
            _stream = null;
            if (!_leaveOpen)
                stream.Close();
        }
    }

    private static Stream OpenFile(string path, bool append)
    {
        ArgumentNullException.ThrowIfNull(path, nameof(path));
        if (path.Length == 0)
            throw new ArgumentException("Empty path name is not legal.", nameof(path));
        return new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 4096);
    }

    private void CheckOpen()
    {
        if (_stream is null)
            throw new ObjectDisposedException(GetType().Name, "Cannot write to a closed TextWriter.");
    }

    // Encodes the buffered characters (a trailing high surrogate waits for its pair unless this is the last flush)
    // and writes them; flushStream also flushes the stream.
    private void Flush(bool flushStream, bool final = false)
    {
        if (!_preambleDone)
        {
            _preambleDone = true;
            byte[] preamble = _encoding.GetPreamble();
            if (preamble.Length > 0)
                _stream.Write(preamble, 0, preamble.Length);
        }

        int count = _charCount;
        if (!final && count > 0 && char.IsHighSurrogate(_chars[count - 1]))
            count--;
        if (count > 0)
        {
            int needed = _encoding.GetMaxByteCount(count);
            if (_bytes is null || _bytes.Length < needed)
                _bytes = new byte[needed];
            int length = _encoding.GetBytes(new ReadOnlySpan<char>(_chars, 0, count), _bytes);
            _stream.Write(_bytes, 0, length);
            if (count < _charCount)
                _chars[0] = _chars[count];
            _charCount -= count;
        }

        if (flushStream)
            _stream.Flush();
    }
}
