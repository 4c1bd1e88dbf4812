using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Servers;

/// <summary>
/// The log server (boot slot 4): writes the text processes send it to the console, one line at a time, through
/// SYS_DIAGCTL, so every line appears as <c>log: text</c>. It is how user programs, which may only SENDREC,
/// print. The protocol is <see cref="LogProtocol"/>; clients use <see cref="LogClient"/>.
/// </summary>
public sealed class LogServer : Service
{
    private readonly byte[] _buffer = new byte[LogGrantRequest.MaxLength];

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
            Print(_buffer.AsSpan(0, length));
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
                Print(text);
            ReplyStatus(client, how.Call, status);
            return;
        }

        OnOtherMessage(ref message, how);
    }

    /// <summary>Prints each line of <paramref name="text"/> (empty lines are skipped).</summary>
    private static void Print(ReadOnlySpan<byte> text)
    {
        while (text.Length > 0)
        {
            int end = text.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? text : text.Slice(0, end);
            if (line.Length > 0)
                Log.Write(line);
            text = end < 0 ? default : text.Slice(end + 1);
        }
    }
}
