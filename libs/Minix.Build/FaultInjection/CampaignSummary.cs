using System.Globalization;
using System.Text;

namespace Minix.Build.FaultInjection;

/// <summary>The campaign's table: outcomes per fault type, with totals and shares, as Markdown.</summary>
public static class CampaignSummary
{
    /// <summary>Counts the rows of a campaign file by type and outcome.</summary>
    /// <param name="rows">The rows (<see cref="CampaignCsv.Read"/>).</param>
    /// <returns>The table.</returns>
    public static string Table(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        FaultOutcome[] outcomes = Enum.GetValues<FaultOutcome>();
        var types = rows.Select(r => r["type"]).Distinct().OrderBy(t => Enum.TryParse(t, out FaultType k) ? (int)k : 99).ToList();
        var text = new StringBuilder();
        text.Append("| type | faults | ").Append(string.Join(" | ", outcomes.Select(Name))).Append(" |\n");
        text.Append("|---|---:|").Append(string.Concat(outcomes.Select(_ => "---:|"))).Append('\n');
        foreach (string type in types)
            Line(text, type, rows.Where(r => r["type"] == type).ToList(), outcomes, shares: false);
        Line(text, "all", rows, outcomes, shares: true);
        // A death is RS's word that the driver died, or the injector's finding that it runs as a new incarnation.
        var deaths = rows.Where(r => r["outcome"] is nameof(FaultOutcome.Crashed) or nameof(FaultOutcome.Hung) || (r["driver_event"].Length > 0 && r["outcome"] != nameof(FaultOutcome.KernelPanic))).ToList();
        int died = deaths.Count;
        int back = deaths.Count(r => r["recovered"] == "yes");
        text.Append(CultureInfo.InvariantCulture, $"\nDriver deaths (crashes and hangs, whatever the data): {died}; brought back by RS within the fault: {back}");
        if (died > 0)
            text.Append(CultureInfo.InvariantCulture, $" ({100.0 * back / died:F1} %)");
        text.Append(".\n");
        return text.ToString();
    }

    /// <summary>The outcome's name in the table's header.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Words.</returns>
    public static string Name(FaultOutcome outcome) => outcome switch
    {
        FaultOutcome.NoEffect => "no effect",
        FaultOutcome.Crashed => "crashed, restarted",
        FaultOutcome.Hung => "hung, restarted",
        FaultOutcome.ApplicationError => "app saw error",
        FaultOutcome.WrongData => "wrong data",
        FaultOutcome.ApplicationStuck => "app stuck",
        FaultOutcome.KernelPanic => "kernel panic",
        FaultOutcome.SystemHang => "system hang",
        _ => "not injected",
    };

    private static void Line(StringBuilder text, string label, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, FaultOutcome[] outcomes, bool shares)
    {
        text.Append(CultureInfo.InvariantCulture, $"| {label} | {rows.Count} |");
        foreach (FaultOutcome outcome in outcomes)
        {
            int n = rows.Count(r => r["outcome"] == outcome.ToString());
            text.Append(shares && rows.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $" {n} ({100.0 * n / rows.Count:F1} %) |") : string.Create(CultureInfo.InvariantCulture, $" {n} |"));
        }

        text.Append('\n');
    }
}
