using System.Globalization;
using Minix.Build.FaultInjection;
using Minix.Tutorials;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// A fault-injection campaign end to end, as a user runs it: `minix swifi` plans faults over the RAM disk driver's
/// linked code, boots the fault-injection image with them, and writes a CSV row per fault; a second run with more
/// faults injects only the new ones.
/// </summary>
public class SwifiCampaignTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void A_small_campaign_injects_every_fault_where_the_plan_says_classes_it_and_resumes_without_repeating()
    {
        Qemu.RequireInstalled();
        string folder = Path.Combine(Path.GetTempPath(), "minix-swifi-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (first, second) = ImageBuilds.Exclusive(() => (Swifi(folder, 12), Swifi(folder, 16)));
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Contains("resuming: 12 faults already in", second.Output);

            var rows = CampaignCsv.Read(Path.Combine(folder, "faults.csv"));
            Assert.Equal(Enumerable.Range(0, 16), rows.Select(r => int.Parse(r["fault"], CultureInfo.InvariantCulture)).Order());
            foreach (var row in rows)
            {
                // The injector reports the bytes SYS_PATCHTEXT replaced: the linked image's, where the plan put the fault.
                Assert.True(row["replaced"] == row["original"], $"fault {row["fault"]}: replaced {row["replaced"]}, planned {row["original"]}");
                Assert.NotEqual(row["original"], row["replacement"]);
                Assert.True(Enum.TryParse(row["outcome"], out FaultOutcome outcome) && outcome is not (FaultOutcome.KernelPanic or FaultOutcome.SystemHang or FaultOutcome.NotInjected), $"fault {row["fault"]}: {row["outcome"]}");
                if (row["driver_event"].Length > 0)
                    Assert.True(row["recovered"] == "yes", $"fault {row["fault"]}: the driver {row["driver_event"]} and RS did not bring it back");
            }

            Assert.Equal(Enum.GetValues<FaultType>(), rows.OrderBy(r => int.Parse(r["fault"], CultureInfo.InvariantCulture)).Take(8).Select(r => Enum.Parse<FaultType>(r["type"])));
            Assert.Contains("| all | 16 |", File.ReadAllText(Path.Combine(folder, "summary.md")));
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The campaign every CI run makes (issue 20: about 2,000 faults, failing on any kernel panic or system hang):
    /// 400 faults into each of the five drivers the fault-injection image holds, seed 2026, all eight types by turns.
    /// A failure names each fault that stopped the kernel or the machine, with the command that replays it alone.
    /// </summary>
    [Fact]
    public void Two_thousand_faults_in_five_running_drivers_cause_no_kernel_panic_or_system_hang_and_rs_repairs_every_driver_death()
    {
        const int FaultsPerDriver = 400;
        const long Seed = 2026;
        string[] drivers = ["printer", "serial", "ramdisk", "rtc", "ata"];
        Qemu.RequireInstalled();
        string folder = Path.Combine(Path.GetTempPath(), "minix-swifi-ci-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string scratch = Path.Combine(folder, "scratch.img");
        using (FileStream disk = File.Create(scratch))
            disk.SetLength(4 << 20); // the IDE disk's workload writes blocks at the start of a scratch disk
        try
        {
            string faults = FaultsPerDriver.ToString(CultureInfo.InvariantCulture), seed = Seed.ToString(CultureInfo.InvariantCulture);
            var run = ImageBuilds.Exclusive(() => new Commands(null, output.WriteLine).TryRun(RepositoryRoot.Path, "dotnet",
                ["run", "--project", "tools/minix", "-c", Configuration, "--", "swifi", "samples/SwifiImage", "--driver", .. drivers,
                 "--faults", faults, "--seed", seed, "--out", folder, "--accel", "tcg", "--drive", scratch]));

            var stops = new List<string>();
            int deaths = 0, recovered = 0;
            foreach (string driver in drivers)
            {
                string csv = Path.Combine(folder, driver, "faults.csv");
                Assert.True(File.Exists(csv), $"no campaign for {driver}; `minix swifi` exited {run.ExitCode}:\n{Tail(run.Output)}");
                var rows = CampaignCsv.Read(csv);
                Assert.True(rows.Count == FaultsPerDriver, $"{driver}: {rows.Count} of {FaultsPerDriver} faults classed:\n{Tail(run.Output)}");
                foreach (var row in rows)
                {
                    if (row["outcome"] is nameof(FaultOutcome.KernelPanic) or nameof(FaultOutcome.SystemHang))
                    {
                        stops.Add($"{driver} fault {row["fault"]} (seed {Seed}): {row["outcome"]} after {row["type"]} at {row["address"]} in {row["function"]} ({row["before"]} -> {row["after"]}); " +
                            $"replay: dotnet run --project tools/minix -c Release -- swifi samples/SwifiImage --driver {driver} --faults {faults} --seed {seed}{(driver == "ata" ? " --drive scratch.img" : "")} --replay {row["fault"]}");
                    }

                    // A death as the campaign's table counts it: RS said the driver died, or the injector found a new incarnation.
                    if (row["outcome"] is nameof(FaultOutcome.Crashed) or nameof(FaultOutcome.Hung) || (row["driver_event"].Length > 0 && row["outcome"] != nameof(FaultOutcome.KernelPanic)))
                    {
                        deaths++;
                        recovered += row["recovered"] == "yes" ? 1 : 0;
                    }
                }
            }

            Assert.True(stops.Count == 0, $"{stops.Count} faults stopped the system:\n{string.Join("\n", stops)}");
            Assert.True(run.ExitCode == 0, $"`minix swifi` exited {run.ExitCode}:\n{Tail(run.Output)}");
            // Faults that kill no driver would check nothing: 2,000 faults kill dozens (about 2 % of them).
            Assert.True(deaths >= 10, $"only {deaths} driver deaths in {drivers.Length * FaultsPerDriver} faults");
            Assert.True(recovered * 100 >= deaths * 99, $"RS brought back {recovered} of {deaths} dead drivers (the goal is 99 %)");
            output.WriteLine($"{drivers.Length * FaultsPerDriver} faults: {deaths} driver deaths, {recovered} brought back by RS");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Tail(string text) => string.Join("\n", text.Split('\n').TakeLast(30));

    private Commands.Result Swifi(string folder, int faults) =>
        new Commands(null, output.WriteLine).TryRun(RepositoryRoot.Path, "dotnet",
            ["run", "--project", "tools/minix", "-c", Configuration, "--", "swifi", "samples/SwifiImage", "--driver", "ramdisk", "--faults", faults.ToString(CultureInfo.InvariantCulture), "--seed", "7", "--out", folder, "--accel", "tcg"]);
}
