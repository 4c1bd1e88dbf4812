using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Minix.Build.Debugging;
using Minix.Build.Elf;
using Minix.Build.FaultInjection;
using Minix.Build.Imaging;
using Minix.Build.Linking;
using Minix.Build.Qemu;

namespace Minix.Tool;

/// <summary>
/// Runs a <c>minix swifi</c> campaign: plans the faults over the driver's linked image, boots the image once per
/// round with the round's faults on the kernel command line, classes each fault from the console, appends it to the
/// campaign's CSV, and ends with the outcome table. Faults already in the CSV are not injected again (resume).
/// </summary>
public static partial class SwifiCampaign
{
    /// <summary>What the command line asked for.</summary>
    /// <param name="Project">The image project.</param>
    /// <param name="Driver">The target driver's process name.</param>
    /// <param name="Faults">Faults in the campaign.</param>
    /// <param name="Seed">The seed.</param>
    /// <param name="Types">The fault types, by turns.</param>
    /// <param name="Output">The campaign folder.</param>
    /// <param name="Round">Faults per boot at most.</param>
    /// <param name="FaultTimeout">Seconds per fault before the watchdog calls the system hung.</param>
    /// <param name="Accel">QEMU's accelerator.</param>
    /// <param name="Drives">Raw disk images to attach as IDE disks after the project's own (a scratch disk for an ata campaign).</param>
    public sealed record Settings(string Project, string Driver, int Faults, long Seed, IReadOnlyList<FaultType> Types, string Output, int Round, int FaultTimeout, QemuAccel Accel, IReadOnlyList<string> Drives);

    [GeneratedRegex(@"swifi: fault \d+ end ")]
    private static partial Regex FaultEnd();

    /// <summary>Runs the campaigns (one per driver, over one build of the image), a replay of one fault, or prints the plan.</summary>
    /// <param name="campaigns">The settings, one per driver, all of the same image project.</param>
    /// <param name="replay">The fault to replay alone, or null for the campaign.</param>
    /// <param name="planOnly">Print the plan only.</param>
    /// <returns>The exit code: 0, 1 if a campaign found a kernel panic or system hang, 2 for bad input.</returns>
    public static int Run(IReadOnlyList<Settings> campaigns, int? replay, bool planOnly)
    {
        var built = ImageCommand.Build(campaigns[0].Project, optimize: true, Console.Error);
        if (built is null)
            return 2;
        int worst = 0;
        foreach (Settings settings in campaigns)
        {
            int code = Run(built.Value.Image, built.Value.Contents, settings, replay, planOnly);
            if (code == 2)
                return 2;
            worst = Math.Max(worst, code);
        }

        return worst;
    }

    private static int Run(SystemImage image, ImageProject.Contents contents, Settings settings, int? replay, bool planOnly)
    {
        var module = image.Modules.FirstOrDefault(m => m.Name == settings.Driver);
        if (module.Image is null || image.Modules.All(m => m.Name != "swifi"))
        {
            Console.Error.WriteLine(module.Image is null
                ? $"minix swifi: --driver: the image has no process '{settings.Driver}' (it has {string.Join(", ", image.Modules.Select(m => m.Name))})"
                : $"minix swifi: {settings.Project}: the image has no injector process 'swifi' (samples/SwifiImage shows how to add it)");
            return 2;
        }

        var process = contents.Spec.Processes.First(p => p.Name == settings.Driver);
        string name = Path.GetFileNameWithoutExtension(process.Project);
        string objectFile = Path.Combine(contents.OutputDirectory, "modules", name, name + ".o");
        SourceLineMap? lines = File.Exists(objectFile) ? SourceLineMap.Read(ElfObjectReader.Read(objectFile), module.Image) : null;
        var planner = new FaultPlanner(module.Image, lines);
        Console.Error.WriteLine("minix swifi: sites per type in " + settings.Driver + ": " + string.Join(", ", planner.SiteCounts.Select(c => $"{c.Key} {c.Value}")));
        if (planOnly)
        {
            foreach (PlannedFault fault in planner.Plan(settings.Seed, 0, settings.Faults, settings.Types))
                Console.Out.Write(Listing(fault));
            return 0;
        }

        IReadOnlyList<string> drives = [.. contents.Drives, .. settings.Drives];
        if (!BootCommand.DrivesFit(drives, raw: false))
            return 2;
        var boot = new RoundBoot(image.MultibootFile, contents.Spec.CommandLine, contents.QemuArguments, drives, settings);
        if (replay is int k)
            return Replay(planner.Plan(settings.Seed, k, settings.Types), boot, settings);
        return Campaign(planner, boot, settings, CodeDigest(module.Image));
    }

    /// <summary>A digest of the driver's code and data: a campaign resumes only over the same build of the driver, whose plan is the same.</summary>
    private static string CodeDigest(LinkedImage image)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (LoadSegment segment in image.Segments)
            hash.AppendData(segment.Data);
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }

    /// <summary>A fault as the plan listing and the docs show it: where, and the code before and after.</summary>
    /// <param name="fault">The fault.</param>
    /// <returns>Three lines.</returns>
    public static string Listing(PlannedFault fault) =>
        $"fault {fault.Number}: {fault.Type} at 0x{fault.Address:x} in {fault.Function}{(fault.Source.Length > 0 ? " (" + fault.Source + ")" : "")}\n" +
        $"  before: {Convert.ToHexString(fault.Original).ToLowerInvariant(),-24} {InstructionCode.Text(fault.Original, fault.Address)}\n" +
        $"  after:  {Convert.ToHexString(fault.Replacement).ToLowerInvariant(),-24} {InstructionCode.Text(fault.Replacement, fault.Address)}\n";

    private static int Replay(PlannedFault fault, RoundBoot boot, Settings settings)
    {
        Console.Out.Write(Listing(fault));
        var (results, _) = boot.Run([fault], Console.Out.WriteLine);
        FaultResult? result = results.FirstOrDefault();
        Console.Out.WriteLine($"minix swifi: fault {fault.Number}: {(result is null ? "did not start" : CampaignSummary.Name(result.Outcome))}");
        return result?.Outcome is FaultOutcome.KernelPanic or FaultOutcome.SystemHang ? 1 : 0;
    }

    private static int Campaign(FaultPlanner planner, RoundBoot boot, Settings settings, string code)
    {
        Directory.CreateDirectory(settings.Output);
        string csv = Path.Combine(settings.Output, "faults.csv");
        string identity = $"driver={settings.Driver} code={code} seed={settings.Seed} types={string.Join(",", settings.Types)}";
        string identityFile = Path.Combine(settings.Output, "campaign.txt");
        if (File.Exists(identityFile) && File.ReadAllText(identityFile).Trim() != identity)
        {
            Console.Error.WriteLine($"minix swifi: {identityFile} records another campaign ({File.ReadAllText(identityFile).Trim()}: another driver build, seed or types); give another --out");
            return 2;
        }

        File.WriteAllText(identityFile, identity + "\n");
        IReadOnlyList<IReadOnlyDictionary<string, string>> previous;
        try
        {
            previous = CampaignCsv.Read(csv);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("minix swifi: " + e.Message);
            return 2;
        }

        if (previous.Count == 0)
            File.WriteAllText(csv, CampaignCsv.Header + "\n");
        var done = previous.Select(r => int.Parse(r["fault"], CultureInfo.InvariantCulture)).ToHashSet();
        var pending = Enumerable.Range(0, settings.Faults).Where(n => !done.Contains(n)).ToList();
        if (done.Count > 0)
            Console.Error.WriteLine($"minix swifi: resuming: {done.Count} faults already in {csv}, {pending.Count} to go");
        var progress = new CampaignProgress(pending.Count, previous);
        var clock = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            IReadOnlyList<PlannedFault> round = boot.Fit(pending.Take(settings.Round).Select(n => planner.Plan(settings.Seed, n, settings.Types)).ToList());
            var (results, run) = boot.Run(round, line =>
            {
                if (FaultEnd().IsMatch(line))
                    progress.FaultEnded();
            });
            if (results.Count == 0)
            {
                Console.Error.WriteLine($"\nminix swifi: a boot ran none of its faults (guest status {run.GuestStatus?.ToString(CultureInfo.InvariantCulture) ?? "none"}{(run.TimedOut ? ", timed out" : "")}); its console ends:");
                foreach (string line in run.Output.Split('\n').TakeLast(15))
                    Console.Error.WriteLine("  " + line);
                return 2;
            }

            foreach (FaultResult result in results)
            {
                PlannedFault fault = round.First(f => f.Number == result.Number);
                File.AppendAllText(csv, CampaignCsv.Row(fault, result) + "\n");
                pending.Remove(result.Number);
                progress.Record(result.Outcome);
                if (result.Outcome is FaultOutcome.KernelPanic or FaultOutcome.SystemHang or FaultOutcome.ApplicationStuck)
                    RecordStop(settings, fault, result);
            }

            progress.Show(clock.Elapsed, final: false);
        }

        progress.Show(clock.Elapsed, final: true);
        var rows = CampaignCsv.Read(csv);
        string table = CampaignSummary.Table(rows);
        string summary = $"Campaign {identity}: {rows.Count} faults, {boot.Boots} boots, {clock.Elapsed.TotalSeconds:F0} s in this run ({progress.Rate(clock.Elapsed) * 3600:F0} faults per hour).\n\n{table}";
        File.WriteAllText(Path.Combine(settings.Output, "summary.md"), summary);
        Console.Out.WriteLine(summary);
        return rows.Any(r => r["outcome"] is nameof(FaultOutcome.KernelPanic) or nameof(FaultOutcome.SystemHang)) ? 1 : 0;
    }

    private static void RecordStop(Settings settings, PlannedFault fault, FaultResult result)
    {
        string folder = Path.Combine(settings.Output, "stops");
        Directory.CreateDirectory(folder);
        string replay = $"minix swifi {settings.Project} --driver {settings.Driver} --faults {settings.Faults} --seed {settings.Seed} --types {string.Join(" ", settings.Types)}{string.Concat(settings.Drives.Select(d => " --drive " + d))} --replay {fault.Number}";
        File.WriteAllText(Path.Combine(folder, $"fault-{fault.Number}.txt"),
            $"{CampaignSummary.Name(result.Outcome)}\nreplay: {replay}\n\n{Listing(fault)}\nconsole from the fault's start:\n{string.Join("\n", result.Transcript)}\n");
    }
}
