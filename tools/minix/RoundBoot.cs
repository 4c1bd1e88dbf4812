using Minix.Build.FaultInjection;
using Minix.Build.Qemu;
using Minix.Kernel;

namespace Minix.Tool;

/// <summary>One boot of a campaign: the round's faults on the kernel command line, QEMU under a watchdog, the console read into results.</summary>
/// <param name="multibootFile">The image's Multiboot kernel.</param>
/// <param name="commandLine">The image's own kernel command line.</param>
/// <param name="qemuArguments">The image project's QEMU arguments.</param>
/// <param name="drives">Raw disk images attached as IDE disks.</param>
/// <param name="settings">The campaign's settings.</param>
public sealed class RoundBoot(string multibootFile, string commandLine, IReadOnlyList<string> qemuArguments, IReadOnlyList<string> drives, SwifiCampaign.Settings settings)
{
    private const int BootSeconds = 20;

    /// <summary>Boots so far.</summary>
    public int Boots { get; private set; }

    /// <summary>The longest prefix of <paramref name="faults"/> whose orders fit on the kernel command line (at least one).</summary>
    /// <param name="faults">The faults, in order.</param>
    /// <returns>The round.</returns>
    public IReadOnlyList<PlannedFault> Fit(IReadOnlyList<PlannedFault> faults)
    {
        int room = Limits.BootCommandLineLength - Line([]).Length;
        int used = 0, count = 0;
        while (count < faults.Count && used + Order(faults[count]).Length + 1 <= room)
            used += Order(faults[count++]).Length + 1;
        return faults.Take(Math.Max(count, 1)).ToList();
    }

    /// <summary>Boots the image with <paramref name="round"/> and classes each fault that started.</summary>
    /// <param name="round">The faults.</param>
    /// <param name="echo">Receives each console line as it comes.</param>
    /// <returns>The results and the run.</returns>
    public (IReadOnlyList<FaultResult> Results, QemuRun Run) Run(IReadOnlyList<PlannedFault> round, Action<string> echo)
    {
        var timeout = TimeSpan.FromSeconds(BootSeconds + settings.FaultTimeout * round.Count);
        var lines = new List<string>();
        // The printer's workload is checked on paper: QEMU's parallel port writes a file the host reads afterwards.
        string? paper = settings.Driver == "printer" ? Path.GetTempFileName() : null;
        try
        {
            IReadOnlyList<string> extra = paper is null ? qemuArguments : [.. qemuArguments, "-parallel", "file:" + paper];
            QemuRun run = QemuLauncher.Boot(multibootFile, rawDisk: false, timeout, settings.Accel, [.. extra, "-append", Line(round)], line =>
            {
                lines.Add(line);
                echo(line);
            }, drives: drives);
            Boots++;
            IReadOnlyList<FaultResult> results = RoundTranscript.Read(lines, settings.Driver, run.TimedOut);
            return (paper is null ? results : PrinterOutputCheck.Apply(results, File.ReadAllText(paper)), run);
        }
        finally
        {
            if (paper is not null)
                File.Delete(paper);
        }
    }

    private string Line(IReadOnlyList<PlannedFault> round) =>
        $"{commandLine} swifi.target={settings.Driver} swifi.faults={string.Join(",", round.Select(Order))}";

    private static string Order(PlannedFault fault) => $"{fault.Number}:{fault.Address:x}:{Convert.ToHexString(fault.Replacement).ToLowerInvariant()}";
}
