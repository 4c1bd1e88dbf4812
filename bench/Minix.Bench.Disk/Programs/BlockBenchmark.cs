using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Bench.Disk;

/// <summary>
/// Raw block-device throughput through the block protocol: for each transfer unit from 1 KiB to 1 MiB, a sequential
/// write of the first <c>blockbench.ramdisk</c> (or <c>blockbench.ata</c>) bytes of minor 0, one request per unit,
/// then a sequential read of them, each timed with the time-stamp counter. Prints
/// <c>bench: DEVICE write|read UNIT BYTES CYCLES</c> lines and, for the runner to turn cycles into time, the clock
/// ticks and cycles of the whole run (<c>bench: clock TICKS CYCLES HZ</c>).
/// </summary>
public static class BlockBenchmark
{
    /// <summary>The largest transfer unit.</summary>
    public const int MaxUnit = 1 << 20;

    private static readonly GrantTable Grants = new(4);

    [UnmanagedCallersOnly(EntryPoint = "blockbench_main")]
    private static void Main()
    {
        if (Bytes("blockbench.ramdisk"u8) <= 0 && Bytes("blockbench.ata"u8) <= 0)
            Sys.Exit(0); // not asked to run: the image is booted for its tests
        Grants.Register();
        byte[] buffer = PinnedMemory.Allocate(MaxUnit);
        for (int i = 0; i < buffer.Length; i++)
            buffer[i] = (byte)(i * 7);
        ulong startTicks = Alarm.Uptime();
        ulong startCycles = Clock.Cycles();
        bool ok = Device("ramdisk"u8, "blockbench.ramdisk"u8, buffer) && Device("ata"u8, "blockbench.ata"u8, buffer);
        ulong cycles = Clock.Cycles() - startCycles;
        ulong ticks = Alarm.Uptime() - startTicks;
        var line = new LogText(stackalloc byte[128]);
        line.Append("bench: clock "u8).Append((long)ticks).Append(" "u8).Append((long)cycles).Append(" "u8).Append(Alarm.Hz()).Append("\n"u8);
        LogClient.Write(line.Text);
        Sys.Exit(ok ? 0 : 1);
    }

    /// <summary>Every unit on one device; false if a request failed.</summary>
    private static bool Device(ReadOnlySpan<byte> label, ReadOnlySpan<byte> parameter, byte[] buffer)
    {
        long bytes = Bytes(parameter);
        if (bytes <= 0)
            return true;
        if (DataStore.WaitForChange(label, Endpoint.None, out Endpoint driver) != Status.Ok)
            return Failed(label, "not in the data store"u8, 0);
        var disk = DeviceClient.Block(driver);
        long opened = disk.Open(0, DeviceAccess.Read | DeviceAccess.Write);
        if (opened < 0)
            return Failed(label, "open"u8, opened);
        Span<byte> text = stackalloc byte[128];
        for (int unit = 1024; unit <= MaxUnit; unit *= 2)
        {
            for (int pass = 0; pass < 2; pass++)
            {
                bool write = pass == 0;
                ulong start = Clock.Cycles();
                for (long position = 0; position < bytes; position += unit)
                {
                    Span<byte> piece = buffer.AsSpan(0, unit);
                    long moved = write ? disk.Write(0, position, piece, Grants) : disk.Read(0, position, piece, Grants);
                    if (moved != unit)
                        return Failed(label, write ? "write"u8 : "read"u8, moved);
                }

                ulong cycles = Clock.Cycles() - start;
                var line = new LogText(text);
                line.Append("bench: "u8).Append(label).Append(write ? " write "u8 : " read "u8).Append(unit).Append(" "u8).Append(bytes)
                    .Append(" "u8).Append((long)cycles).Append("\n"u8);
                LogClient.Write(line.Text);
            }
        }

        disk.Close(0);
        return true;
    }

    private static bool Failed(ReadOnlySpan<byte> label, ReadOnlySpan<byte> what, long result)
    {
        var line = new LogText(stackalloc byte[128]);
        line.Append("bench: "u8).Append(label).Append(" failed: "u8).Append(what);
        if (result < 0)
            line.Append(" "u8).Append((Status)result);
        LogClient.Write(line.Append("\n"u8).Text);
        return false;
    }

    /// <summary>A byte count from a boot parameter (may end in M), or 0.</summary>
    private static long Bytes(ReadOnlySpan<byte> key)
    {
        Span<byte> text = stackalloc byte[24];
        if (!BootParameters.TryGet(key, text, out int length))
            return 0;
        long value = 0;
        int i = 0;
        for (; i < length && text[i] >= (byte)'0' && text[i] <= (byte)'9'; i++)
            value = value * 10 + (text[i] - (byte)'0');
        return i == length - 1 && text[i] == (byte)'M' ? value << 20 : value;
    }
}
