using System.Globalization;

namespace Minix.Build.FaultInjection;

/// <summary>
/// The host's half of the printer workload: the injector prints <c>swifi job N</c> and 32 letters for fault N, and
/// only the printer's output file (QEMU's parallel port) shows what reached the paper. A fault whose workload saw
/// no error but whose line is not printed whole is wrong data.
/// </summary>
public static class PrinterOutputCheck
{
    /// <summary>The line the injector prints for fault <paramref name="fault"/>, without its newline.</summary>
    /// <param name="fault">The fault number.</param>
    /// <returns>The line.</returns>
    public static string Job(int fault)
    {
        var letters = new char[32];
        for (int i = 0; i < letters.Length; i++)
            letters[i] = (char)('a' + (uint)(fault * 7 + i * 3) % 26);
        return "swifi job " + fault.ToString(CultureInfo.InvariantCulture) + " " + new string(letters);
    }

    /// <summary>Reclasses the faults whose line the printer did not print whole.</summary>
    /// <param name="results">One boot's results.</param>
    /// <param name="printed">The printer's output of that boot.</param>
    /// <returns>The results, with those faults as <see cref="FaultOutcome.WrongData"/>.</returns>
    public static IReadOnlyList<FaultResult> Apply(IReadOnlyList<FaultResult> results, string printed)
    {
        var lines = printed.Split('\n').ToHashSet(StringComparer.Ordinal);
        return results.Select(r =>
            r.Outcome is FaultOutcome.NoEffect or FaultOutcome.Crashed or FaultOutcome.Hung && !lines.Contains(Job(r.Number))
                ? r with { Outcome = FaultOutcome.WrongData, Data = "wrong: its line is not on paper" }
                : r).ToList();
    }
}
