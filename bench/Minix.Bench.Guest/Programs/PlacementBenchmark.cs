using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Minix.Bench.Guest;

/// <summary>
/// The paper's overhead measurement: the same workload through the same driver code placed in user mode and in the
/// kernel, in one boot. Writes and reads back the RAM disk through grants, block by block; and sends bytes through
/// the serial driver in loopback and reads them back. Each pair is warmed up, then timed in alternating slices so
/// that drift in the machine (or in the emulator's translation cache) falls on both placements alike.
/// </summary>
internal static class PlacementBenchmark
{
    private const int Block = 4096;
    private const int RamDiskKiB = 2048;
    private const int SerialBytes = 4096;
    private const int Slices = 8;
    private static readonly byte[] Buffer = PinnedMemory.Allocate(Block);
    private static readonly GrantTable Grants = new(2);

    [UnmanagedCallersOnly(EntryPoint = "placement_main")]
    private static void Main()
    {
        Grants.Register();
        // Boot: every driver of this image has published itself, so every service is up. The time-stamp counter
        // started at power-on (under -icount it counts instructions since then); a clock tick is 10 ms of guest time.
        DriverNamed("ramdisk"u8);
        DriverNamed("ramdiskk"u8);
        DriverNamed("serial"u8);
        DriverNamed("serialk"u8);
        Report.Line("services-up-cycles"u8, Clock.Cycles());
        Report.Line("services-up-ticks"u8, Minix.DriverKit.Alarm.Uptime());
        Compare(RamDiskOf("ramdisk"u8), RamDiskOf("ramdiskk"u8), disk: true, RamDiskKiB * 1024 / Block / Slices, "ramdisk-user-cycles"u8, "ramdisk-kernel-cycles"u8);
        Compare(LineOf("serial"u8), LineOf("serialk"u8), disk: false, SerialBytes / 16 / Slices, "serial-user-cycles"u8, "serial-kernel-cycles"u8);
        Report.Line("ramdisk-kib"u8, RamDiskKiB);
        Report.Line("serial-bytes"u8, SerialBytes); // then it exits, and the IPC benchmark, which waits for that, starts
    }

    private static void Compare(DeviceClient user, DeviceClient kernel, bool disk, int perSlice, ReadOnlySpan<byte> userResult, ReadOnlySpan<byte> kernelResult)
    {
        GrantId userGrant = Grants.Grant(user.Driver, Buffer, GrantFlags.Read | GrantFlags.Write);
        GrantId kernelGrant = Grants.Grant(kernel.Driver, Buffer, GrantFlags.Read | GrantFlags.Write);
        Work(disk, user, userGrant, perSlice);
        Work(disk, kernel, kernelGrant, perSlice);
        ulong userCycles = 0, kernelCycles = 0;
        for (int slice = 0; slice < Slices; slice++)
        {
            ulong start = Clock.Cycles();
            Work(disk, user, userGrant, perSlice);
            ulong middle = Clock.Cycles();
            Work(disk, kernel, kernelGrant, perSlice);
            kernelCycles += Clock.Cycles() - middle;
            userCycles += middle - start;
        }

        Report.Line(userResult, userCycles);
        Report.Line(kernelResult, kernelCycles);
        Grants.Revoke(userGrant);
        Grants.Revoke(kernelGrant);
        user.Close(0);
        kernel.Close(0);
    }

    private static void Work(bool disk, DeviceClient device, GrantId grant, int count)
    {
        if (disk)
            RamDisk(device, grant, count);
        else
            Serial(device, grant, count);
    }

    private static DeviceClient RamDiskOf(ReadOnlySpan<byte> label)
    {
        var disk = DeviceClient.Block(DriverNamed(label));
        disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
        return disk;
    }

    private static DeviceClient LineOf(ReadOnlySpan<byte> label)
    {
        var line = DeviceClient.Character(DriverNamed(label));
        line.Open(0, DeviceAccess.Read | DeviceAccess.Write);
        line.Ioctl(0, 1, 1); // loopback on
        return line;
    }

    private static Endpoint DriverNamed(ReadOnlySpan<byte> label)
    {
        Status status = DataStore.WaitForChange(label, Endpoint.None, out Endpoint driver);
        if (status != Status.Ok)
        {
            Log.Write("placement: a driver did not publish itself"u8);
            Sys.Exit(1);
        }

        return driver;
    }

    // Writes and reads back `blocks` blocks, cycling over the sample disk's 16.
    private static void RamDisk(DeviceClient disk, GrantId grant, int blocks)
    {
        for (int i = 0; i < blocks; i++)
        {
            long position = (long)(i % 16) * Block;
            disk.Write(0, position, grant, Block);
            disk.Read(0, position, grant, Block);
        }
    }

    // Sends `chunks` 16-byte chunks through the loopback and reads each back.
    private static void Serial(DeviceClient line, GrantId grant, int chunks)
    {
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            line.Write(0, 0, grant, 16);
            for (int got = 0; got < 16;)
            {
                long n = line.Read(0, 0, grant, 16 - got);
                got += n > 0 ? (int)n : 0;
            }
        }
    }
}
