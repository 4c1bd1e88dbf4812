using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>
/// Requests to the data store (DS, boot slot 6; MINIX's DS range, 0x800): a table of names, each mapped to an
/// endpoint, that clients use to find services after a restart. Every request carries a
/// <see cref="DataStoreRequest"/>; replies carry their status in <see cref="Message.Type"/> and, where there is an
/// answer, a <see cref="DataStoreReply"/>.
/// </summary>
public static class DataStoreProtocol
{
    /// <summary>Set a name's endpoint; its subscribers are notified. Only the name's owner (a process in the same slot) or RS may change it.</summary>
    public const int Publish = MessageType.DataStoreBase + 0;

    /// <summary>Look a name up. Reply: <see cref="DataStoreReply"/>, or <see cref="Status.NotFound"/>.</summary>
    public const int Lookup = MessageType.DataStoreBase + 1;

    /// <summary>Be notified (NOTIFY from DS) whenever a matching name changes; a pattern ending in <c>*</c> matches by prefix. System processes only (the kernel notifies no user process).</summary>
    public const int Subscribe = MessageType.DataStoreBase + 2;

    /// <summary>After a notification: the next changed name this subscriber has not yet seen, or <see cref="Status.NotFound"/>.</summary>
    public const int Check = MessageType.DataStoreBase + 3;

    /// <summary>Remove a name (its owner or RS); its subscribers are notified, and Check reports it with <see cref="DataStoreReply.DeletedFlag"/>.</summary>
    public const int Delete = MessageType.DataStoreBase + 4;

    /// <summary>
    /// Look a name up, but if it still maps to <see cref="DataStoreRequest.Value"/> (an endpoint the client found
    /// dead), hold the reply until it changes: how a user program, which cannot be notified, waits for a restart.
    /// </summary>
    public const int WaitForChange = MessageType.DataStoreBase + 5;
}

/// <summary>A data-store name: up to <see cref="Capacity"/> bytes of UTF-8, NUL-padded, stored inline.</summary>
[InlineArray(Capacity)]
public struct DataStoreKey
{
    /// <summary>The longest name, in bytes.</summary>
    public const int Capacity = 32;

    private byte _element0;

    /// <summary>Builds a key.</summary>
    /// <param name="utf8">The name.</param>
    /// <param name="key">The key.</param>
    /// <returns>False if the name is empty or longer than <see cref="Capacity"/>.</returns>
    public static bool TryCreate(ReadOnlySpan<byte> utf8, out DataStoreKey key)
    {
        key = default;
        if (utf8.Length == 0 || utf8.Length > Capacity)
            return false;
        utf8.CopyTo(key);
        return true;
    }

    /// <summary>The key's bytes without the padding.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The bytes.</returns>
    public static ReadOnlySpan<byte> Bytes(in DataStoreKey key)
    {
        ReadOnlySpan<byte> all = key;
        int length = all.IndexOf((byte)0);
        return length < 0 ? all : all.Slice(0, length);
    }
}

/// <summary>The payload of every data-store request.</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct DataStoreRequest : IMessagePayload
{
    /// <summary>The name (Publish, Lookup, Delete, WaitForChange) or pattern (Subscribe).</summary>
    [FieldOffset(0)] public DataStoreKey Key;

    /// <summary>Publish: the endpoint. WaitForChange: the endpoint the client already knows (and found dead).</summary>
    [FieldOffset(32)] public Endpoint Value;

    /// <summary>Publish: free for the publisher's use; returned by lookups.</summary>
    [FieldOffset(36)] public int Flags;
}

/// <summary>The data store's answer to Lookup, Check and WaitForChange.</summary>
[StructLayout(LayoutKind.Explicit, Size = 44)]
public struct DataStoreReply : IMessagePayload
{
    /// <summary>The name.</summary>
    [FieldOffset(0)] public DataStoreKey Key;

    /// <summary>Its endpoint.</summary>
    [FieldOffset(32)] public Endpoint Value;

    /// <summary>The publisher's flags; <see cref="DeletedFlag"/> in a Check answer for a name that was deleted.</summary>
    [FieldOffset(36)] public int Flags;

    /// <summary>How many times the name has been published or deleted (1 for the first publication).</summary>
    [FieldOffset(40)] public int Version;

    /// <summary>In <see cref="Flags"/> of a Check answer: the name was deleted (its <see cref="Value"/> is NONE).</summary>
    public const int DeletedFlag = unchecked((int)0x8000_0000);

    /// <summary>Whether this Check answer reports a deletion.</summary>
    public readonly bool IsDeleted => (Flags & DeletedFlag) != 0;
}
