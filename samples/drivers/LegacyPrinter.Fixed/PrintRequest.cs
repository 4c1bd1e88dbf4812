using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.Ipc;

namespace LegacyPrinter.Fixed;

/// <summary>A print request: up to <see cref="Capacity"/> bytes of text carried in the message itself.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct PrintRequest : IMessagePayload
{
    /// <summary>The most text one request carries.</summary>
    public const int Capacity = 52;

    /// <summary>The request's message type (a character-device write).</summary>
    public const int Type = MessageType.CharDeviceBase + 3;

    /// <summary>How many bytes of <see cref="Text"/> are used.</summary>
    public int Length;

    /// <summary>The text.</summary>
    public PrintText Text;
}

/// <summary>The text bytes of a <see cref="PrintRequest"/>.</summary>
[InlineArray(PrintRequest.Capacity)]
public struct PrintText
{
    private byte _element0;
}
