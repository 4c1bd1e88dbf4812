using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>
/// The data store's client side: publish a name, look it up, wait for it to change, subscribe to changes.
/// Every call is one SENDREC to DS, so user programs may use it too (except <see cref="Subscribe"/> and
/// <see cref="Check"/>, which rely on notifications only system processes receive).
/// </summary>
public static class DataStore
{
    /// <summary>Maps <paramref name="key"/> to <paramref name="value"/>.</summary>
    /// <param name="key">The name (1..32 bytes of UTF-8).</param>
    /// <param name="value">The endpoint.</param>
    /// <param name="flags">Free for the publisher's use.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.PermissionDenied"/> if another service owns the name,
    /// <see cref="Status.NoSpace"/>, or why DS could not be reached.</returns>
    public static Status Publish(ReadOnlySpan<byte> key, Endpoint value, int flags = 0)
    {
        if (!DataStoreKey.TryCreate(key, out DataStoreKey k))
            return Status.InvalidArgument;
        var m = Message.Create(DataStoreProtocol.Publish, new DataStoreRequest { Key = k, Value = value, Flags = flags });
        return Call(ref m);
    }

    /// <summary>Looks <paramref name="key"/> up.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">Its endpoint, or <see cref="Endpoint.None"/>.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/>, or why DS could not be reached.</returns>
    public static Status Lookup(ReadOnlySpan<byte> key, out Endpoint value) => Ask(DataStoreProtocol.Lookup, key, Endpoint.None, out value);

    /// <summary>
    /// Looks <paramref name="key"/> up, waiting while it still maps to <paramref name="known"/>: after a request to
    /// <paramref name="known"/> failed with <see cref="Status.DeadEndpoint"/>, this returns once the service's new
    /// incarnation is published.
    /// </summary>
    /// <param name="key">The name.</param>
    /// <param name="known">The endpoint the caller has (or <see cref="Endpoint.None"/> to wait until the name exists).</param>
    /// <param name="value">The new endpoint.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NoSpace"/> if DS has too many waiters, or why DS could not be reached.</returns>
    public static Status WaitForChange(ReadOnlySpan<byte> key, Endpoint known, out Endpoint value) => Ask(DataStoreProtocol.WaitForChange, key, known, out value);

    /// <summary>Asks DS to notify the caller whenever a name matching <paramref name="pattern"/> changes (a trailing <c>*</c> matches any suffix).</summary>
    /// <param name="pattern">The name or prefix pattern.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NoSpace"/>, or why DS could not be reached.</returns>
    public static Status Subscribe(ReadOnlySpan<byte> pattern)
    {
        if (!DataStoreKey.TryCreate(pattern, out DataStoreKey k))
            return Status.InvalidArgument;
        var m = Message.Create(DataStoreProtocol.Subscribe, new DataStoreRequest { Key = k });
        return Call(ref m);
    }

    /// <summary>After a notification from DS: takes the next changed name the caller subscribed to.</summary>
    /// <param name="entry">The name, its endpoint and version.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.NotFound"/> when nothing more changed.</returns>
    public static Status Check(out DataStoreReply entry)
    {
        var m = new Message(DataStoreProtocol.Check);
        Status status = Call(ref m);
        entry = status == Status.Ok ? m.Payload<DataStoreReply>() : default;
        return status;
    }

    /// <summary>Removes a name.</summary>
    /// <param name="key">The name.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/>, <see cref="Status.PermissionDenied"/>, or why DS could not be reached.</returns>
    public static Status Delete(ReadOnlySpan<byte> key)
    {
        if (!DataStoreKey.TryCreate(key, out DataStoreKey k))
            return Status.InvalidArgument;
        var m = Message.Create(DataStoreProtocol.Delete, new DataStoreRequest { Key = k });
        return Call(ref m);
    }

    private static Status Ask(int type, ReadOnlySpan<byte> key, Endpoint known, out Endpoint value)
    {
        value = Endpoint.None;
        if (!DataStoreKey.TryCreate(key, out DataStoreKey k))
            return Status.InvalidArgument;
        var m = Message.Create(type, new DataStoreRequest { Key = k, Value = known });
        Status status = Call(ref m);
        if (status == Status.Ok)
            value = m.Payload<DataStoreReply>().Value;
        return status;
    }

    private static Status Call(ref Message m)
    {
        Status ipc = Messaging.SendRec(Endpoint.DataStore, ref m);
        return ipc != Status.Ok ? ipc : m.Status;
    }
}
