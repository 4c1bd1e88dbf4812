using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>
/// Prints through the log server: the way user programs, which may only SENDREC, write to the console. Each line
/// appears as <c>log: text</c>. System processes can print directly with <see cref="Log"/>.
/// </summary>
public static class LogClient
{
    /// <summary>Prints <paramref name="text"/>, in messages of up to <see cref="LogWriteRequest.MaxInline"/> bytes; a newline ends a line.</summary>
    /// <param name="text">UTF-8 text.</param>
    /// <returns><see cref="Status.Ok"/>, or why the log server could not be reached.</returns>
    public static Status Write(ReadOnlySpan<byte> text)
    {
        while (text.Length > 0)
        {
            int n = Math.Min(text.Length, LogWriteRequest.MaxInline);

            // Break a long text at its last newline inside the piece, so lines are not cut in two where possible.
            if (n < text.Length)
            {
                int newline = n - 1;
                while (newline >= 0 && text[newline] != (byte)'\n')
                    newline--;
                if (newline >= 0)
                    n = newline + 1;
            }

            var m = new Message(LogProtocol.Write);
            ref LogWriteRequest request = ref m.Payload<LogWriteRequest>();
            request.Length = n;
            text.Slice(0, n).CopyTo(request.Text);
            Status ipc = Messaging.SendRec(Endpoint.Log, ref m);
            if (ipc != Status.Ok)
                return ipc;
            if (m.Status != Status.Ok)
                return m.Status;
            text = text.Slice(n);
        }

        return Status.Ok;
    }
}
