using System.Globalization;
using Minix.Build.Imaging;
using Minix.Build.Qemu;
using Minix.Servers.Mfs;

namespace Minix.Bench.Guest;

/// <summary>
/// <c>Minix.Bench.Guest place [boots] [ram|ide|both] [IDE-MiB]</c>: the disk driver under the file system in user mode
/// against placed in the kernel, for the RAM disk and for the IDE disk. For each disk it builds one image twice, the
/// same but for <c>MinixKernelPlaced</c> (DiskPlacement/ with <c>ramdisk</c>; DiskPlacement/Ide/, whose MFS mounts the
/// IDE disk on /mnt, with <c>ata</c>), and boots each under TCG with <c>-icount shift=0</c> (guest instructions) and
/// without (TCG ticks), alternating; the guest runs the same workloads in both (placebench: a null PM call, 1-byte
/// writes and reads, a file written and read sequentially, 4 KiB random reads and writes, and cp, sort, wc and grep
/// from /etc/rc). Prints the medians and the user / kernel ratio per workload, a table per disk. The RAM disk's
/// instructions are the guest's own clock under <c>sleep=off</c> (it never waits); the IDE disk's are QEMU's count of
/// executed instructions at the guest's clock reads (<see cref="BootCountingInstructions"/>), since the guest waits
/// idle for every sector while QEMU reads or writes the disk file in a host thread.
/// </summary>
public static class PlacementBench
{
    /// <summary>The figures placebench and /etc/rc print in every boot, and the mix (the commands between two marks).</summary>
    public static readonly string[] Figures =
        ["place-getpid", "place-write1", "place-read1", "place-seq-write", "place-seq-read", "place-random-read", "place-random-write", "place-calls", "place-random-ops", "mark-mix-start", "mark-mix-end", "mark-done"];

    private static readonly (string Figure, string Name)[] Workloads =
    [
        ("place-getpid", "null PM call (getpid), per call"),
        ("place-write1", "1-byte write, per call"),
        ("place-read1", "1-byte read, per call"),
        ("place-seq-write", "{0} MiB written sequentially (64 KiB writes) and synced"),
        ("place-seq-read", "{0} MiB read sequentially (64 KiB reads)"),
        ("place-random-read", "4 KiB read at a random offset, per call"),
        ("place-random-write", "4 KiB write at a random offset, per call (1,000 and a sync)"),
        ("mix", "cp, sort, wc, grep over a 10,000-line file (from the shell's /etc/rc)"),
    ];

    /// <summary>How often placebench reads the clock in a boot: at the start and end of its seven measurements, and at three marks.</summary>
    private const int ClockReads = 17;

    /// <summary>placebench's minix_rdtsc begins with rdtsc (0F 31).</summary>
    private static readonly byte[] Rdtsc = [0x0F, 0x31];

    /// <summary>The RAM disk's image writes a 64 MiB file (its /etc/rc); its root file system is 80 MiB.</summary>
    private const int RamDiskMebibytes = 64;

    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Optionally the boots per placement and mode (default 1), the disks (<c>ram</c>, <c>ide</c> or
    /// <c>both</c>, the default) and the size of the IDE disk's sequential file in MiB (default 64).</param>
    /// <param name="root">The repository root.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, string root)
    {
        int boots = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        string disks = args.Length > 1 ? args[1] : "both";
        int ideMebibytes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
        if (disks is not ("ram" or "ide" or "both"))
        {
            Console.Error.WriteLine($"Minix.Bench.Guest place: unknown disks '{disks}': use ram, ide or both");
            return 2;
        }

        if (disks != "ide" && Measure(root, PlacedDisk.RamDisk(root), boots) is not 0)
            return 1;
        if (disks == "both")
            Console.WriteLine();
        return disks != "ram" ? Measure(root, PlacedDisk.Ide(root, ideMebibytes), boots) : 0;
    }

    /// <summary>Writes the IDE disk of the benchmark: an empty MINIX file system (1 KiB blocks) with room for a file of
    /// <paramref name="mebibytes"/> MiB, and that size in <c>placebench.mib</c>, which the image's /etc/rc reads.</summary>
    /// <param name="file">The disk image to write.</param>
    /// <param name="mebibytes">The sequential file's size in MiB.</param>
    public static void WriteIdeDisk(string file, int mebibytes)
    {
        var disk = new DiskImageBuilder { Size = (mebibytes + 16L) << 20, Inodes = 64, Time = 1 };
        disk.AddFile(System.Text.Encoding.ASCII.GetBytes(mebibytes.ToString(CultureInfo.InvariantCulture) + "\n"), "/placebench.mib");
        disk.WriteTo(file);
    }

    private static int Measure(string root, PlacedDisk disk, int boots)
    {
        var images = new Dictionary<string, (SystemImage Image, ImageProject.Contents Contents)>();
        foreach (string placement in new[] { "user", "kernel" })
        {
            Console.Error.WriteLine($"building {disk.Project} with the {disk.Name} in {placement} mode");
            ImageProject.Contents contents = ImageProject.Read(disk.Project, kernelPlaced: placement == "kernel" ? disk.Driver : "");
            images[placement] = (SystemImageBuilder.Build(contents.Spec, Path.Combine(contents.OutputDirectory, "place-" + placement)), contents);
        }

        var modes = new (string Name, string[] Qemu)[] { ("instructions (icount)", ["-icount", "shift=0,sleep=off"]), ("TCG ticks", []) };
        var results = new Dictionary<(string Placement, string Mode), List<Dictionary<string, long>>>();
        for (int boot = 0; boot < boots; boot++)
        {
            foreach (var (mode, qemu) in modes)
            {
                foreach (var (placement, (image, contents)) in images)
                {
                    string folder = Path.Combine(contents.OutputDirectory, "place-" + placement);
                    IReadOnlyList<string> drives = disk.Drives(folder);
                    string[] arguments = [.. contents.QemuArguments, "-m", "512"];
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    string output;
                    Dictionary<string, long> values;
                    if (disk.Stamped && mode == modes[0].Name)
                    {
                        values = BootCountingInstructions(image, folder, arguments, drives, out output);
                    }
                    else
                    {
                        output = QemuLauncher.Boot(image.MultibootFile, rawDisk: false, TimeSpan.FromMinutes(60), QemuAccel.Tcg, [.. arguments, .. qemu], drives: drives).Output;
                        values = GuestResults.Values(output);
                    }

                    string[] missing = [.. Figures.Where(f => !values.ContainsKey(f))];
                    if (missing.Length > 0 || values.GetValueOrDefault("place-seq-bytes") != (long)disk.Mebibytes << 20)
                    {
                        Console.Error.WriteLine($"{disk.Name} in {placement} mode, {mode}: did not report {string.Join(", ", missing.Append("place-seq-bytes"))}; it printed:\n{output}");
                        return 1;
                    }

                    values["mix"] = values["mark-mix-end"] - values["mark-mix-start"];
                    if (!results.TryGetValue((placement, mode), out var list))
                        results[(placement, mode)] = list = [];
                    list.Add(values);
                    Console.Error.WriteLine($"boot {boot + 1}, {disk.Name} in {placement} mode, {mode}: {clock.Elapsed.TotalSeconds:F1} s" +
                        $" ({string.Join(", ", Workloads.Select(w => w.Figure + " " + values[w.Figure].ToString(CultureInfo.InvariantCulture)))})");
                }
            }
        }

        double Median(string placement, string mode, string figure)
        {
            double[] sorted = [.. results[(placement, mode)].Select(v => (double)v[figure]).Order()];
            return sorted[sorted.Length / 2];
        }

        Console.WriteLine($"The {disk.Name} under MFS in user mode and placed in the kernel, the same image and workloads, {boots} boot(s) per placement and mode, medians.");
        Console.WriteLine();
        Console.WriteLine("| workload | user (instructions) | kernel (instructions) | user / kernel (instructions) | user (TCG ticks) | kernel (TCG ticks) | user / kernel (TCG) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (figure, name) in Workloads)
        {
            double ui = Median("user", modes[0].Name, figure), ki = Median("kernel", modes[0].Name, figure);
            double ut = Median("user", modes[1].Name, figure), kt = Median("kernel", modes[1].Name, figure);
            string label = string.Format(CultureInfo.InvariantCulture, name, disk.Mebibytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {ui:N0} | {ki:N0} | {ui / ki:F3} | {ut:N0} | {kt:N0} | {ut / kt:F2} |"));
        }

        return 0;
    }

    /// <summary>
    /// Boots an image of the benchmark under <c>-icount shift=0</c> and reads QEMU's count of executed
    /// instructions at each of placebench's clock reads (<see cref="InstructionStamps"/>): its figures, in instructions.
    /// </summary>
    /// <param name="image">The image.</param>
    /// <param name="folder">Its build folder (with placebench.map).</param>
    /// <param name="arguments">QEMU's arguments beside the counting ones.</param>
    /// <param name="drives">IDE disk images.</param>
    /// <param name="output">What the guest printed.</param>
    /// <returns>The figures by name; the workloads' in executed instructions when every figure of <see cref="Figures"/> appeared.</returns>
    public static Dictionary<string, long> BootCountingInstructions(SystemImage image, string folder, IReadOnlyList<string> arguments, IReadOnlyList<string> drives, out string output)
    {
        IReadOnlyList<long> stamps = InstructionStamps.Boot(image, folder, "placebench", "minix_rdtsc", Rdtsc, ClockReads, arguments, drives, out output);
        Dictionary<string, long> values = GuestResults.Values(output);
        if (stamps.Count == ClockReads && Figures.All(values.ContainsKey))
            UseStamps(values, stamps);
        return values;
    }

    /// <summary>
    /// Replaces the time-stamp counter's figures by executed instructions: placebench reads the counter once at the
    /// start and once at the end of each measurement, in the order of <see cref="Workloads"/>, then once per mark.
    /// </summary>
    private static void UseStamps(Dictionary<string, long> values, IReadOnlyList<long> stamps)
    {
        for (int i = 0; i < 7; i++)
        {
            string figure = Workloads[i].Figure;
            long per = figure is "place-getpid" or "place-write1" or "place-read1" ? values["place-calls"]
                : figure is "place-random-read" or "place-random-write" ? values["place-random-ops"] : 1;
            values[figure] = (stamps[(2 * i) + 1] - stamps[2 * i]) / per;
        }

        values["mark-mix-start"] = stamps[14];
        values["mark-mix-end"] = stamps[15];
        values["mark-done"] = stamps[16];
    }

    /// <summary>One disk of the benchmark: its image project, the driver placed in the kernel, and the drives a boot attaches.</summary>
    /// <remarks>Stamped: its instruction figures come from <see cref="InstructionStamps"/> rather than the guest's own
    /// clock, which under <c>-icount</c> also counts the time skipped while the guest waits for the disk.</remarks>
    private sealed record PlacedDisk(string Name, string Project, string Driver, int Mebibytes, bool Stamped, Func<string, IReadOnlyList<string>> Drives)
    {
        public static PlacedDisk RamDisk(string root) =>
            new("RAM disk", Path.Combine(root, "bench", "Minix.Bench.Guest", "DiskPlacement", "Image.csproj"), "ramdisk", RamDiskMebibytes, false, _ => []);

        // A fresh disk every boot: a boot leaves its files behind.
        public static PlacedDisk Ide(string root, int mebibytes) =>
            new("IDE disk", Path.Combine(root, "bench", "Minix.Bench.Guest", "DiskPlacement", "Ide", "Image.csproj"), "ata", mebibytes, true, folder =>
            {
                string file = Path.Combine(folder, "ide.img");
                WriteIdeDisk(file, mebibytes);
                return [file];
            });
    }
}
