using Minix.Build.FaultInjection;

namespace Minix.Build.Tests;

public class CampaignSummaryTests
{
    private static Dictionary<string, string> Row(string type, FaultOutcome outcome, string driverEvent, bool recovered) =>
        CampaignCsv.Columns.ToDictionary(c => c, _ => "")
            .Concat(new Dictionary<string, string> { ["type"] = type, ["outcome"] = outcome.ToString(), ["driver_event"] = driverEvent, ["recovered"] = recovered ? "yes" : "no" })
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    [Fact]
    public void A_driver_the_injector_found_restarted_counts_as_a_death_and_as_recovered_when_rs_said_it_is_back()
    {
        var rows = new[]
        {
            Row("Text", FaultOutcome.Crashed, "died of a CPU exception", recovered: true),
            Row("Text", FaultOutcome.Crashed, "", recovered: true), // RS's death line was lost on the console, its "is back" was not
            Row("NoOp", FaultOutcome.Hung, "missed its heartbeat", recovered: false),
            Row("NoOp", FaultOutcome.NoEffect, "", recovered: false),
        };
        Assert.Contains("Driver deaths (crashes and hangs, whatever the data): 3; brought back by RS within the fault: 2 (66.7 %).", CampaignSummary.Table(rows));
    }
}
