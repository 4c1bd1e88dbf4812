using System.IO;
using System.Text;
using Minix.Runtime;
using Minix.Runtime.Posix;

namespace System;

/// <summary>
/// Standard input, output and error (file descriptors 0, 1 and 2 of the program ABI) as text: <see cref="Out"/> and
/// <see cref="Error"/> are UTF-8 writers that reach the descriptor at each write call, as .NET's do;
/// <see cref="In"/> is a UTF-8 reader.
/// </summary>
public static class Console
{
    private static TextWriter s_out;
    private static TextWriter s_error;
    private static TextReader s_in;

    /// <summary>Standard output.</summary>
    public static TextWriter Out => s_out ??= CreateWriter(1);

    /// <summary>Standard error.</summary>
    public static TextWriter Error => s_error ??= CreateWriter(2);

    /// <summary>Standard input.</summary>
    public static TextReader In => s_in ??= new StreamReader(OpenStandardInput(), UTF8Encoding.WithoutPreamble, false, 4096, leaveOpen: true);

    /// <summary>The encoding of standard output (UTF-8).</summary>
    public static Encoding OutputEncoding => UTF8Encoding.WithoutPreamble;

    /// <summary>The encoding of standard input (UTF-8).</summary>
    public static Encoding InputEncoding => UTF8Encoding.WithoutPreamble;

    /// <summary>Whether standard input is not a terminal.</summary>
    public static bool IsInputRedirected => !IsTerminal(0);

    /// <summary>Whether standard output is not a terminal.</summary>
    public static bool IsOutputRedirected => !IsTerminal(1);

    /// <summary>Whether standard error is not a terminal.</summary>
    public static bool IsErrorRedirected => !IsTerminal(2);

    /// <summary>Standard input as an unbuffered stream.</summary>
    /// <returns>The stream.</returns>
    public static Stream OpenStandardInput() => new ConsoleStream(0, FileAccess.Read);

    /// <summary>Standard output as an unbuffered stream.</summary>
    /// <returns>The stream.</returns>
    public static Stream OpenStandardOutput() => new ConsoleStream(1, FileAccess.Write);

    /// <summary>Standard error as an unbuffered stream.</summary>
    /// <returns>The stream.</returns>
    public static Stream OpenStandardError() => new ConsoleStream(2, FileAccess.Write);

    /// <summary>Makes <paramref name="newOut"/> standard output.</summary>
    /// <param name="newOut">The writer.</param>
    public static void SetOut(TextWriter newOut)
    {
        ArgumentNullException.ThrowIfNull(newOut, nameof(newOut));
        s_out = newOut;
    }

    /// <summary>Makes <paramref name="newError"/> standard error.</summary>
    /// <param name="newError">The writer.</param>
    public static void SetError(TextWriter newError)
    {
        ArgumentNullException.ThrowIfNull(newError, nameof(newError));
        s_error = newError;
    }

    /// <summary>Makes <paramref name="newIn"/> standard input.</summary>
    /// <param name="newIn">The reader.</param>
    public static void SetIn(TextReader newIn)
    {
        ArgumentNullException.ThrowIfNull(newIn, nameof(newIn));
        s_in = newIn;
    }

    /// <summary>Reads a line from standard input.</summary>
    /// <returns>The line, or null at the end of input.</returns>
    public static string ReadLine() => In.ReadLine();

    /// <summary>Reads one character from standard input.</summary>
    /// <returns>The character, or -1 at the end of input.</returns>
    public static int Read() => In.Read();

    /// <summary>Writes the line terminator.</summary>
    public static void WriteLine() => Out.WriteLine();

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(bool value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(bool value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(char value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(char value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(int value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(int value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(uint value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(uint value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(long value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(long value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(ulong value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(ulong value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(float value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(float value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(double value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(double value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(object value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(object value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(string value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(string value) => Out.WriteLine(value);

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static void Write(char[] value) => Out.Write(value);

    /// <summary>Writes <paramref name="value"/> and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public static void WriteLine(char[] value) => Out.WriteLine(value);

    /// <summary>Writes part of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">The characters.</param>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    public static void Write(char[] buffer, int index, int count) => Out.Write(buffer, index, count);

    /// <summary>Writes part of <paramref name="buffer"/> and the line terminator.</summary>
    /// <param name="buffer">The characters.</param>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    public static void WriteLine(char[] buffer, int index, int count) => Out.WriteLine(buffer, index, count);

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    public static void Write(string format, object arg0) => Out.Write(format, arg0);

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    public static void Write(string format, object arg0, object arg1) => Out.Write(format, arg0, arg1);

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    /// <param name="arg2">Argument 2.</param>
    public static void Write(string format, object arg0, object arg1, object arg2) => Out.Write(format, arg0, arg1, arg2);

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg">The arguments.</param>
    public static void Write(string format, params object[] arg) => Out.Write(format, arg);

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    public static void WriteLine(string format, object arg0) => Out.WriteLine(format, arg0);

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    public static void WriteLine(string format, object arg0, object arg1) => Out.WriteLine(format, arg0, arg1);

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    /// <param name="arg2">Argument 2.</param>
    public static void WriteLine(string format, object arg0, object arg1, object arg2) => Out.WriteLine(format, arg0, arg1, arg2);

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg">The arguments.</param>
    public static void WriteLine(string format, params object[] arg) => Out.WriteLine(format, arg);

    // Before the process ends: what a replaced writer may still hold.
    internal static void FlushStandardStreams()
    {
        s_out?.Flush();
        s_error?.Flush();
    }

    private static TextWriter CreateWriter(int fd) =>
        new StreamWriter(new ConsoleStream(fd, FileAccess.Write), UTF8Encoding.WithoutPreamble, 256, leaveOpen: true) { AutoFlush = true };

    private static bool IsTerminal(int fd) => PlatformImports.IsTerminal(fd) == 1;

    // An unbuffered stream on a standard descriptor; a closed pipe on output is ignored, as .NET ignores it.
    private sealed unsafe class ConsoleStream : Stream
    {
        private readonly int _fd;
        private readonly FileAccess _access;

        public ConsoleStream(int fd, FileAccess access)
        {
            _fd = fd;
            _access = access;
        }

        public override bool CanRead => _access == FileAccess.Read;

        public override bool CanSeek => false;

        public override bool CanWrite => _access == FileAccess.Write;

        public override long Length => throw new NotSupportedException("Stream does not support seeking.");

        public override long Position
        {
            get => throw new NotSupportedException("Stream does not support seeking.");
            set => throw new NotSupportedException("Stream does not support seeking.");
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            return Read(new Span<byte>(buffer, offset, count));
        }

        public override int Read(Span<byte> buffer)
        {
            if (_access != FileAccess.Read)
                throw new NotSupportedException("Stream does not support reading.");
            long read;
            fixed (byte* p = buffer)
            {
                do
                    read = PlatformImports.Read(_fd, p, buffer.Length);
                while (read == PosixAbi.Interrupted);
            }

            return (int)PosixCalls.Check(read, null);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            Write(new ReadOnlySpan<byte>(buffer, offset, count));
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_access != FileAccess.Write)
                throw new NotSupportedException("Stream does not support writing.");
            fixed (byte* start = buffer)
            {
                byte* p = start;
                long left = buffer.Length;
                while (left > 0)
                {
                    long written = PlatformImports.Write(_fd, p, left);
                    if (written == PosixAbi.Interrupted)
                        continue;
                    if (written <= 0)
                        return;
                    p += written;
                    left -= written;
                }
            }
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("Stream does not support seeking.");

        public override void SetLength(long value) => throw new NotSupportedException("Stream does not support seeking.");
    }
}
