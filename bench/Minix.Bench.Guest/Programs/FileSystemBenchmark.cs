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
/// time-stamp counter ticks each took. Boot parameters: <c>fsbench.path</c> (default <c>/bench</c>; a file on the
/// disk being measured), <c>fsbench.mib</c> (bytes per measurement in MiB, at least one unit; default 8).
/// </summary>
internal static unsafe class FileSystemBenchmark
{
    private const int LargestUnit = 64 << 20;

    [UnmanagedCallersOnly(EntryPoint = "fsbench_main")]
    private static void Main()
    {
        Span<byte> text = stackalloc byte[64];
        ReadOnlySpan<byte> path = BootParameters.TryGet("fsbench.path"u8, text, out int length) ? text.Slice(0, length) : "/bench"u8;
        Span<byte> number = stackalloc byte[12];
        long mebibytes = BootParameters.TryGet("fsbench.mib"u8, number, out int digits) ? Parse(number.Slice(0, digits)) : 8;
        byte[] buffer = PinnedMemory.Allocate(LargestUnit);
        for (int i = 0; i < buffer.Length; i++)
            buffer[i] = (byte)(i * 7);

        Report.Line("fs-start-ticks"u8, Minix.DriverKit.Alarm.Uptime());
        Report.Line("fs-start-cycles"u8, Clock.Cycles());
        Stat("/"u8, out FileStatus root);
        Report.Line("fs-block-size"u8, (ulong)root.BlockSize);
        for (int unit = 1 << 10; unit <= LargestUnit; unit <<= 1)
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
            Line("fs-write-"u8, unit, written, moved);

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
            Line("fs-read-"u8, unit, read, moved);
        }

        Unlink(path);
        Sync();
        Report.Line("fs-end-ticks"u8, Minix.DriverKit.Alarm.Uptime());
        Report.Line("fs-end-cycles"u8, Clock.Cycles());
        Report.Line("fs-hz"u8, (ulong)Minix.DriverKit.Alarm.Hz());
        Sys.Exit(0);
    }

    /// <summary>Prints <c>bench: fs-write-UNIT CYCLES BYTES</c>.</summary>
    private static void Line(ReadOnlySpan<byte> what, int unit, ulong cycles, long bytes)
    {
        var line = new LogText(stackalloc byte[96]);
        line.Append("bench: "u8).Append(what).Append(unit).Append(" "u8).Append((long)cycles).Append(" "u8).Append(bytes);
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
