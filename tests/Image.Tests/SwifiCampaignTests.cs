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

    private Commands.Result Swifi(string folder, int faults) =>
        new Commands(null, output.WriteLine).TryRun(RepositoryRoot.Path, "dotnet",
            ["run", "--project", "tools/minix", "-c", Configuration, "--", "swifi", "samples/SwifiImage", "--driver", "ramdisk", "--faults", faults.ToString(CultureInfo.InvariantCulture), "--seed", "7", "--out", folder, "--accel", "tcg"]);
}
