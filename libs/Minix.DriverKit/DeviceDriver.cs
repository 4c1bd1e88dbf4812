using System.Runtime.CompilerServices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// What character and block drivers share: the request dispatch (open, close, read, write, ioctl), the set of open
/// minor devices, copies through the client's grants, and replies. Derive from <see cref="CharacterDriver"/> or
/// <see cref="BlockDriver"/>.
/// </summary>
/// <remarks>
/// <para>
/// A handler returns a <see cref="long"/>: zero or more is success (bytes moved, or an ioctl's value), a negative
/// value is a <see cref="Status"/>. A read, write or ioctl that must wait for the device returns
/// <see cref="Suspend"/>, keeps its <see cref="IoRequest"/>, and answers later with <see cref="Complete"/> (usually
/// from <see cref="Service.OnInterrupt"/> or <see cref="Service.OnAlarm"/>); the client stays blocked in its
/// SENDREC meanwhile, while the driver's loop goes on serving interrupts, alarms and heartbeats.
/// </para>
/// <para>
/// A request for a minor that is not open in this incarnation (in particular: opened before the driver restarted)
/// is answered with <see cref="Status.Restart"/> without calling a handler, so the client knows to open it again.
/// </para>
/// <para>
/// Data never travels in messages: the client grants its buffer and sends the grant id; the handler copies with
/// <see cref="CopyFromClient"/> and <see cref="CopyToClient"/> (SYS_SAFECOPYFROM/TO), which the kernel checks
/// against the grant.
/// </para>
/// </remarks>
public abstract class DeviceDriver : Service
{
    /// <summary>How many minor devices one driver can have.</summary>
    public const int MaxMinors = 64;

    /// <summary>What a read, write or ioctl handler returns to answer later with <see cref="Complete"/>.</summary>
    public const long Suspend = (long)Status.DontReply;

    private readonly int _open;
    private readonly int _close;
    private readonly int _read;
    private readonly int _write;
    private readonly int _ioctl;
    private readonly int _reply;
    private readonly int _gather;
    private readonly int _scatter;
    private OpenCounts _opens;

    // gather and scatter: the vectored read and write types, or -1 where the protocol has none.
    private protected DeviceDriver(int open, int close, int read, int write, int ioctl, int reply, int gather = -1, int scatter = -1)
    {
        _open = open;
        _close = close;
        _read = read;
        _write = write;
        _ioctl = ioctl;
        _reply = reply;
        _gather = gather;
        _scatter = scatter;
    }

    /// <summary>Whether <paramref name="minor"/> is open (at least once) in this incarnation.</summary>
    /// <param name="minor">The minor.</param>
    /// <returns>True if open.</returns>
    public bool IsOpen(int minor) => (uint)minor < MaxMinors && _opens[minor] > 0;

    /// <summary>Opens a minor device. Default: minor 0 exists, others do not.</summary>
    /// <param name="minor">The minor (already checked to be below <see cref="MaxMinors"/>).</param>
    /// <param name="access">What the client asks for.</param>
    /// <param name="client">The client.</param>
    /// <returns><see cref="Status.Ok"/> or why not (e.g. <see cref="Status.NoSuchDevice"/>).</returns>
    protected virtual Status Open(int minor, DeviceAccess access, Endpoint client) => minor == 0 ? Status.Ok : Status.NoSuchDevice;

    /// <summary>Closes a minor device (called for every close of an open minor).</summary>
    /// <param name="minor">The minor.</param>
    /// <returns><see cref="Status.Ok"/> or why not; the minor is closed either way.</returns>
    protected virtual Status Close(int minor) => Status.Ok;

    /// <summary>Reads into the client's grant (a block driver: also a vectored read, see <see cref="IoRequest.IsVectored"/>). Default: not supported.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Bytes read, a negative status, or <see cref="Suspend"/>.</returns>
    protected virtual long Read(in IoRequest request) => (long)Status.NotSupportedByDevice;

    /// <summary>Writes from the client's grant (a block driver: also a vectored write). Default: not supported.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Bytes written, a negative status, or <see cref="Suspend"/>.</returns>
    protected virtual long Write(in IoRequest request) => (long)Status.NotSupportedByDevice;

    /// <summary>A device-specific control request. Default: not supported.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A value, a negative status, or <see cref="Suspend"/>.</returns>
    protected virtual long Ioctl(in IoRequest request) => (long)Status.NotSupportedByDevice;

    /// <summary>Answers a request a handler suspended (or any request, once).</summary>
    /// <param name="request">The request.</param>
    /// <param name="result">Bytes moved or a value (zero or more), or a negative <see cref="Status"/>.</param>
    /// <returns>The IPC status (<see cref="Status.DeadEndpoint"/> if the client died meanwhile).</returns>
    protected Status Complete(in IoRequest request, long result)
    {
        DriverTrace.Request(OperationName(request.Type), request, result);
        var reply = Message.Create(_reply, new DeviceReply { Id = request.Id, Result = result });
        return Reply(request.Client, request.DeliveredBy, ref reply);
    }

    /// <summary>SYS_SAFECOPYFROM: copies from the client's grant, at <paramref name="offset"/> inside it, into <paramref name="destination"/>.</summary>
    /// <param name="request">The request whose grant to use.</param>
    /// <param name="offset">Offset inside the grant.</param>
    /// <param name="destination">Where to copy to.</param>
    /// <returns>The kernel's status (a grant refusal if the client granted less or revoked it).</returns>
    [UsesKernelCall(KernelCall.SafeCopyFrom)]
    protected static Status CopyFromClient(in IoRequest request, long offset, Span<byte> destination)
    {
        Status status = offset < 0 ? Status.InvalidArgument : Sys.SafeCopyFrom(request.Client, request.Grant, (ulong)offset, destination);
        DriverTrace.SafeCopy(true, request.Client, request.Grant, offset, destination.Length, status);
        return status;
    }

    /// <summary>SYS_SAFECOPYTO: copies <paramref name="source"/> into the client's grant at <paramref name="offset"/>.</summary>
    /// <param name="request">The request whose grant to use.</param>
    /// <param name="offset">Offset inside the grant.</param>
    /// <param name="source">What to copy.</param>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.SafeCopyTo)]
    protected static Status CopyToClient(in IoRequest request, long offset, ReadOnlySpan<byte> source)
    {
        Status status = offset < 0 ? Status.InvalidArgument : Sys.SafeCopyTo(request.Client, request.Grant, (ulong)offset, source);
        DriverTrace.SafeCopy(false, request.Client, request.Grant, offset, source.Length, status);
        return status;
    }

    /// <summary>Publishes <c>drv.&lt;label&gt;</c> with this incarnation's endpoint in the data store, telling subscribers the driver is (back) up.</summary>
    protected override void OnAnnounce()
    {
        Span<byte> key = stackalloc byte[AnnouncementKeyCapacity];
        DataStore.Publish(key.Slice(0, AnnouncementKey(ProcessName.Bytes(Label), key)), Self);
    }

    /// <summary>The longest <see cref="AnnouncementKey"/>.</summary>
    public const int AnnouncementKeyCapacity = 4 + ProcessName.Capacity;

    /// <summary>Writes the data-store name under which a driver announces itself, <c>drv.&lt;label&gt;</c>.</summary>
    /// <param name="label">The driver's label.</param>
    /// <param name="key">Where the name goes: at least <see cref="AnnouncementKeyCapacity"/> bytes.</param>
    /// <returns>The name's length.</returns>
    public static int AnnouncementKey(ReadOnlySpan<byte> label, Span<byte> key)
    {
        "drv."u8.CopyTo(key);
        int length = Math.Min(label.Length, ProcessName.Capacity);
        label.Slice(0, length).CopyTo(key.Slice(4));
        return 4 + length;
    }

    /// <summary>Dispatches the device protocol; other requests go to <see cref="Service.OnOtherMessage"/>.</summary>
    /// <param name="message">The request.</param>
    /// <param name="how">How it was delivered.</param>
    protected sealed override void OnRequest(ref Message message, IpcStatus how)
    {
        int type = message.Type;
        bool reads = type == _read || (_gather >= 0 && type == _gather);
        bool writes = type == _write || (_scatter >= 0 && type == _scatter);
        if (type != _open && type != _close && !reads && !writes && type != _ioctl)
        {
            OnOtherMessage(ref message, how);
            return;
        }

        var request = new IoRequest(message.Source, how.Call, type, message.Payload<DeviceRequest>());
        int minor = request.Minor;
        long result;
        if ((uint)minor >= MaxMinors)
        {
            result = (long)Status.NoSuchDevice;
        }
        else if (type == _open)
        {
            Status status = Open(minor, request.Access, request.Client);
            if (status == Status.Ok)
                _opens[minor]++;
            result = (long)status;
        }
        else if (_opens[minor] == 0)
        {
            // Not open in this incarnation: the client opened it before a restart (or never). It must open again.
            result = (long)Status.Restart;
        }
        else if (type == _close)
        {
            result = (long)Close(minor);
            _opens[minor]--;
        }
        else
        {
            result = reads ? Read(request) : writes ? Write(request) : Ioctl(request);
            if (result == Suspend)
                return;
        }

        if (result == Suspend)
            result = (long)Status.Generic; // open and close cannot be suspended
        Complete(request, result);
    }

    /// <summary>The trace's name of a request type.</summary>
    private ReadOnlySpan<byte> OperationName(int type) =>
        type == _open ? "OPEN"u8 : type == _close ? "CLOSE"u8 : type == _read ? "READ"u8 : type == _write ? "WRITE"u8 : type == _ioctl ? "IOCTL"u8 : type == _gather ? "GATHER"u8 : type == _scatter ? "SCATTER"u8 : "REQUEST"u8;

    [InlineArray(MaxMinors)]
    private struct OpenCounts
    {
        private int _element0;
    }
}
