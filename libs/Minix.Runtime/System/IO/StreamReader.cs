using System.Text;

namespace System.IO;

/// <summary>
/// Reads text from a stream in an encoding (UTF-8 unless told otherwise), skipping a UTF-8 byte order mark at the
/// start; a sequence split between two reads of the stream is decoded whole.
/// </summary>
public class StreamReader : TextReader
{
    private const int DefaultBufferSize = 4096;

    private readonly Encoding _encoding;
    private readonly bool _detectPreamble;
    private readonly bool _leaveOpen;
    private Stream _stream;
    private byte[] _bytes;
    private int _carried;
    private char[] _chars = Array.Empty<char>();
    private int _charPosition;
    private int _charLength;
    private bool _started;

    /// <summary>A UTF-8 reader on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    public StreamReader(Stream stream)
        : this(stream, null, true, DefaultBufferSize, false)
    {
    }

    /// <summary>A UTF-8 reader on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="detectEncodingFromByteOrderMarks">Whether a UTF-8 byte order mark is skipped.</param>
    public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks)
        : this(stream, null, detectEncodingFromByteOrderMarks, DefaultBufferSize, false)
    {
    }

    /// <summary>A reader on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="encoding">The encoding.</param>
    public StreamReader(Stream stream, Encoding encoding)
        : this(stream, encoding, true, DefaultBufferSize, false)
    {
    }

    /// <summary>A reader on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="detectEncodingFromByteOrderMarks">Whether a UTF-8 byte order mark is skipped.</param>
    public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks)
        : this(stream, encoding, detectEncodingFromByteOrderMarks, DefaultBufferSize, false)
    {
    }

    /// <summary>A reader on <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="encoding">The encoding (null: UTF-8).</param>
    /// <param name="detectEncodingFromByteOrderMarks">Whether a UTF-8 byte order mark is skipped.</param>
    /// <param name="bufferSize">The buffer size in bytes (-1: the default).</param>
    /// <param name="leaveOpen">Whether closing the reader leaves the stream open.</param>
    public StreamReader(Stream stream, Encoding encoding = null, bool detectEncodingFromByteOrderMarks = true, int bufferSize = -1, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream, nameof(stream));
        if (bufferSize == -1)
            bufferSize = DefaultBufferSize;
        if (bufferSize <= 0)
            throw new ArgumentOutOfRangeException(nameof(bufferSize), "Positive number required.");
        if (!stream.CanRead)
            throw new ArgumentException("Stream was not readable.");
        _stream = stream;
        _encoding = encoding ?? UTF8Encoding.WithoutPreamble;
        _detectPreamble = detectEncodingFromByteOrderMarks || _encoding is UTF8Encoding;
        _leaveOpen = leaveOpen;
        _bytes = new byte[Math.Max(bufferSize, 16)];
    }

    /// <summary>A UTF-8 reader on the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    public StreamReader(string path)
        : this(path, true)
    {
    }

    /// <summary>A UTF-8 reader on the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="detectEncodingFromByteOrderMarks">Whether a UTF-8 byte order mark is skipped.</param>
    public StreamReader(string path, bool detectEncodingFromByteOrderMarks)
        : this(OpenFile(path), null, detectEncodingFromByteOrderMarks, DefaultBufferSize, false)
    {
    }

    /// <summary>A reader on the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding.</param>
    public StreamReader(string path, Encoding encoding)
        : this(OpenFile(path), encoding, true, DefaultBufferSize, false)
    {
    }

    /// <summary>A reader on the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="detectEncodingFromByteOrderMarks">Whether a UTF-8 byte order mark is skipped.</param>
    public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks)
        : this(OpenFile(path), encoding, detectEncodingFromByteOrderMarks, DefaultBufferSize, false)
    {
    }

    /// <summary>The encoding text is read in.</summary>
    public virtual Encoding CurrentEncoding => _encoding;

    /// <summary>The stream read from.</summary>
    public virtual Stream BaseStream => _stream;

    /// <summary>Whether everything has been read.</summary>
    public bool EndOfStream
    {
        get
        {
            CheckOpen();
            return _charPosition == _charLength && Fill() == 0;
        }
    }

    /// <inheritdoc/>
    public override int Peek()
    {
        CheckOpen();
        if (_charPosition == _charLength && Fill() == 0)
            return -1;
        return _chars[_charPosition];
    }

    /// <inheritdoc/>
    public override int Read()
    {
        CheckOpen();
        if (_charPosition == _charLength && Fill() == 0)
            return -1;
        return _chars[_charPosition++];
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer, nameof(buffer));
        if (index < 0 || count < 0)
            throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Non-negative number required.");
        if (buffer.Length - index < count)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        return Read(new Span<char>(buffer, index, count));
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        CheckOpen();
        int total = 0;
        while (total < buffer.Length)
        {
            if (_charPosition == _charLength && Fill() == 0)
                break;
            int take = Math.Min(buffer.Length - total, _charLength - _charPosition);
            new ReadOnlySpan<char>(_chars, _charPosition, take).CopyTo(buffer.Slice(total));
            _charPosition += take;
            total += take;
            if (total > 0 && _stream is not FileStream)
                break;
        }

        return total;
    }

    /// <inheritdoc/>
    public override string ReadLine()
    {
        CheckOpen();
        if (_charPosition == _charLength && Fill() == 0)
            return null;
        StringBuilder line = null;
        while (true)
        {
            for (int i = _charPosition; i < _charLength; i++)
            {
                char c = _chars[i];
                if (c != '\r' && c != '\n')
                    continue;
                string text;
                if (line is null)
                {
                    text = new string(_chars, _charPosition, i - _charPosition);
                }
                else
                {
                    line.Append(_chars, _charPosition, i - _charPosition);
                    text = line.ToString();
                }

                _charPosition = i + 1;
                if (c == '\r' && (_charPosition < _charLength || Fill() > 0) && _chars[_charPosition] == '\n')
                    _charPosition++;
                return text;
            }

            line ??= new StringBuilder();
            line.Append(_chars, _charPosition, _charLength - _charPosition);
            _charPosition = _charLength;
            if (Fill() == 0)
                return line.ToString();
        }
    }

    /// <inheritdoc/>
    public override string ReadToEnd()
    {
        CheckOpen();
        var text = new StringBuilder();
        do
        {
            text.Append(_chars, _charPosition, _charLength - _charPosition);
            _charPosition = _charLength;
        }
        while (Fill() > 0);
        return text.ToString();
    }

    /// <summary>Forgets what was read ahead (after the stream was sought in).</summary>
    public void DiscardBufferedData()
    {
        _charPosition = 0;
        _charLength = 0;
        _carried = 0;
    }

    /// <inheritdoc/>
    public override void Close() => Dispose(true);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (_stream is null)
            return;
        var stream = _stream;
        _stream = null;
        if (!_leaveOpen)
            stream.Close();
    }

    private static Stream OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path, nameof(path));
        if (path.Length == 0)
            throw new ArgumentException("Empty path name is not legal.", nameof(path));
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
    }

    private void CheckOpen()
    {
        if (_stream is null)
            throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
    }

    // Reads the stream into the character buffer; the bytes of a sequence cut off at the end wait for the next read.
    private int Fill()
    {
        _charPosition = 0;
        _charLength = 0;
        while (true)
        {
            int read = _stream.Read(_bytes, _carried, _bytes.Length - _carried);
            int available = _carried + read;
            int start = 0;
            if (!_started && available > 0)
            {
                if (_detectPreamble && available < 3 && read > 0 && IsPreamblePrefix(available))
                {
                    _carried = available;
                    continue;
                }

                _started = true;
                if (_detectPreamble && available >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
                    start = 3;
            }

            if (read == 0)
            {
                _carried = 0;
                return Decode(start, available - start);
            }

            int complete = _encoding is UTF8Encoding ? CompleteUtf8(start, available) : available;
            int produced = Decode(start, complete - start);
            _carried = available - complete;
            for (int i = 0; i < _carried; i++)
                _bytes[i] = _bytes[complete + i];
            if (produced > 0)
                return produced;
        }
    }

    private bool IsPreamblePrefix(int available)
    {
        return _bytes[0] == 0xEF && (available < 2 || _bytes[1] == 0xBB);
    }

    private int Decode(int start, int count)
    {
        if (count <= 0)
            return 0;
        string text = _encoding.GetString(new ReadOnlySpan<byte>(_bytes, start, count));
        if (_chars.Length < text.Length)
            _chars = new char[Math.Max(text.Length, _bytes.Length)];
        text.AsSpan().CopyTo(_chars);
        _charLength = text.Length;
        return text.Length;
    }

    // The end of the last whole UTF-8 sequence in [start, end): a lead byte near the end without all of its
    // continuation bytes is left for the next read.
    private int CompleteUtf8(int start, int end)
    {
        for (int i = end - 1; i >= start && i >= end - 3; i--)
        {
            byte b = _bytes[i];
            if ((b & 0xC0) == 0x80)
                continue;
            if (b < 0xC0)
                return end;
            int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return end - i < need ? i : end;
        }

        return end;
    }
}
