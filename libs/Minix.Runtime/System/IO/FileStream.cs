using Minix.Runtime;
using Minix.Runtime.Posix;

namespace System.IO;

/// <summary>
/// A file as a stream of bytes, over a file descriptor of the program ABI (open, read, write, lseek, fstat,
/// ftruncate), with .NET's buffering: reads fill a buffer, writes collect in it until it is full, flushed or the
/// stream is closed.
/// </summary>
public class FileStream : Stream
{
    private const int DefaultBufferSize = 4096;

    private readonly FileAccess _access;
    private readonly bool _ownsHandle;
    private readonly bool _seekable;
    private readonly string _name;
    private readonly int _bufferSize;
    private readonly long _appendStart = -1;
    private int _fd;
    private byte[] _buffer;
    private int _readPosition;
    private int _readLength;
    private int _writePosition;
    private long _filePosition;

    /// <summary>Opens <paramref name="path"/> for reading and writing (writing only for <see cref="FileMode.Append"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How to open it.</param>
    public FileStream(string path, FileMode mode)
        : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite)
    {
    }

    /// <summary>Opens <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How to open it.</param>
    /// <param name="access">What for.</param>
    public FileStream(string path, FileMode mode, FileAccess access)
        : this(path, mode, access, FileShare.Read, DefaultBufferSize)
    {
    }

    /// <summary>Opens <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How to open it.</param>
    /// <param name="access">What for.</param>
    /// <param name="share">What others may do (not enforced).</param>
    public FileStream(string path, FileMode mode, FileAccess access, FileShare share)
        : this(path, mode, access, share, DefaultBufferSize)
    {
    }

    /// <summary>Opens <paramref name="path"/> with a buffer of <paramref name="bufferSize"/> bytes (0 or 1: none).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How to open it.</param>
    /// <param name="access">What for.</param>
    /// <param name="share">What others may do (not enforced).</param>
    /// <param name="bufferSize">The buffer size.</param>
    public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize)
    {
        Validate(path, mode, access, bufferSize);
        _name = Path.GetFullPath(path);
        _access = access;
        _ownsHandle = true;
        _bufferSize = bufferSize;

        int flags = (access == FileAccess.Read ? PosixAbi.OpenReadOnly : access == FileAccess.Write ? PosixAbi.OpenWriteOnly : PosixAbi.OpenReadWrite)
            | PosixAbi.OpenCloseOnExec;
        flags |= mode switch
        {
            FileMode.CreateNew => PosixAbi.OpenCreate | PosixAbi.OpenExclusive,
            FileMode.Create => PosixAbi.OpenCreate | PosixAbi.OpenTruncate,
            FileMode.OpenOrCreate or FileMode.Append => PosixAbi.OpenCreate,
            FileMode.Truncate => PosixAbi.OpenTruncate,
            _ => 0,
        };
        long fd = PosixCalls.Open(_name, flags, PosixAbi.ModeNewFile);
        if (fd < 0)
        {
            // A missing path is the file's fault only if its directory exists and nothing was to be created.
            bool isDirectory = fd == PosixAbi.NotFound
                && ((flags & PosixAbi.OpenCreate) != 0 || PosixCalls.TypeOf(Path.GetDirectoryName(_name) ?? "/") != PosixAbi.ModeDirectory);
            throw PosixCalls.ExceptionFor((int)fd, _name, isDirectory);
        }

        _fd = (int)fd;
        FileStatusBuffer status;
        unsafe
        {
            if (PlatformImports.FileStat(_fd, &status) == 0 && (status.Mode & PosixAbi.ModeTypeMask) == PosixAbi.ModeDirectory)
            {
                PlatformImports.Close(_fd);
                _fd = -1;
                throw PosixCalls.ExceptionFor(PosixAbi.AccessDenied, _name, true);
            }
        }

        long position = SeekDescriptor(0, PosixAbi.SeekCurrent);
        _seekable = position >= 0;
        _filePosition = _seekable ? position : 0;
        if (mode == FileMode.Append && _seekable)
        {
            _filePosition = SeekDescriptor(0, PosixAbi.SeekEnd);
            _appendStart = _filePosition;
        }
    }

    // A stream over a descriptor the caller opened (standard input and output, a descriptor a program inherited).
    internal FileStream(int fd, FileAccess access, bool ownsHandle, string name, int bufferSize)
    {
        _fd = fd;
        _access = access;
        _ownsHandle = ownsHandle;
        _name = name;
        _bufferSize = bufferSize;
        long position = SeekDescriptor(0, PosixAbi.SeekCurrent);
        _seekable = position >= 0;
        _filePosition = _seekable ? position : 0;
    }

    /// <summary>The full path of the file.</summary>
    public virtual string Name => _name;

    /// <inheritdoc/>
    public override bool CanRead => _fd >= 0 && (_access & FileAccess.Read) != 0;

    /// <inheritdoc/>
    public override bool CanWrite => _fd >= 0 && (_access & FileAccess.Write) != 0;

    /// <inheritdoc/>
    public override bool CanSeek => _fd >= 0 && _seekable;

    /// <inheritdoc/>
    public override long Length
    {
        get
        {
            CheckSeekable();
            FlushWrites();
            FileStatusBuffer status;
            unsafe
            {
                PosixCalls.Check(PlatformImports.FileStat(_fd, &status), _name);
            }

            return status.Size;
        }
    }

    /// <inheritdoc/>
    public override long Position
    {
        get
        {
            CheckSeekable();
            return _filePosition - (_readLength - _readPosition) + _writePosition;
        }

        set
        {
            if (value < 0)
                throw new ArgumentOutOfRangeException(nameof(value), "Non-negative number required.");
            Seek(value, SeekOrigin.Begin);
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        CheckOpen();
        FlushWrites();
    }

    /// <summary>Flushes; <paramref name="flushToDisk"/> is accepted (the file system writes through on close).</summary>
    /// <param name="flushToDisk">Ignored.</param>
    public virtual void Flush(bool flushToDisk) => Flush();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        CheckBuffer(buffer, offset, count);
        return Read(new Span<byte>(buffer, offset, count));
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        CheckOpen();
        if ((_access & FileAccess.Read) == 0)
            throw new NotSupportedException("Stream does not support reading.");
        FlushWrites();
        if (_readPosition < _readLength)
        {
            int take = Math.Min(buffer.Length, _readLength - _readPosition);
            new ReadOnlySpan<byte>(_buffer, _readPosition, take).CopyTo(buffer);
            _readPosition += take;
            return take;
        }

        if (buffer.Length == 0)
            return 0;
        if (_bufferSize <= 1 || buffer.Length >= _bufferSize)
            return ReadDescriptor(buffer);
        _buffer ??= new byte[_bufferSize];
        _readPosition = 0;
        _readLength = ReadDescriptor(_buffer);
        int copied = Math.Min(buffer.Length, _readLength);
        new ReadOnlySpan<byte>(_buffer, 0, copied).CopyTo(buffer);
        _readPosition = copied;
        return copied;
    }

    /// <inheritdoc/>
    public override int ReadByte()
    {
        CheckOpenStream();
        if (_readPosition < _readLength)
            return _buffer[_readPosition++];
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count)
    {
        CheckBuffer(buffer, offset, count);
        Write(new ReadOnlySpan<byte>(buffer, offset, count));
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        CheckOpen();
        if ((_access & FileAccess.Write) == 0)
            throw new NotSupportedException("Stream does not support writing.");
        DiscardReadBuffer();
        if (_bufferSize <= 1)
        {
            WriteDescriptor(buffer);
            return;
        }

        if (_writePosition + buffer.Length <= _bufferSize)
        {
            _buffer ??= new byte[_bufferSize];
            buffer.CopyTo(new Span<byte>(_buffer, _writePosition, buffer.Length));
            _writePosition += buffer.Length;
            if (_writePosition == _bufferSize)
                FlushWrites();
            return;
        }

        FlushWrites();
        if (buffer.Length >= _bufferSize)
        {
            WriteDescriptor(buffer);
            return;
        }

        _buffer ??= new byte[_bufferSize];
        buffer.CopyTo(_buffer);
        _writePosition = buffer.Length;
    }

    /// <inheritdoc/>
    public override void WriteByte(byte value)
    {
        CheckOpenStream();
        if (_writePosition > 0 && _writePosition < _bufferSize - 1)
        {
            _buffer[_writePosition++] = value;
            return;
        }

        Span<byte> one = stackalloc byte[1];
        one[0] = value;
        Write(one);
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin)
    {
        if (origin < SeekOrigin.Begin || origin > SeekOrigin.End)
            throw new ArgumentException("Invalid seek origin.", nameof(origin));
        CheckSeekable();
        FlushWrites();
        long target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => Length + offset,
        };
        if (target < 0)
            throw new IOException("An attempt was made to move the position before the beginning of the stream.");
        if (_appendStart >= 0 && target < _appendStart)
            throw new IOException("Unable seek backward to overwrite data that previously existed in a file opened in Append mode.");
        _readPosition = 0;
        _readLength = 0;
        _filePosition = PosixCalls.Check(SeekDescriptor(target, PosixAbi.SeekStart), _name);
        return _filePosition;
    }

    /// <inheritdoc/>
    public override void SetLength(long value)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), "Non-negative number required.");
        CheckSeekable();
        if ((_access & FileAccess.Write) == 0)
            throw new NotSupportedException("Stream does not support writing.");
        FlushWrites();
        DiscardReadBuffer();
        PosixCalls.Check(PlatformImports.Truncate(_fd, value), _name);
        if (_filePosition > value)
            _filePosition = PosixCalls.Check(SeekDescriptor(value, PosixAbi.SeekStart), _name);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (_fd < 0)
            return;
        try
        {
            FlushWrites();
        }
        finally
        {
            if (_ownsHandle)
                PlatformImports.Close(_fd);
            _fd = -1;
        }
    }

    private void Validate(string path, FileMode mode, FileAccess access, int bufferSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(path, nameof(path));
        if (mode < FileMode.CreateNew || mode > FileMode.Append)
            throw new ArgumentOutOfRangeException(nameof(mode), "Enum value was out of legal range.");
        if (access < FileAccess.Read || access > FileAccess.ReadWrite)
            throw new ArgumentOutOfRangeException(nameof(access), "Enum value was out of legal range.");
        if (bufferSize < 0)
            throw new ArgumentOutOfRangeException(nameof(bufferSize), "Non-negative number required.");
        if ((access & FileAccess.Write) == 0 && (mode == FileMode.Truncate || mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.Append))
            throw new ArgumentException("Combining FileMode: " + ModeName(mode) + " with FileAccess: " + AccessName(access) + " is invalid.", nameof(access));
        if (mode == FileMode.Append && (access & FileAccess.Read) != 0)
            throw new ArgumentException("Append access can be requested only in write-only mode.", nameof(access));
    }

    private static string ModeName(FileMode mode) => mode switch
    {
        FileMode.CreateNew => "CreateNew",
        FileMode.Create => "Create",
        FileMode.Open => "Open",
        FileMode.OpenOrCreate => "OpenOrCreate",
        FileMode.Truncate => "Truncate",
        _ => "Append",
    };

    private static string AccessName(FileAccess access) => access switch
    {
        FileAccess.Read => "Read",
        FileAccess.Write => "Write",
        _ => "ReadWrite",
    };

    private void CheckOpen()
    {
        if (_fd < 0)
            throw new ObjectDisposedException(null, "Cannot access a closed file.");
    }

    // The single-byte calls report a closed stream in .NET's words for a stream, the others a closed file.
    private void CheckOpenStream()
    {
        if (_fd < 0)
            throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
    }

    private void CheckSeekable()
    {
        CheckOpen();
        if (!_seekable)
            throw new NotSupportedException("Stream does not support seeking.");
    }

    private void FlushWrites()
    {
        if (_writePosition == 0)
            return;
        int pending = _writePosition;
        _writePosition = 0;
        WriteDescriptor(new ReadOnlySpan<byte>(_buffer, 0, pending));
    }

    // Unread buffered bytes are given back: the descriptor's offset moves to the stream's position.
    private void DiscardReadBuffer()
    {
        int unread = _readLength - _readPosition;
        _readPosition = 0;
        _readLength = 0;
        if (unread > 0 && _seekable)
            _filePosition = PosixCalls.Check(SeekDescriptor(_filePosition - unread, PosixAbi.SeekStart), _name);
    }

    private unsafe long SeekDescriptor(long offset, int whence) => PlatformImports.Seek(_fd, offset, whence);

    private unsafe int ReadDescriptor(Span<byte> buffer)
    {
        long read;
        fixed (byte* p = buffer)
        {
            do
                read = PlatformImports.Read(_fd, p, buffer.Length);
            while (read == PosixAbi.Interrupted);
        }

        PosixCalls.Check(read, _name);
        _filePosition += read;
        return (int)read;
    }

    private unsafe void WriteDescriptor(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* start = bytes)
        {
            byte* p = start;
            long left = bytes.Length;
            while (left > 0)
            {
                long written = PlatformImports.Write(_fd, p, left);
                if (written == PosixAbi.Interrupted)
                    continue;
                PosixCalls.Check(written, _name);
                p += written;
                left -= written;
                _filePosition += written;
            }
        }
    }
}
