using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Servers;

/// <summary>
/// The log server (boot slot 4): writes the text processes send it to the console, one line at a time, through
/// SYS_DIAGCTL, so every line appears as <c>log: text</c>. It is how user programs, which may only SENDREC,
/// print. The protocol is <see cref="LogProtocol"/>; clients use <see cref="LogClient"/>.
/// </summary>
/// <remarks>
/// A line is printed when its newline arrives, so a long line may come in several messages; it is also printed
/// when it fills the line buffer (<see cref="LineLength"/> bytes) or when another client starts writing, so lines
/// from different clients never mix.
/// </remarks>
public sealed class LogServer : Service
{
    /// <summary>The longest line printed in one piece.</summary>
    public const int LineLength = 200;

    private readonly byte[] _buffer = new byte[LogGrantRequest.MaxLength];
    private readonly byte[] _line = new byte[LineLength];
    private int _lineLength;
    private Endpoint _lineOwner = Endpoint.None;

    /// <summary>Creates the server with its text buffer.</summary>
    public LogServer()
    {
    }

    /// <summary>Dispatches one request of the <see cref="LogProtocol"/>.</summary>
    /// <param name="message">The request.</param>
    /// <param name="how">How it was delivered.</param>
    protected override void OnRequest(ref Message message, IpcStatus how)
    {
        Endpoint client = message.Source;
        if (message.Type == LogProtocol.Write)
        {
            ref LogWriteRequest request = ref message.Payload<LogWriteRequest>();
            int length = request.Length;
            if (length < 0 || length > LogWriteRequest.MaxInline)
            {
                ReplyStatus(client, how.Call, Status.InvalidArgument);
                return;
            }

            ReadOnlySpan<byte> text = request.Text;
            text.Slice(0, length).CopyTo(_buffer);
            Print(client, _buffer.AsSpan(0, length));
            ReplyStatus(client, how.Call, Status.Ok);
            return;
        }

        if (message.Type == LogProtocol.WriteGranted)
        {
            LogGrantRequest request = message.Payload<LogGrantRequest>();
            if (request.Length < 0 || request.Length > LogGrantRequest.MaxLength)
            {
                ReplyStatus(client, how.Call, Status.InvalidArgument);
                return;
            }

            Span<byte> text = _buffer.AsSpan(0, request.Length);
            Status status = Sys.SafeCopyFrom(client, new Kernel.Grants.GrantId(request.Grant), 0, text);
            if (status == Status.Ok)
                Print(client, text);
            ReplyStatus(client, how.Call, status);
            return;
        }

        OnOtherMessage(ref message, how);
    }

    /// <summary>Adds <paramref name="text"/> to the current line, printing each line as it is completed.</summary>
    private void Print(Endpoint client, ReadOnlySpan<byte> text)
    {
        if (client != _lineOwner)
            Flush();
        _lineOwner = client;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                Flush();
                continue;
            }

            if (_lineLength == _line.Length)
                Flush();
            _line[_lineLength++] = text[i];
        }
    }

    private void Flush()
    {
        if (_lineLength > 0)
            Log.Write(_line.AsSpan(0, _lineLength));
        _lineLength = 0;
    }
}
