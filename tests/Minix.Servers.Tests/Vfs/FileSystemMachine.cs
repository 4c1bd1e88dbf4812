using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Servers.Mfs;
using Minix.Servers.Vfs;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests.Vfs;

/// <summary>A simulated system with the file system: RS, DS, log, VFS (slot 1), the root file server (slot 3) on a disk image, and the test's programs.</summary>
internal static class FileSystemMachine
{
    public const int VfsSlot = 1;
    public const int RootServerSlot = 3;
    public const int DiskSlot = 10;
    public const int SecondServerSlot = 15;
    public const int SecondDiskSlot = 16;
    public const int ProcessManagerSlot = 0;

    public const string Conf = """
        service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; priority 2; };
        service ds { ipc ALL_SYS; priority 3; };
        service log { ipc rs; priority 4; };
        service vfs { ipc ALL_SYS; priority 4; };
        service fs_root { ipc ALL_SYS; priority 5; };
        service fs1 { ipc ALL_SYS; priority 5; };
        service ramdisk { ipc rs ds; control USER; priority 6; };
        service ata { ipc rs ds; priority 6; };
        service printer { io 378:4; irq 7; system DEVIO VDEVIO IRQCTL; ipc rs ds vfs; period 50; };
        service pm { ipc ALL_SYS; priority 3; };
        """;

    /// <summary>An empty 1 KiB-block file system of <paramref name="bytes"/> bytes with /dev nodes, built on the host.</summary>
    public static byte[] RootImage(int bytes = 8 << 20, int blockSize = 1024)
    {
        var disk = new byte[bytes];
        DiskImage.Format(disk, new FormatOptions { BlockSize = blockSize, Time = 1 }, "root");
        using var image = DiskImage.Open(disk, "root", writable: true, new FixedClock(1));
        image.MakeDirectory("/dev");
        image.MakeDirectory("/tmp", 0x1FF);
        image.MakeDirectory("/mnt");
        foreach (var (name, block, major, minor) in DeviceTable.StandardNodes)
            image.MakeDevice("/dev/" + name, block, major, minor);
        return disk;
    }

    /// <summary>Boots the file system over <paramref name="root"/> with <paramref name="extra"/> processes.</summary>
    public static SimulatedSystem Boot(byte[] root, Action<string>? echo, params SimulatedBootProcess[] extra)
    {
        var processes = new List<SimulatedBootProcess>
        {
            SampleSystem.Rs(),
            SampleSystem.Ds(),
            SampleSystem.Log(),
            new(VfsSlot, new SimulatedProgram("vfs", () => new VirtualFileSystem().Run())),
            new(RootServerSlot, new SimulatedProgram("fs_root", () => new FileServer(256).Run())),
            new(DiskSlot, new SimulatedProgram("ramdisk", () => new ImageDiskDriver(root).Run())),
        };
        processes.AddRange(extra);
        return SampleSystem.Boot(Conf, echo, [.. processes]);
    }

    /// <summary>A second file server and a second disk (label ata: /dev/c0d0 and up), for mount.</summary>
    public static SimulatedBootProcess[] SecondDisk(byte[] disk) =>
    [
        new(SecondServerSlot, new SimulatedProgram("fs1", () => new FileServer(256).Run())),
        new(SecondDiskSlot, new SimulatedProgram("ata", () => new ImageDiskDriver(disk).Run())),
    ];
}
