using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Samples.RamDisk;
using Minix.Samples.Serial;

namespace Minix.Samples.DevCheck;

/// <summary>
/// A device check, the same on the host and on the image: writes <see cref="DiskBytes"/> to the RAM disk one block
/// at a time and reads them back, then puts the serial line in loopback and sends <see cref="SerialBytes"/> bytes
/// one at a time, reading each back before sending the next. One request at a time, each waiting for its answer,
/// keeps the order of everything the drivers do independent of timing, so their traces
/// (<see cref="DriverTrace"/>) can be compared between the simulator and QEMU.
/// </summary>
/// <remarks>All memory is allocated when the check is created; the checks allocate nothing.</remarks>
public sealed class DeviceCheck
{
    /// <summary>Bytes written to and read from the RAM disk.</summary>
    public const int DiskBytes = 4096;

    /// <summary>Bytes in one RAM-disk request.</summary>
    public const int BlockSize = 512;

    /// <summary>Bytes sent through the serial line.</summary>
    public const int SerialBytes = 32;

    private readonly GrantTable _grants = new(2);
    private readonly byte[] _out = PinnedMemory.Allocate(DiskBytes);
    private readonly byte[] _in = PinnedMemory.Allocate(DiskBytes);

    /// <summary>Runs both checks and reports through the log server.</summary>
    /// <returns>0 if both passed, 1 otherwise.</returns>
    public int Run()
    {
        _grants.Register();
        LogClient.Write("devcheck: checking the RAM disk and the serial line\n"u8);
        bool disk = CheckRamDisk();
        bool serial = CheckSerial();
        var line = new LogText(stackalloc byte[LogWriteRequest.MaxInline]);
        line.Append("devcheck: ramdisk "u8).Append(disk ? "ok"u8 : "FAILED"u8).Append(", serial "u8).Append(serial ? "ok"u8 : "FAILED"u8).Append("\n"u8);
        LogClient.Write(line.Text);
        return disk && serial ? 0 : 1;
    }

    /// <summary>
    /// The size ioctl, eight block writes, eight block reads, the information ioctl; the data must come back
    /// unchanged and the driver must have counted every byte.
    /// </summary>
    private bool CheckRamDisk()
    {
        if (DataStore.WaitForChange("ramdisk"u8, Endpoint.None, out Endpoint driver) != Status.Ok)
            return false;
        var disk = DeviceClient.Block(driver);
        if (disk.Open(0, DeviceAccess.Read | DeviceAccess.Write) != 0)
            return false;
        for (int i = 0; i < DiskBytes; i++)
            _out[i] = (byte)(i * 7 + i / BlockSize);
        bool ok = disk.Ioctl(0, RamDiskDriver.IoctlGetSize, 0) >= DiskBytes;
        for (int block = 0; block < DiskBytes / BlockSize && ok; block++)
            ok = Move(ref disk, _out.AsSpan(block * BlockSize, BlockSize), block * BlockSize, write: true) == BlockSize;
        for (int block = 0; block < DiskBytes / BlockSize && ok; block++)
            ok = Move(ref disk, _in.AsSpan(block * BlockSize, BlockSize), block * BlockSize, write: false) == BlockSize;
        ok = ok && new ReadOnlySpan<byte>(_in).SequenceEqual(_out) && CheckInfo(ref disk);
        return disk.Close(0) == 0 && ok;
    }

    /// <summary>The information ioctl, its answer copied through a grant: this check was the disk's only client.</summary>
    private bool CheckInfo(ref DeviceClient disk)
    {
        Span<byte> into = _in.AsSpan(0, Unsafe.SizeOf<RamDiskInfo>());
        GrantId grant = _grants.Grant(disk.Driver, into, GrantFlags.Write);
        long result = disk.Ioctl(0, RamDiskDriver.IoctlGetInfo, grant);
        _grants.Revoke(grant);
        RamDiskInfo info = MemoryMarshal.Read<RamDiskInfo>(into);
        return result == 0 && info.Size >= DiskBytes && info.BytesWritten == DiskBytes && info.BytesRead == DiskBytes;
    }

    /// <summary>Loopback on, then each byte written and read back before the next, then loopback off.</summary>
    private bool CheckSerial()
    {
        if (DataStore.WaitForChange("serial"u8, Endpoint.None, out Endpoint driver) != Status.Ok)
            return false;
        var line = DeviceClient.Character(driver);
        if (line.Open(0, DeviceAccess.Read | DeviceAccess.Write) != 0)
            return false;
        bool ok = line.Ioctl(0, SerialDriver.IoctlSetLoopback, 1) == 0;
        for (int i = 0; i < SerialBytes && ok; i++)
        {
            _out[i] = (byte)('a' + i % 26);
            ok = Move(ref line, _out.AsSpan(i, 1), 0, write: true) == 1 && Move(ref line, _in.AsSpan(i, 1), 0, write: false) == 1 && _in[i] == _out[i];
        }

        ok = line.Ioctl(0, SerialDriver.IoctlSetLoopback, 0) == 0 && ok;
        return line.Close(0) == 0 && ok;
    }

    /// <summary>One read or write through a grant made for it.</summary>
    private long Move(ref DeviceClient device, Span<byte> buffer, long position, bool write)
    {
        GrantId grant = _grants.Grant(device.Driver, buffer, write ? GrantFlags.Read : GrantFlags.Write);
        if (!grant.IsValid)
            return (long)Status.NoSpace;
        long result = write ? device.Write(0, position, grant, buffer.Length) : device.Read(0, position, grant, buffer.Length);
        _grants.Revoke(grant);
        return result;
    }
}
