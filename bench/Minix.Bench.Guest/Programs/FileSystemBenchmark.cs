using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix.Abi;
using static Minix.Posix.Posix;

namespace Minix.Bench.Guest;

/// <summary>
/// Sequential write and read throughput through the file system (VFS, MFS, the disk driver): for each transfer
/// unit from 1 KiB to 64 MiB it writes a file in pieces of that size and syncs, then reads it back, and prints the
/// time-stamp counter ticks each took. It measures the root file system (the RAM disk) as <c>ram</c>, then, if the
/// boot parameter <c>fsbench.mount</c> names a block special file (such as <c>/dev/c0d0</c>, the first IDE disk),
/// mounts it on /mnt and measures it as <c>ide</c>. <c>fsbench.mib</c>: bytes per measurement in MiB, at least one
/// unit (default 8); <c>fsbench.idemib</c> and <c>fsbench.idemax</c>: the same and the largest unit in MiB for the
/// mounted disk (defaults: <c>fsbench.mib</c> and 64), since a slow disk needs less to be measured.
/// </summary>
internal static unsafe class FileSystemBenchmark
{
    private const int LargestUnit = 64 << 20;

    [UnmanagedCallersOnly(EntryPoint = "fsbench_main")]
    private static void Main()
    {
        Span<byte> text = stackalloc byte[64];
        Span<byte> number = stackalloc byte[12];
        long mebibytes = BootParameters.TryGet("fsbench.mib"u8, number, out int digits) ? Parse(number.Slice(0, digits)) : 8;
        long ideMebibytes = BootParameters.TryGet("fsbench.idemib"u8, number, out digits) ? Parse(number.Slice(0, digits)) : mebibytes;
        long ideLargest = BootParameters.TryGet("fsbench.idemax"u8, number, out digits) ? Parse(number.Slice(0, digits)) << 20 : LargestUnit;
        byte[] buffer = PinnedMemory.Allocate(LargestUnit);
        for (int i = 0; i < buffer.Length; i++)
            buffer[i] = (byte)(i * 7);

        Report.Line("fs-start-ticks"u8, Minix.DriverKit.Alarm.Uptime());
        Report.Line("fs-start-cycles"u8, Clock.Cycles());
        Stat("/"u8, out FileStatus root);
        Report.Line("fs-block-size"u8, (ulong)root.BlockSize);
        Measure("/bench"u8, "ram"u8, buffer, mebibytes, LargestUnit);
        if (BootParameters.TryGet("fsbench.mount"u8, text, out int length))
        {
            long mounted = Mount(text.Slice(0, length), "/mnt"u8);
            Report.Line("fs-mount"u8, (ulong)mounted);
            if (mounted == 0)
            {
                Measure("/mnt/bench"u8, "ide"u8, buffer, ideMebibytes, Math.Min(ideLargest, LargestUnit));
                Report.Line("fs-umount"u8, (ulong)Unmount("/mnt"u8));
            }
        }

        Report.Line("fs-end-ticks"u8, Minix.DriverKit.Alarm.Uptime());
        Report.Line("fs-end-cycles"u8, Clock.Cycles());
        Report.Line("fs-hz"u8, (ulong)Minix.DriverKit.Alarm.Hz());
        Sys.Exit(0);
    }

    /// <summary>Every transfer unit up to <paramref name="largest"/>: a write and a read of the file <paramref name="path"/>, reported under <paramref name="disk"/>.</summary>
    private static void Measure(ReadOnlySpan<byte> path, ReadOnlySpan<byte> disk, byte[] buffer, long mebibytes, long largest)
    {
        for (int unit = 1 << 10; unit <= largest; unit <<= 1)
        {
            long total = Math.Max(unit, mebibytes << 20);
            Unlink(path);
            long fd = Open(path, OpenFlags.WriteOnly | OpenFlags.Create, 0x1A4);
            ulong start = Clock.Cycles();
            long moved = 0;
            while (moved < total && fd >= 0)
            {
                long n = Write((int)fd, buffer.AsSpan(0, unit));
                if (n <= 0)
                    break;
                moved += n;
            }

            Sync();
            ulong written = Clock.Cycles() - start;
            Close((int)fd);
            Line(disk, "-write-"u8, unit, written, moved);

            fd = Open(path, OpenFlags.ReadOnly);
            start = Clock.Cycles();
            moved = 0;
            while (moved < total && fd >= 0)
            {
                long n = Read((int)fd, buffer.AsSpan(0, unit));
                if (n <= 0)
                    break;
                moved += n;
            }

            ulong read = Clock.Cycles() - start;
            Close((int)fd);
            Line(disk, "-read-"u8, unit, read, moved);
        }

        Unlink(path);
        Sync();
    }

    /// <summary>Prints <c>bench: fs-DISK-write-UNIT CYCLES BYTES</c>.</summary>
    private static void Line(ReadOnlySpan<byte> disk, ReadOnlySpan<byte> what, int unit, ulong cycles, long bytes)
    {
        var line = new LogText(stackalloc byte[96]);
        line.Append("bench: fs-"u8).Append(disk).Append(what).Append(unit).Append(" "u8).Append((long)cycles).Append(" "u8).Append(bytes);
        Log.Write(line.Text);
    }

    private static long Parse(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        for (int i = 0; i < digits.Length && digits[i] >= (byte)'0' && digits[i] <= (byte)'9'; i++)
            value = (value * 10) + (digits[i] - '0');
        return value > 0 ? value : 8;
    }
}
