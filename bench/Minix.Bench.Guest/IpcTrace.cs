using System.Globalization;
using System.Threading.Tasks;
using Minix.Build.Imaging;
using Minix.Build.Qemu;

namespace Minix.Bench.Guest;

/// <summary>
/// <c>Minix.Bench.Guest trace</c>: the instructions of one SENDREC round trip, one NOTIFY and one null kernel call,
/// counted one by one and attributed to the function each ran in. It boots the guest benchmark image under TCG with
/// <c>-icount shift=0,sleep=off</c> and QEMU's gdbstub, sets a breakpoint on the benchmark's <c>TraceBegin</c>
/// marker, and from there single-steps the whole machine (user code, trap entry, kernel, the partner process) until
/// the benchmark reaches <c>TraceEnd</c>, reading the instruction pointer after every step and, in user mode, the
/// page-table root that tells the benchmark from its partner. QEMU keeps interrupts and timers off while it steps,
/// so a trace is the path itself, the same in every run. The functions come from the maps the image build writes.
/// </summary>
public static class IpcTrace
{
    private const int RipRegister = 16;

    // QEMU 7.2 numbers the x86-64 registers in the order of its target description (i386-64bit.xml): cr3 is 29.
    private const int Cr3Register = 29;
    private const ulong KernelHalf = 0xFFFF_8000_0000_0000;
    private const int MaxSteps = 1_000_000;

    /// <summary>Counted beside the functions: the steps that repeated the instruction before (a rep prefix's iterations).</summary>
    public const string RepeatKey = "repeat steps";

    private static readonly string[] Operations = ["SENDREC round trip", "NOTIFY", "null kernel call (SYS_NOP)"];

    /// <summary>The operations traced, in order.</summary>
    public static IReadOnlyList<string> OperationNames => Operations;

    /// <summary>Runs the trace and prints a table per operation.</summary>
    /// <param name="image">The built guest benchmark image.</param>
    /// <param name="outputDirectory">Where the image build put the maps.</param>
    /// <param name="qemuArguments">The image's own QEMU options.</param>
    /// <param name="top">How many functions each table lists.</param>
    /// <returns>The exit code.</returns>
    public static int Run(SystemImage image, string outputDirectory, IReadOnlyList<string> qemuArguments, int top)
    {
        IReadOnlyList<Dictionary<string, int>>? traces = Trace(image, outputDirectory, qemuArguments, out string output);
        if (traces is null)
        {
            Console.Error.WriteLine($"the traced boot did not finish cleanly; it printed:\n{output}");
            return 1;
        }

        Print(traces, top);
        return 0;
    }

    /// <summary>
    /// Boots the image, traces each operation, and returns per operation the instructions by place and function
    /// (keys "client F", "kernel F", "server F", and <see cref="RepeatKey"/> for the rep iterations among them), or
    /// null when the boot did not end cleanly.
    /// </summary>
    /// <param name="image">The built guest benchmark image.</param>
    /// <param name="outputDirectory">Where the image build put the maps.</param>
    /// <param name="qemuArguments">The image's own QEMU options.</param>
    /// <param name="output">What the guest printed.</param>
    /// <returns>The counts, or null.</returns>
    public static IReadOnlyList<Dictionary<string, int>>? Trace(SystemImage image, string outputDirectory, IReadOnlyList<string> qemuArguments, out string output)
    {
        FunctionMap kernel = FunctionMap.Read(Path.Combine(outputDirectory, "kernel.map"));
        FunctionMap bench = FunctionMap.Read(Path.Combine(outputDirectory, "ipcbench.map"));
        FunctionMap echo = FunctionMap.Read(Path.Combine(outputDirectory, "echo.map"));
        ulong begin = bench.AddressOf("IpcBenchmark__TraceBegin");
        ulong end = bench.AddressOf("IpcBenchmark__TraceEnd");

        int port = InstructionStamps.FreePort();
        Task<QemuRun> boot = Task.Run(() => QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(10), QemuAccel.Tcg,
            [.. qemuArguments, .. GuestMode.Instructions.Arguments, "-gdb", $"tcp:127.0.0.1:{port}", "-S"]));
        var traces = new List<Dictionary<string, int>>();
        using (GdbRemote gdb = GdbRemote.Connect(port, TimeSpan.FromSeconds(30)))
        {
            try
            {
                gdb.SetBreakpoint(begin);
                foreach (string operation in Operations)
                {
                    traces.Add(TraceOne(gdb, begin, end, kernel, bench, echo, operation));
                    Console.Error.WriteLine($"{operation}: {traces[^1].Where(p => p.Key != RepeatKey).Sum(p => p.Value)} instructions");
                }

                gdb.RemoveBreakpoint(begin);
                gdb.Detach();
            }
            catch
            {
                // QEMU waits for its debugger while the guest is stopped: end it rather than leave it behind.
                gdb.Kill();
                throw;
            }
        }

        output = boot.Result.Output;
        // QEMU may warn on exit that the debugger left it without timers, so go by what the kernel printed.
        return output.Contains("kernel: halting, status 0", StringComparison.Ordinal) ? traces : null;
    }

    /// <summary>Runs to the next TraceBegin and steps to TraceEnd, counting the instructions per place and function.</summary>
    private static Dictionary<string, int> TraceOne(GdbRemote gdb, ulong begin, ulong end, FunctionMap kernel, FunctionMap bench, FunctionMap echo, string operation)
    {
        gdb.Continue();
        ulong rip = gdb.Register(RipRegister);
        if (rip != begin)
            throw new InvalidOperationException($"the guest stopped at 0x{rip:x}, not at TraceBegin (0x{begin:x})");
        ulong benchRoot = gdb.Register(Cr3Register);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        ulong previous = 0;
        for (int steps = 0; rip != end; steps++)
        {
            // A rep-prefixed instruction stops once per repetition with the same rip: QEMU counts each, a CPU retires one.
            if (rip == previous)
                counts[RepeatKey] = counts.GetValueOrDefault(RepeatKey) + 1;
            previous = rip;
            if (steps == MaxSteps)
                throw new InvalidOperationException($"{operation}: no TraceEnd after {MaxSteps} instructions");
            string where = rip >= KernelHalf ? "kernel " + kernel.NameAt(rip)
                : gdb.Register(Cr3Register) == benchRoot ? "client " + bench.NameAt(rip) : "server " + echo.NameAt(rip);
            counts[where] = counts.GetValueOrDefault(where) + 1;
            gdb.Step();
            rip = gdb.Register(RipRegister);
        }

        return counts;
    }

    private static void Print(IReadOnlyList<Dictionary<string, int>> traces, int top)
    {
        Console.WriteLine("Instructions per operation, single-stepped (TCG, -icount shift=0; from the client's TraceBegin to its TraceEnd, markers included).");
        Console.WriteLine();
        Console.WriteLine("| operation | instructions (QEMU's count) | in the client | in the kernel | in the server | of them rep iterations | instructions a CPU retires |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < traces.Count; i++)
        {
            int Part(string prefix) => traces[i].Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(p => p.Value);
            int repeats = traces[i].GetValueOrDefault(RepeatKey);
            int total = Part("client ") + Part("kernel ") + Part("server ");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Operations[i]} | {total} | {Part("client ")} | {Part("kernel ")} | {Part("server ")} | {repeats} | {total - repeats} |"));
        }

        for (int i = 0; i < traces.Count; i++)
        {
            Console.WriteLine();
            Console.WriteLine($"{Operations[i]}, by function ({Math.Min(top, traces[i].Count(p => p.Key != RepeatKey))} of {traces[i].Count(p => p.Key != RepeatKey)}):");
            Console.WriteLine();
            Console.WriteLine("| where | function | instructions |");
            Console.WriteLine("|---|---|---:|");
            foreach (var (where, count) in traces[i].Where(p => p.Key != RepeatKey).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
            {
                int space = where.IndexOf(' ');
                Console.WriteLine($"| {where[..space]} | `{where[(space + 1)..]}` | {count} |");
            }
        }
    }
}
