using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Servers;

/// <summary>
/// The data store (DS, boot slot 6): a small table of names, each mapped to an endpoint, so that clients find a
/// service, and find it again after it restarts under a new endpoint. The reincarnation server publishes every
/// service's label when it (re)starts; drivers publish <c>drv.&lt;label&gt;</c> once ready. The protocol is
/// <see cref="DataStoreProtocol"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Ownership.</b> A name belongs to the slot of the endpoint it was first published for: only a process in that
/// slot (the service, or its later incarnations, which RS starts in the same slot) or RS may change or delete it.
/// Only system processes publish, delete and subscribe: DS asks the kernel for the caller's process-table entry, and
/// a user program (the shared user privilege id) is refused, so it can neither claim a service's name before the
/// service does (VFS would hand its endpoint out as the driver's) nor fill the subscription table. User programs look
/// names up and wait for changes.
/// </para>
/// <para>
/// <b>Subscriptions.</b> A system process subscribes to a name or a prefix (<c>drv.*</c>). When a matching name
/// changes, DS marks it changed for that subscriber and sends one NOTIFY (notifications from one sender merge); the
/// subscriber then asks with <see cref="DataStoreProtocol.Check"/> until nothing is left. Subscribing also marks the
/// names that already match, so a restarted subscriber learns the current state. A deletion is a change too: the
/// name stays in the table as a tombstone until every subscriber has seen it, and Check reports it with
/// <see cref="DataStoreReply.DeletedFlag"/> (lookups and waiters see no name at all). A subscriber that has died is
/// dropped when DS next fails to notify it, or when a new incarnation in its slot subscribes.
/// </para>
/// <para>
/// <b>Waiting.</b> A user program cannot be notified; instead it asks <see cref="DataStoreProtocol.WaitForChange"/>
/// with the endpoint it found dead, and DS holds the reply until the name maps to something else.
/// </para>
/// DS keeps its tables in arrays allocated when it is created, and allocates nothing afterwards. It is a core
/// service: if it dies, RS stops the system.
/// </remarks>
public sealed class DataStoreServer : Service
{
    /// <summary>How many names DS holds.</summary>
    public const int MaxEntries = 32;

    /// <summary>How many subscriptions DS holds.</summary>
    public const int MaxSubscriptions = 16;

    /// <summary>How many clients may wait for a change at once.</summary>
    public const int MaxWaiters = 16;

    private readonly Entry[] _entries = new Entry[MaxEntries];
    private readonly Subscription[] _subscriptions = new Subscription[MaxSubscriptions];
    private readonly Waiter[] _waiters = new Waiter[MaxWaiters];

    /// <summary>Creates the data store with empty tables.</summary>
    public DataStoreServer()
    {
    }

    /// <summary>Dispatches one request of the <see cref="DataStoreProtocol"/>.</summary>
    /// <param name="message">The request; reused for the reply.</param>
    /// <param name="how">How it was delivered.</param>
    protected override void OnRequest(ref Message message, IpcStatus how)
    {
        Endpoint client = message.Source;
        DataStoreRequest request = message.Payload<DataStoreRequest>();
        if ((message.Type is DataStoreProtocol.Publish or DataStoreProtocol.Delete or DataStoreProtocol.Subscribe) && !IsSystemProcess(client))
        {
            ReplyStatus(client, how.Call, Status.PermissionDenied);
            return;
        }

        switch (message.Type)
        {
            case DataStoreProtocol.Publish:
                ReplyStatus(client, how.Call, Publish(client, request));
                return;
            case DataStoreProtocol.Lookup:
                Answer(client, how.Call, FindLive(request.Key));
                return;
            case DataStoreProtocol.WaitForChange:
                WaitForChange(client, how.Call, request);
                return;
            case DataStoreProtocol.Subscribe:
                ReplyStatus(client, how.Call, Subscribe(client, request.Key));
                return;
            case DataStoreProtocol.Check:
                Answer(client, how.Call, TakeChange(client));
                return;
            case DataStoreProtocol.Delete:
                ReplyStatus(client, how.Call, Delete(client, request.Key));
                return;
            default:
                OnOtherMessage(ref message, how);
                return;
        }
    }

    private Status Publish(Endpoint client, in DataStoreRequest request)
    {
        if (!IsValidKey(request.Key))
            return Status.InvalidArgument;
        int index = Find(request.Key);
        bool rs = client == Endpoint.ReincarnationServer;
        if (index >= 0)
        {
            ref Entry existing = ref _entries[index];
            if (!rs && existing.OwnerSlot != client.Slot)
                return Status.PermissionDenied;
        }
        else
        {
            index = FreeEntry();
            if (index < 0)
                return Status.NoSpace;
            _entries[index] = new Entry { Used = true, Key = request.Key, OwnerSlot = rs ? request.Value.Slot : client.Slot };
        }

        ref Entry entry = ref _entries[index];
        entry.Deleted = false;
        entry.Value = request.Value;
        entry.Flags = request.Flags;
        entry.Version++;
        Changed(index);
        return Status.Ok;
    }

    private Status Delete(Endpoint client, in DataStoreKey key)
    {
        int index = FindLive(key);
        if (index < 0)
            return Status.NotFound;
        ref Entry entry = ref _entries[index];
        if (client != Endpoint.ReincarnationServer && entry.OwnerSlot != client.Slot)
            return Status.PermissionDenied;
        entry.Deleted = true;
        entry.Value = Endpoint.None;
        entry.Flags = 0;
        entry.Version++;
        Changed(index);
        return Status.Ok;
    }

    private Status Subscribe(Endpoint client, in DataStoreKey pattern)
    {
        if (!IsValidKey(pattern))
            return Status.InvalidArgument;
        int free = -1;
        for (int i = 0; i < _subscriptions.Length; i++)
        {
            ref Subscription s = ref _subscriptions[i];
            if (s.Used && s.Subscriber.Slot == client.Slot && s.Subscriber != client)
                s = default; // an earlier incarnation of the same service: it is dead
            if (s.Used && s.Subscriber == client && Same(s.Pattern, pattern))
                return Status.Ok;
            if (!s.Used && free < 0)
                free = i;
        }

        if (free < 0)
            return Status.NoSpace;
        ref Subscription added = ref _subscriptions[free];
        added = new Subscription { Used = true, Subscriber = client, Pattern = pattern };
        for (int i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Used && !_entries[i].Deleted && Matches(pattern, _entries[i].Key))
                added.Changed |= 1UL << i;
        }

        if (added.Changed != 0)
            Messaging.Notify(client);
        return Status.Ok;
    }

    private int TakeChange(Endpoint client)
    {
        for (int i = 0; i < _subscriptions.Length; i++)
        {
            ref Subscription s = ref _subscriptions[i];
            if (!s.Used || s.Subscriber != client || s.Changed == 0)
                continue;
            int index = System.Numerics.BitOperations.TrailingZeroCount(s.Changed);
            s.Changed &= ~(1UL << index);
            return index;
        }

        return -1;
    }

    private void WaitForChange(Endpoint client, IpcCall how, in DataStoreRequest request)
    {
        if (!IsValidKey(request.Key))
        {
            ReplyStatus(client, how, Status.InvalidArgument);
            return;
        }

        int index = FindLive(request.Key);
        if (index >= 0 && _entries[index].Value != request.Value)
        {
            Answer(client, how, index);
            return;
        }

        for (int i = 0; i < _waiters.Length; i++)
        {
            ref Waiter w = ref _waiters[i];
            if (w.Used)
                continue;
            w = new Waiter { Used = true, Client = client, How = how, Key = request.Key, Known = request.Value };
            return; // the reply waits until the name changes
        }

        ReplyStatus(client, how, Status.NoSpace);
    }

    /// <summary>Entry <paramref name="index"/> changed: tell its subscribers and answer its waiters.</summary>
    private void Changed(int index)
    {
        ref Entry entry = ref _entries[index];
        for (int i = 0; i < _subscriptions.Length; i++)
        {
            ref Subscription s = ref _subscriptions[i];
            if (!s.Used || !Matches(s.Pattern, entry.Key))
                continue;
            s.Changed |= 1UL << index;
            if (Messaging.Notify(s.Subscriber) != Status.Ok)
                s = default; // dead, or a user program (which cannot be notified): nobody to tell
        }

        // A waiter wants the name's next endpoint: a deletion is not one.
        for (int i = 0; i < _waiters.Length && !entry.Deleted; i++)
        {
            ref Waiter w = ref _waiters[i];
            if (!w.Used || !Same(w.Key, entry.Key) || entry.Value == w.Known)
                continue;
            Answer(w.Client, w.How, index);
            w = default;
        }
    }

    private void Answer(Endpoint client, IpcCall how, int index)
    {
        if (index < 0)
        {
            ReplyStatus(client, how, Status.NotFound);
            return;
        }

        ref Entry entry = ref _entries[index];
        int flags = entry.Deleted ? DataStoreReply.DeletedFlag : entry.Flags;
        var reply = Message.Create((int)Status.Ok, new DataStoreReply { Key = entry.Key, Value = entry.Value, Flags = flags, Version = entry.Version });
        Reply(client, how, ref reply);
    }

    private int Find(in DataStoreKey key)
    {
        for (int i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Used && Same(_entries[i].Key, key))
                return i;
        }

        return -1;
    }

    private int FindLive(in DataStoreKey key)
    {
        int index = Find(key);
        return index >= 0 && !_entries[index].Deleted ? index : -1;
    }

    /// <summary>An unused entry, else a tombstone no subscriber still has to hear about, else any tombstone.</summary>
    private int FreeEntry()
    {
        int tombstone = -1;
        for (int i = 0; i < _entries.Length; i++)
        {
            if (!_entries[i].Used)
                return i;
            if (_entries[i].Deleted && (tombstone < 0 || (Pending(tombstone) && !Pending(i))))
                tombstone = i;
        }

        if (tombstone >= 0)
        {
            ulong bit = 1UL << tombstone;
            for (int i = 0; i < _subscriptions.Length; i++)
                _subscriptions[i].Changed &= ~bit;
            _entries[tombstone] = default;
        }

        return tombstone;
    }

    private bool Pending(int index)
    {
        for (int i = 0; i < _subscriptions.Length; i++)
        {
            if (_subscriptions[i].Used && (_subscriptions[i].Changed & (1UL << index)) != 0)
                return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="client"/> has privileges of its own (RS gave them), not the user programs' shared ones.</summary>
    private static bool IsSystemProcess(Endpoint client)
    {
        if (client == Endpoint.ReincarnationServer)
            return true;
        int id = Sys.GetProcessInfo(client, out ProcessInfo info) == Status.Ok ? info.PrivilegeId : -1;
        return id >= 0 && id != PrivilegeId.User;
    }

    private static bool IsValidKey(in DataStoreKey key) => DataStoreKey.Bytes(key).Length > 0;

    private static bool Same(in DataStoreKey a, in DataStoreKey b) => DataStoreKey.Bytes(a).SequenceEqual(DataStoreKey.Bytes(b));

    /// <summary>A pattern matches a name exactly, or, if it ends in <c>*</c>, by the prefix before it.</summary>
    private static bool Matches(in DataStoreKey pattern, in DataStoreKey key)
    {
        ReadOnlySpan<byte> p = DataStoreKey.Bytes(pattern);
        ReadOnlySpan<byte> k = DataStoreKey.Bytes(key);
        if (p.Length == 0 || p[p.Length - 1] != (byte)'*')
            return k.SequenceEqual(p);
        ReadOnlySpan<byte> prefix = p.Slice(0, p.Length - 1);
        return k.Length >= prefix.Length && k.Slice(0, prefix.Length).SequenceEqual(prefix);
    }

    private struct Entry
    {
        public bool Used;
        public bool Deleted;
        public DataStoreKey Key;
        public Endpoint Value;
        public int Flags;
        public int Version;
        public int OwnerSlot;
    }

    private struct Subscription
    {
        public bool Used;
        public Endpoint Subscriber;
        public DataStoreKey Pattern;
        public ulong Changed;
    }

    private struct Waiter
    {
        public bool Used;
        public Endpoint Client;
        public IpcCall How;
        public DataStoreKey Key;
        public Endpoint Known;
    }
}
