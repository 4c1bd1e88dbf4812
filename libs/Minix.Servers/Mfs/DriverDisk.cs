using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Grants;

namespace Minix.Servers.Mfs;

/// <summary>
/// A disk reached through its block driver, found by label in the data store (<c>drv.&lt;label&gt;</c>). Each
/// transfer grants the driver the buffer for that request only. When the driver dies under a request (the reply is
/// <see cref="Status.DeadEndpoint"/>) or a new incarnation no longer knows the minor (<see cref="Status.Restart"/>),
/// the disk waits for the driver's next incarnation in the data store, opens the minor again and repeats the
/// request: block requests are idempotent, so the file system never notices the crash.
/// </summary>
public sealed class DriverDisk : BlockDevice
{
    /// <summary>How many driver restarts one request survives before it fails with <see cref="Status.IoError"/> (MINIX's DRIVER_TRIES).</summary>
    public const int MaxRestartsPerRequest = 10;

    private readonly GrantTable _grants;
    private readonly byte[] _key = new byte[DeviceDriver.AnnouncementKeyCapacity];
    private int _keyLength;
    private DeviceClient _client;
    private int _minor;
    private DeviceAccess _access;

    /// <summary>Creates the disk; <see cref="Open"/> connects it.</summary>
    /// <param name="grants">The process's registered grant table (one free entry is enough).</param>
    public DriverDisk(GrantTable grants)
    {
        _grants = grants;
    }

    /// <summary>The driver's current endpoint.</summary>
    public Endpoint Driver => _client.Driver;

    /// <summary>How many times a request was repeated because the driver restarted.</summary>
    public int Recoveries { get; private set; }

    /// <inheritdoc/>
    public override long Size => 0;

    /// <summary>Finds the driver labelled <paramref name="label"/> (waiting until it has announced itself) and opens <paramref name="minor"/>.</summary>
    /// <param name="label">The driver's label.</param>
    /// <param name="minor">The minor device.</param>
    /// <param name="access">Read, or read and write.</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    public Status Open(ReadOnlySpan<byte> label, int minor, DeviceAccess access)
    {
        _keyLength = DeviceDriver.AnnouncementKey(label.Length > ProcessName.Capacity ? label.Slice(0, ProcessName.Capacity) : label, _key);
        _minor = minor;
        _access = access;
        Status status = DataStore.WaitForChange(_key.AsSpan(0, _keyLength), Endpoint.None, out Endpoint driver);
        if (status != Status.Ok)
            return status;
        _client = DeviceClient.Block(driver);
        long opened = _client.Open(_minor, _access);
        if (opened == (long)Status.DeadEndpoint)
            return Recover() ? Status.Ok : Status.IoError;
        return opened < 0 ? (Status)opened : Status.Ok;
    }

    /// <summary>Closes the minor.</summary>
    /// <returns>The driver's answer.</returns>
    public Status Close()
    {
        long closed = _client.Close(_minor);
        return closed < 0 ? (Status)closed : Status.Ok;
    }

    /// <inheritdoc/>
    public override Status Read(long position, Span<byte> destination) => Transfer(position, destination, write: false);

    /// <inheritdoc/>
    public override Status Write(long position, ReadOnlySpan<byte> source) => Transfer(position, source, write: true);

    // A read grants the driver write access to the memory, a write read access.
    private Status Transfer(long position, ReadOnlySpan<byte> memory, bool write)
    {
        for (int attempt = 0; attempt <= MaxRestartsPerRequest; attempt++)
        {
            GrantId grant = _grants.Grant(_client.Driver, memory, write ? GrantFlags.Read : GrantFlags.Write);
            if (!grant.IsValid)
                return Status.OutOfMemory;
            long done = write ? _client.Write(_minor, position, grant, memory.Length) : _client.Read(_minor, position, grant, memory.Length);
            _grants.Revoke(grant);
            if (done == memory.Length)
                return Status.Ok;
            if (done >= 0)
                return Status.IoError; // a short transfer: past the end of the device
            if (done != (long)Status.DeadEndpoint && done != (long)Status.Restart)
                return (Status)done;
            if (!Recover())
                return Status.IoError;
        }

        return Status.IoError;
    }

    /// <summary>The driver restarted: find its new incarnation in the data store and open the minor again there.</summary>
    private bool Recover()
    {
        for (int tries = 0; tries < MaxRestartsPerRequest; tries++)
        {
            Endpoint known = _client.Driver;
            long opened = _client.Open(_minor, _access);
            if (opened >= 0)
            {
                Recoveries++;
                var line = new LogText(stackalloc byte[96]);
                line.Append("driver "u8).Append(_key.AsSpan(4, _keyLength - 4)).Append(" restarted: repeating the request at endpoint "u8).Append(_client.Driver);
                Log.Write(line.Text);
                return true;
            }

            if (opened != (long)Status.DeadEndpoint)
                return false;
            if (DataStore.WaitForChange(_key.AsSpan(0, _keyLength), known, out Endpoint driver) != Status.Ok)
                return false;
            _client.Driver = driver;
        }

        return false;
    }
}
