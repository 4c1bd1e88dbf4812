using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Minix.Ipc;

/// <summary>
/// The one message format of the system: exactly 64 bytes, a 4-byte source, a 4-byte type and a 56-byte payload
/// that named layouts overlay. The kernel copies whole messages between address spaces and always overwrites
/// <see cref="Source"/> with the true sender, so a receiver can trust it.
/// </summary>
/// <remarks>
/// A payload layout is an unmanaged struct that implements <see cref="IMessagePayload"/> and is at most
/// <see cref="PayloadSize"/> bytes; read or write it in place with <see cref="Payload{T}"/>.
/// Reply messages carry their status in <see cref="Type"/>: zero or positive on success, a negative
/// <see cref="Status"/> on failure.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct Message
{
    /// <summary>The size of every message in bytes.</summary>
    public const int Size = 64;

    /// <summary>The size of the payload in bytes.</summary>
    public const int PayloadSize = 56;

    /// <summary>Offset of <see cref="Source"/>.</summary>
    public const int SourceOffset = 0;

    /// <summary>Offset of <see cref="Type"/>.</summary>
    public const int TypeOffset = 4;

    /// <summary>Offset of the payload.</summary>
    public const int PayloadOffset = 8;

    /// <summary>Who sent the message; filled in by the kernel, never taken from the sender.</summary>
    [FieldOffset(SourceOffset)] public Endpoint Source;

    /// <summary>The request or notification type (see <see cref="MessageType"/>), or a reply's status.</summary>
    [FieldOffset(TypeOffset)] public int Type;

    [FieldOffset(PayloadOffset)] private MessagePayloadBytes _payload;

    /// <summary>Creates a message of the given type with an empty payload.</summary>
    /// <param name="type">The message type.</param>
    public Message(int type)
    {
        this = default;
        Type = type;
    }

    /// <summary>The reply status in <see cref="Type"/>, as a <see cref="Status"/> (any non-negative value is <see cref="Status.Ok"/>).</summary>
    public readonly Status Status => Type >= 0 ? Status.Ok : (Status)Type;

    /// <summary>The payload as raw bytes.</summary>
    [UnscopedRef]
    public Span<byte> PayloadBytes => _payload;

    /// <summary>
    /// The payload seen through the layout <typeparamref name="T"/>, by reference: writes go straight into the
    /// message.
    /// </summary>
    /// <typeparam name="T">A payload layout of at most <see cref="PayloadSize"/> bytes.</typeparam>
    /// <returns>A reference to the payload.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is larger than the payload.</exception>
    [UnscopedRef]
    public ref T Payload<T>()
        where T : unmanaged, IMessagePayload
    {
        if (Unsafe.SizeOf<T>() > PayloadSize)
            throw new InvalidOperationException("payload layout larger than 56 bytes");
        return ref Unsafe.As<MessagePayloadBytes, T>(ref _payload);
    }

    /// <summary>Creates a message of type <paramref name="type"/> whose payload is <paramref name="payload"/>.</summary>
    /// <typeparam name="T">The payload layout.</typeparam>
    /// <param name="type">The message type.</param>
    /// <param name="payload">The payload.</param>
    /// <returns>The message.</returns>
    public static Message Create<T>(int type, in T payload)
        where T : unmanaged, IMessagePayload
    {
        var message = new Message(type);
        message.Payload<T>() = payload;
        return message;
    }
}

/// <summary>The 56 payload bytes of a <see cref="Message"/>.</summary>
[InlineArray(Message.PayloadSize)]
public struct MessagePayloadBytes
{
    private byte _element0;
}

/// <summary>
/// Marks an unmanaged struct as a named layout of the 56-byte message payload. Every layout must fit in
/// <see cref="Message.PayloadSize"/> bytes; the test suite checks each one.
/// </summary>
public interface IMessagePayload
{
}
