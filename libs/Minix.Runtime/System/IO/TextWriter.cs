using System.Text;

namespace System.IO;

/// <summary>
/// Writes characters: everything funnels into <see cref="Write(char)"/> (or the span overload a subclass makes
/// faster); numbers are formatted invariantly, as .NET formats them for the invariant culture.
/// </summary>
public abstract class TextWriter : IDisposable
{
    /// <summary>A writer that swallows everything.</summary>
    public static readonly TextWriter Null = new NullTextWriter();

    private string _newLine = "\n";

    /// <summary>The encoding the writer's output uses.</summary>
    public abstract Encoding Encoding { get; }

    /// <summary>What the writer formats with (null: the invariant culture).</summary>
    public virtual IFormatProvider FormatProvider => null;

    /// <summary>The line terminator <see cref="WriteLine()"/> writes.</summary>
    public virtual string NewLine
    {
        get => _newLine;
        set => _newLine = value ?? "\n";
    }

    /// <summary>Returns <paramref name="writer"/> (an image process has one thread).</summary>
    /// <param name="writer">The writer.</param>
    /// <returns>The same writer.</returns>
    public static TextWriter Synchronized(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer, nameof(writer));
        return writer;
    }

    /// <summary>Writes one character.</summary>
    /// <param name="value">The character.</param>
    public virtual void Write(char value)
    {
    }

    /// <summary>Writes characters.</summary>
    /// <param name="buffer">The characters.</param>
    public virtual void Write(ReadOnlySpan<char> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
            Write(buffer[i]);
    }

    /// <summary>Writes characters.</summary>
    /// <param name="buffer">The characters (null writes nothing).</param>
    public virtual void Write(char[] buffer)
    {
        if (buffer is not null)
            Write(new ReadOnlySpan<char>(buffer));
    }

    /// <summary>Writes part of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">The characters.</param>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    public virtual void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer, nameof(buffer));
        if (index < 0)
            throw new ArgumentOutOfRangeException(nameof(index), "Non-negative number required.");
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
        if (buffer.Length - index < count)
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        Write(new ReadOnlySpan<char>(buffer, index, count));
    }

    /// <summary>Writes a string (null writes nothing).</summary>
    /// <param name="value">The string.</param>
    public virtual void Write(string value)
    {
        if (value is not null)
            Write(value.AsSpan());
    }

    /// <summary>Writes an object's text (null writes nothing).</summary>
    /// <param name="value">The object.</param>
    public virtual void Write(object value)
    {
        if (value is not null)
            Write(value is IFormattable f ? f.ToString(null, FormatProvider) : value.ToString());
    }

    /// <summary>Writes a StringBuilder's text.</summary>
    /// <param name="value">The builder (null writes nothing).</param>
    public virtual void Write(StringBuilder value)
    {
        if (value is not null)
            Write(value.ToString());
    }

    /// <summary>Writes <paramref name="value"/>'s text.</summary>
    /// <param name="value">The value.</param>
    public virtual void Write(bool value) => Write(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text.</summary>
    /// <param name="value">The value.</param>
    public virtual void Write(int value) => Write(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text.</summary>
    /// <param name="value">The value.</param>
    public virtual void Write(uint value) => Write(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text.</summary>
    /// <param name="value">The value.</param>
    public virtual void Write(long value) => Write(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text.</summary>
    /// <param name="value">The value.</param>
    public virtual void Write(ulong value) => Write(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text.</summary>
    /// <param name="value">The value.</param>
    public virtual void Write(float value) => Write(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text.</summary>
    /// <param name="value">The value.</param>
    public virtual void Write(double value) => Write(value.ToString());

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    public virtual void Write(string format, object arg0) => Write(string.Format(FormatProvider, format, arg0));

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    public virtual void Write(string format, object arg0, object arg1) => Write(string.Format(FormatProvider, format, arg0, arg1));

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    /// <param name="arg2">Argument 2.</param>
    public virtual void Write(string format, object arg0, object arg1, object arg2) => Write(string.Format(FormatProvider, format, new[] { arg0, arg1, arg2 }));

    /// <summary>Writes a composite format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg">The arguments.</param>
    public virtual void Write(string format, params object[] arg) => Write(string.Format(FormatProvider, format, arg));

    /// <summary>Writes the line terminator.</summary>
    public virtual void WriteLine() => Write(NewLine);

    /// <summary>Writes characters and the line terminator.</summary>
    /// <param name="buffer">The characters.</param>
    public virtual void WriteLine(ReadOnlySpan<char> buffer)
    {
        Write(buffer);
        WriteLine();
    }

    /// <summary>Writes a string and the line terminator.</summary>
    /// <param name="value">The string (null: only the terminator).</param>
    public virtual void WriteLine(string value) => Write(value is null ? NewLine : value + NewLine);

    /// <summary>Writes characters and the line terminator.</summary>
    /// <param name="buffer">The characters.</param>
    public virtual void WriteLine(char[] buffer)
    {
        Write(buffer);
        WriteLine();
    }

    /// <summary>Writes part of <paramref name="buffer"/> and the line terminator.</summary>
    /// <param name="buffer">The characters.</param>
    /// <param name="index">The first.</param>
    /// <param name="count">How many.</param>
    public virtual void WriteLine(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        WriteLine();
    }

    /// <summary>Writes a character and the line terminator.</summary>
    /// <param name="value">The character.</param>
    public virtual void WriteLine(char value)
    {
        Write(value);
        WriteLine();
    }

    /// <summary>Writes an object's text and the line terminator.</summary>
    /// <param name="value">The object.</param>
    public virtual void WriteLine(object value)
    {
        if (value is null)
            WriteLine();
        else
            WriteLine(value is IFormattable f ? f.ToString(null, FormatProvider) : value.ToString());
    }

    /// <summary>Writes a StringBuilder's text and the line terminator.</summary>
    /// <param name="value">The builder.</param>
    public virtual void WriteLine(StringBuilder value)
    {
        Write(value);
        WriteLine();
    }

    /// <summary>Writes <paramref name="value"/>'s text and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public virtual void WriteLine(bool value) => WriteLine(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public virtual void WriteLine(int value) => WriteLine(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public virtual void WriteLine(uint value) => WriteLine(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public virtual void WriteLine(long value) => WriteLine(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public virtual void WriteLine(ulong value) => WriteLine(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public virtual void WriteLine(float value) => WriteLine(value.ToString());

    /// <summary>Writes <paramref name="value"/>'s text and the line terminator.</summary>
    /// <param name="value">The value.</param>
    public virtual void WriteLine(double value) => WriteLine(value.ToString());

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    public virtual void WriteLine(string format, object arg0) => WriteLine(string.Format(FormatProvider, format, arg0));

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    public virtual void WriteLine(string format, object arg0, object arg1) => WriteLine(string.Format(FormatProvider, format, arg0, arg1));

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">Argument 0.</param>
    /// <param name="arg1">Argument 1.</param>
    /// <param name="arg2">Argument 2.</param>
    public virtual void WriteLine(string format, object arg0, object arg1, object arg2) => WriteLine(string.Format(FormatProvider, format, new[] { arg0, arg1, arg2 }));

    /// <summary>Writes a composite format and the line terminator.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg">The arguments.</param>
    public virtual void WriteLine(string format, params object[] arg) => WriteLine(string.Format(FormatProvider, format, arg));

    /// <summary>Writes what is buffered to the underlying device.</summary>
    public virtual void Flush()
    {
    }

    /// <summary>Closes the writer (<see cref="Dispose(bool)"/>).</summary>
    public virtual void Close() => Dispose(true);

    /// <summary>Closes the writer.</summary>
    public void Dispose() => Dispose(true);

    /// <summary>Releases what the writer holds.</summary>
    /// <param name="disposing">Called from Dispose.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    private sealed class NullTextWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.Default;

        public override void Write(char value)
        {
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
        }

        public override void Write(string value)
        {
        }
    }
}
