using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.Servers.Mfs;

/// <summary>
/// A disk reached through its block driver, by label: a <see cref="BlockDeviceClient"/>, which grants the driver the
/// buffer of each request for that request only and follows DriverKit's restart policy (<see cref="DriverRestart"/>):
/// when the driver dies under a request, the request is repeated on the driver's next incarnation, so the file system
/// never notices the crash. The server logs each repeat.
/// </summary>
public sealed class DriverDisk : BlockDevice
{
    private readonly GrantTable _grants;
    private BlockDeviceClient? _client;
    private ProcessName _label;
    private int _repeats;

    /// <summary>Creates the disk; <see cref="Open"/> connects it.</summary>
    /// <param name="grants">The process's registered grant table (one free entry is enough).</param>
    public DriverDisk(GrantTable grants)
    {
        _grants = grants;
    }

    /// <summary>The driver's current endpoint.</summary>
    public Endpoint Driver => _client is null ? Endpoint.None : _client.Driver;

    /// <summary>How many requests were repeated because the driver restarted.</summary>
    public int Recoveries => _client is null ? 0 : _client.Repeats;

    /// <inheritdoc/>
    public override long Size => 0;

    /// <summary>Finds the driver labelled <paramref name="label"/> and opens <paramref name="minor"/> (a mount makes one client).</summary>
    /// <param name="label">The driver's label.</param>
    /// <param name="minor">The minor device.</param>
    /// <param name="access">Read, or read and write.</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    public Status Open(ReadOnlySpan<byte> label, int minor, DeviceAccess access)
    {
        if (label.Length == 0 || label.Length > ProcessName.Capacity)
            return Status.NoSuchDevice;
        _label = ProcessName.FromUtf8(label);
        _client = new BlockDeviceClient(label, minor, access, _grants);
        _repeats = 0;
        long opened = _client.Open();
        return opened < 0 ? (Status)opened : Status.Ok;
    }

    /// <summary>Closes the minor.</summary>
    /// <returns>The driver's answer.</returns>
    public Status Close()
    {
        long closed = _client is null ? 0 : _client.Close();
        return closed < 0 ? (Status)closed : Status.Ok;
    }

    /// <inheritdoc/>
    public override Status Read(long position, Span<byte> destination) =>
        Done(_client is null ? (long)Status.NoSuchDevice : _client.Read(position, destination), destination.Length);

    /// <inheritdoc/>
    public override Status Write(long position, ReadOnlySpan<byte> source) =>
        Done(_client is null ? (long)Status.NoSuchDevice : _client.Write(position, MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(source), source.Length)), source.Length);

    /// <summary>A whole transfer is success; a short one is EIO (past the device's end); and a repeat is logged.</summary>
    private Status Done(long result, int length)
    {
        if (_client is not null && _client.Repeats != _repeats)
        {
            _repeats = _client.Repeats;
            var line = new LogText(stackalloc byte[112]);
            line.Append("driver "u8).Append(ProcessName.Bytes(_label)).Append(" restarted: the request was repeated at endpoint "u8).Append(_client.Driver);
            Log.Write(line.Text);
        }

        if (result == length)
            return Status.Ok;
        return result < 0 ? (Status)result : Status.IoError;
    }
}
