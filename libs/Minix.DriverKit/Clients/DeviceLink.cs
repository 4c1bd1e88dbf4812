using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// What <see cref="BlockDeviceClient"/> and <see cref="CharacterDeviceClient"/> share: the driver's label, its
/// current endpoint, one open minor, and one request sent with the client's buffer granted to that endpoint.
/// </summary>
internal struct DeviceLink
{
    public ProcessName Label;
    public DeviceClient Device;
    public int Minor;
    public DeviceAccess Access;
    public bool IsOpen;
    public GrantTable Grants;

    public DeviceLink(ReadOnlySpan<byte> label, int minor, DeviceAccess access, GrantTable grants, bool block)
    {
        Label = ProcessName.FromUtf8(label);
        Device = block ? DeviceClient.Block(Endpoint.None) : DeviceClient.Character(Endpoint.None);
        Minor = minor;
        Access = access;
        IsOpen = false;
        Grants = grants;
    }

    /// <summary>Finds the driver (after <paramref name="lost"/> if it stopped answering) and opens the minor.</summary>
    public long Connect(Endpoint lost)
    {
        if (Device.Driver == Endpoint.None || Device.Driver == lost)
        {
            Status found = DriverRestart.FindNext(ProcessName.Bytes(Label), lost, out Endpoint driver);
            if (found != Status.Ok)
                return (long)found;
            Device.Driver = driver;
        }

        long opened = Device.Open(Minor, Access);
        IsOpen = opened >= 0;
        return opened;
    }

    /// <summary>Closes the minor if open; a driver that restarted has nothing open to close, so that is 0 too.</summary>
    public long Close()
    {
        if (!IsOpen)
            return 0;
        IsOpen = false;
        long result = Device.Close(Minor);
        return DriverRestart.IsRestart(result) ? 0 : result;
    }

    /// <summary>Sends one request with <paramref name="data"/> (if any) granted to the current endpoint.</summary>
    public long Once(DeviceOperation operation, long position, Span<byte> data, GrantFlags access, int ioctl, long argument, ReadOnlySpan<IoBuffer> buffers = default)
    {
        // A vectored request grants its buffers and its vector to the current endpoint itself.
        if (operation == DeviceOperation.Gather)
            return Device.Gather(Minor, position, buffers, Grants);
        if (operation == DeviceOperation.Scatter)
            return Device.Scatter(Minor, position, buffers, Grants);

        var grant = new GrantId(GrantId.Invalid);
        if (!data.IsEmpty)
        {
            grant = Grants.Grant(Device.Driver, data, access);
            if (!grant.IsValid)
                return (long)Status.NoSpace;
        }

        long result = operation switch
        {
            DeviceOperation.Read => Device.Read(Minor, position, grant, data.Length),
            DeviceOperation.Write => Device.Write(Minor, position, grant, data.Length),
            _ => Device.Ioctl(Minor, ioctl, grant, argument),
        };
        if (grant.IsValid)
            Grants.Revoke(grant);
        return result;
    }
}

/// <summary>The requests <see cref="DeviceLink.Once"/> sends.</summary>
internal enum DeviceOperation
{
    Read,
    Write,
    Ioctl,
    Gather,
    Scatter,
}
