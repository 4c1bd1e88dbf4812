using System.Diagnostics.CodeAnalysis;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.DriverKit;

/// <summary>
/// Builds a line of text in a buffer the caller supplies (usually <c>stackalloc</c>), with no allocation and no
/// string formatting, so it works in a driver's message loop on the image. Text past the buffer's end is dropped.
/// It is a <see cref="Utf8Line"/> that chains on a variable and knows statuses, endpoints and process names.
/// </summary>
/// <example>
/// <code>
/// var line = new LogText(stackalloc byte[96]);
/// line.Append("printer: "u8).Append(count).Append(" bytes, status "u8).Append(status);
/// Log.Write(line.Text);
/// </code>
/// </example>
public ref struct LogText
{
    private Utf8Line _line;

    /// <summary>Starts an empty line in <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Scratch space.</param>
    public LogText(Span<byte> buffer) => _line = new Utf8Line(buffer);

    /// <summary>The text so far.</summary>
    public readonly ReadOnlySpan<byte> Text => _line.Written;

    /// <summary>Appends UTF-8 text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This line, for chaining (chain on a variable: it is a struct).</returns>
    [UnscopedRef]
    public ref LogText Append(scoped ReadOnlySpan<byte> text)
    {
        _line.Text(text);
        return ref this;
    }

    /// <summary>Appends a signed decimal number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>This line.</returns>
    [UnscopedRef]
    public ref LogText Append(long value)
    {
        _line.Decimal(value);
        return ref this;
    }

    /// <summary>Appends <c>0x</c> and a hexadecimal number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>This line.</returns>
    [UnscopedRef]
    public ref LogText AppendHex(ulong value)
    {
        _line.Hex(value);
        return ref this;
    }

    /// <summary>Appends a status by its MINIX name, e.g. <c>ERESTART</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This line.</returns>
    [UnscopedRef]
    public ref LogText Append(Status status) => ref Append(StatusText.Name(status));

    /// <summary>Appends an endpoint as <c>slot/generation</c>, e.g. <c>8/1</c>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>This line.</returns>
    [UnscopedRef]
    public ref LogText Append(Endpoint endpoint)
    {
        if (endpoint == Endpoint.None)
            return ref Append("none"u8);
        if (endpoint == Endpoint.Any)
            return ref Append("any"u8);
        return ref Append(endpoint.Slot).Append("/"u8).Append(endpoint.Generation);
    }

    /// <summary>Appends a process name or label.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This line.</returns>
    [UnscopedRef]
    public ref LogText Append(in ProcessName name) => ref Append(ProcessName.Bytes(name));
}
