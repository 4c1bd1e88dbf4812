using System.Runtime.InteropServices;
using Minix.Posix;
using Minix.Posix.Abi;
using P = Minix.Posix.Posix;

namespace Minix.Bench.Guest;

/// <summary>
/// placebench, a program in /bin that /etc/rc runs: the system-call and file workloads of the disk-placement
/// benchmark, through VFS and MFS to the disk driver (the RAM disk or the IDE disk, in user mode or placed in the
/// kernel, whichever the image has). <c>placebench calls [DIR]</c>: null PM calls (getpid), 1-byte writes and 1-byte
/// reads of a file in DIR (default /); <c>placebench files MIB [DIR]</c>: a file in DIR of MIB MiB written sequentially
/// in 64 KiB pieces and synced, read back sequentially, then 4 KiB reads and writes (synced) at pseudo-random offsets
/// in it; <c>placebench words FILE LINES</c>: a text file for the shell's
/// application mix; <c>placebench mark NAME</c>: the time-stamp counter now, to time the commands between two marks.
/// Each figure is printed as <c>bench: NAME TICKS</c>; under <c>-icount shift=0</c> ticks are guest instructions (and
/// the clock's skips while the guest waits idle for a device). The counter is read 17 times in all, in a fixed order
/// (a start and an end per measurement, one per mark), so a harness that stops at each read can time the same spans.
/// </summary>
internal static unsafe class DiskPlacementBenchmark
{
    private const int Calls = 2000;
    private const int Piece = 64 << 10;
    private const int RandomBlock = 4096;
    private const int RandomOps = 1000;

    [UnmanagedCallersOnly(EntryPoint = "placebench_main")]
    private static void Main(ulong* stack)
    {
        string[] argv = ProgramArguments.Of(stack);
        string what = argv.Length > 1 ? argv[1] : "";
        if (what == "calls")
            SystemCalls(argv.Length > 2 ? argv[2] : "");
        else if (what == "files" && argv.Length > 2)
            Files(int.Parse(argv[2]), argv.Length > 3 ? argv[3] : "");
        else if (what == "words" && argv.Length > 3)
            Words(argv[2], int.Parse(argv[3]));
        else if (what == "mark" && argv.Length > 2)
            Report.Line(System.Text.Encoding.UTF8.GetBytes("mark-" + argv[2]), Clock.Cycles());
        else
            P.Exit(2);
        P.Exit(0);
    }

    private static void SystemCalls(string directory)
    {
        byte[] path = PathIn(directory, "onebyte");
        for (int i = 0; i < 100; i++)
            P.GetPid();
        ulong start = Clock.Cycles();
        for (int i = 0; i < Calls; i++)
            P.GetPid();
        Report.Line("place-getpid"u8, (Clock.Cycles() - start) / Calls);
        Report.Line("place-calls"u8, Calls);

        Span<byte> one = [(byte)'x'];
        long fd = P.Open(path, OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.Truncate, 0x1A4);
        start = Clock.Cycles();
        for (int i = 0; i < Calls; i++)
            P.Write((int)fd, one);
        Report.Line("place-write1"u8, (Clock.Cycles() - start) / Calls);
        P.Seek((int)fd, 0, SeekFrom.Start);
        start = Clock.Cycles();
        for (int i = 0; i < Calls; i++)
            P.Read((int)fd, one);
        Report.Line("place-read1"u8, (Clock.Cycles() - start) / Calls);
        P.Close((int)fd);
        P.Unlink(path);
    }

    private static void Files(int mebibytes, string directory)
    {
        byte[] path = PathIn(directory, "placefile");
        byte[] buffer = new byte[Piece];
        for (int i = 0; i < buffer.Length; i++)
            buffer[i] = (byte)(i * 7);
        long total = (long)mebibytes << 20;
        long fd = P.Open(path, OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.Truncate, 0x1A4);
        ulong start = Clock.Cycles();
        long moved = 0;
        while (moved < total && P.Write((int)fd, buffer) == Piece)
            moved += Piece;
        P.Sync();
        Report.Line("place-seq-write"u8, Clock.Cycles() - start);
        Report.Line("place-seq-bytes"u8, (ulong)moved);

        P.Seek((int)fd, 0, SeekFrom.Start);
        start = Clock.Cycles();
        while (P.Read((int)fd, buffer) > 0)
        {
        }

        Report.Line("place-seq-read"u8, Clock.Cycles() - start);

        // The same pseudo-random 4 KiB blocks in both placements (a fixed linear congruential sequence).
        long blocks = moved / RandomBlock;
        ulong state = 2027;
        Span<byte> block = buffer.AsSpan(0, RandomBlock);
        start = Clock.Cycles();
        for (int i = 0; i < RandomOps; i++)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            P.Seek((int)fd, (long)((state >> 33) % (ulong)blocks) * RandomBlock, SeekFrom.Start);
            P.Read((int)fd, block);
        }

        Report.Line("place-random-read"u8, (Clock.Cycles() - start) / RandomOps);
        Report.Line("place-random-ops"u8, RandomOps);
        start = Clock.Cycles();
        for (int i = 0; i < RandomOps; i++)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            P.Seek((int)fd, (long)((state >> 33) % (ulong)blocks) * RandomBlock, SeekFrom.Start);
            P.Write((int)fd, block);
        }

        P.Sync();
        Report.Line("place-random-write"u8, (Clock.Cycles() - start) / RandomOps);
        P.Close((int)fd);
        P.Unlink(path);
        P.Sync();
    }

    /// <summary>The path of <paramref name="name"/> in <paramref name="directory"/> ("" or "/" for the root).</summary>
    private static byte[] PathIn(string directory, string name) =>
        System.Text.Encoding.UTF8.GetBytes(directory.TrimEnd('/') + "/" + name);

    /// <summary>LINES lines of five pseudo-random lower-case words each, for sort, grep and wc.</summary>
    private static void Words(string path, int lines)
    {
        long fd = P.Open(System.Text.Encoding.UTF8.GetBytes(path), OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate, 0x1A4);
        byte[] line = new byte[64];
        ulong state = 7;
        for (int i = 0; i < lines; i++)
        {
            int at = 0;
            for (int word = 0; word < 5; word++)
            {
                state = (state * 6364136223846793005UL) + 1442695040888963407UL;
                int letters = 3 + (int)((state >> 60) & 7);
                for (int c = 0; c < letters; c++)
                    line[at++] = (byte)('a' + (int)((state >> (4 * c)) % 26));
                line[at++] = word == 4 ? (byte)'\n' : (byte)' ';
            }

            P.Write((int)fd, line.AsSpan(0, at));
        }

        P.Close((int)fd);
    }
}
