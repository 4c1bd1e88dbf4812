using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>
/// Requests to the log server (boot slot 4, the terminal/log range 0xE00): text for the console, so that user
/// programs, which may only SENDREC, can print. Replies carry their status in <see cref="Message.Type"/>.
/// </summary>
public static class LogProtocol
{
    /// <summary>Text inside the message (<see cref="LogWriteRequest"/>, up to <see cref="LogWriteRequest.MaxInline"/> bytes).</summary>
    public const int Write = MessageType.TerminalBase + 0;

    /// <summary>Text in the client's memory, read through a grant (<see cref="LogGrantRequest"/>, up to <see cref="LogGrantRequest.MaxLength"/> bytes).</summary>
    public const int WriteGranted = MessageType.TerminalBase + 1;
}

/// <summary>The payload of <see cref="LogProtocol.Write"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 56)]
public struct LogWriteRequest : IMessagePayload
{
    /// <summary>The most bytes one message carries.</summary>
    public const int MaxInline = LogInlineText.Capacity;

    /// <summary>Bytes used in <see cref="Text"/>.</summary>
    [FieldOffset(0)] public int Length;

    /// <summary>UTF-8 text; newlines split it into lines.</summary>
    [FieldOffset(4)] public LogInlineText Text;
}

/// <summary>The text bytes of a <see cref="LogWriteRequest"/>.</summary>
[InlineArray(Capacity)]
public struct LogInlineText
{
    /// <summary>Bytes it holds.</summary>
    public const int Capacity = 52;

    private byte _element0;
}

/// <summary>The payload of <see cref="LogProtocol.WriteGranted"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
public struct LogGrantRequest : IMessagePayload
{
    /// <summary>The most bytes one request prints.</summary>
    public const int MaxLength = 256;

    /// <summary>A read grant to the log server for the text.</summary>
    [FieldOffset(0)] public int Grant;

    /// <summary>Bytes of text.</summary>
    [FieldOffset(4)] public int Length;
}
