using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Samples.Service;

/// <summary>
/// The <c>dswatch</c> system service: subscribes in the data store to the name (or prefix, ending in <c>*</c>) given
/// by the boot parameter <c>dswatch.key</c>, and logs every change DS reports, so a boot shows the announcements that
/// a service's restart, down and up cause. Without the parameter it only answers RS's heartbeats.
/// </summary>
/// <remarks>
/// A subscription needs notifications, which only system processes receive; the user program <c>service</c> waits
/// for a change with <see cref="DataStore.WaitForChange"/> instead. On a notification from DS the watcher takes the
/// changed names with <see cref="DataStore.Check"/> until none is left. It allocates nothing per message.
/// </remarks>
public sealed class DataStoreWatcher : Minix.DriverKit.Service
{
    private readonly byte[] _pattern = new byte[DataStoreKey.Capacity];
    private int _patternLength;

    /// <summary>Creates the watcher; <see cref="Minix.DriverKit.Service.Run"/> starts it.</summary>
    public DataStoreWatcher()
    {
    }

    /// <summary>Reads <c>dswatch.key</c>.</summary>
    /// <returns><see cref="Status.Ok"/>.</returns>
    protected override Status OnInitFresh()
    {
        if (!BootParameters.TryGet("dswatch.key"u8, _pattern, out _patternLength))
            _patternLength = 0;
        return Status.Ok;
    }

    /// <summary>Subscribes, once RS knows the watcher is up; DS then reports the names that already match.</summary>
    protected override void OnAnnounce()
    {
        if (_patternLength == 0)
            return;
        Status status = DataStore.Subscribe(_pattern.AsSpan(0, _patternLength));
        var line = new LogText(stackalloc byte[96]);
        line.Append("subscribed to "u8).Append(_pattern.AsSpan(0, _patternLength)).Append(": "u8).Append(status);
        Log.Write(line.Text);
    }

    /// <summary>A notification from DS: logs each changed name; anything else is refused as usual.</summary>
    /// <param name="message">The message.</param>
    /// <param name="how">How it was delivered.</param>
    protected override void OnOtherMessage(ref Message message, IpcStatus how)
    {
        if (!how.IsNotify || message.Source != Endpoint.DataStore)
        {
            base.OnOtherMessage(ref message, how);
            return;
        }

        Span<byte> buffer = stackalloc byte[96];
        while (DataStore.Check(out DataStoreReply entry) == Status.Ok)
        {
            var line = new LogText(buffer);
            line.Append("DS says "u8).Append(DataStoreKey.Bytes(entry.Key));
            if (entry.IsDeleted)
                line.Append(" was deleted"u8);
            else
                line.Append(" is endpoint "u8).Append(entry.Value);
            line.Append(" (version "u8).Append(entry.Version).Append(")"u8);
            Log.Write(line.Text);
        }
    }
}
