using System.Text;

namespace System.IO;

/// <summary>A writer into a <see cref="StringBuilder"/>.</summary>
public class StringWriter : TextWriter
{
    private readonly StringBuilder _builder;
    private bool _open = true;

    /// <summary>A writer into a new builder.</summary>
    public StringWriter()
        : this(new StringBuilder())
    {
    }

    /// <summary>A writer into a new builder (the provider is accepted; formatting is invariant).</summary>
    /// <param name="formatProvider">Ignored.</param>
    public StringWriter(IFormatProvider formatProvider)
        : this(new StringBuilder())
    {
    }

    /// <summary>A writer into <paramref name="sb"/>.</summary>
    /// <param name="sb">The builder.</param>
    public StringWriter(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb, nameof(sb));
        _builder = sb;
    }

    /// <summary>UTF-16, as .NET's StringWriter reports (here: UTF-8, the only Unicode encoding the runtime has).</summary>
    public override Encoding Encoding => Encoding.Default;

    /// <summary>The builder written into.</summary>
    /// <returns>The builder.</returns>
    public virtual StringBuilder GetStringBuilder() => _builder;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        CheckOpen();
        _builder.Append(value);
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        CheckOpen();
        _builder.Append(buffer);
    }

    /// <inheritdoc/>
    public override void Write(string value)
    {
        CheckOpen();
        if (value is not null)
            _builder.Append(value);
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        CheckOpen();
        base.Write(buffer, index, count);
    }

    /// <summary>What was written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _builder.ToString();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing) => _open = false;

    private void CheckOpen()
    {
        if (!_open)
            throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter.");
    }
}
