using System.Globalization;
using System.Text.RegularExpressions;

namespace Minix.Build.FaultInjection;

/// <summary>
/// Reads one boot's console, as the injector and RS print it, into a result per fault: <c>swifi: fault N start</c>
/// opens a fault, RS's lines about the driver say whether it crashed or hung and came back, and <c>swifi: fault N end
/// patch OK was BYTES data ok 0 restarted</c> closes it. A fault opened but never closed is the one that stopped the
/// machine: a kernel panic if the kernel said so, the application stuck if the injector's watchdog stopped the
/// machine, a system hang if the host's watchdog ended it, and a kernel panic if the machine stopped for no such reason.
/// </summary>
public static partial class RoundTranscript
{
    [GeneratedRegex(@"swifi: fault (\d+) start")]
    private static partial Regex Start();

    [GeneratedRegex(@"swifi: fault (\d+) end patch (\S+) was ([0-9a-f]*) data (\S+) (\S+) (restarted|same)")]
    private static partial Regex End();

    /// <summary>Classes every fault the console shows.</summary>
    /// <param name="lines">The console lines of one boot.</param>
    /// <param name="driver">The target driver's name (RS's lines name it).</param>
    /// <param name="timedOut">Whether the host's watchdog ended the boot.</param>
    /// <returns>A result per fault that started, in order.</returns>
    public static IReadOnlyList<FaultResult> Read(IEnumerable<string> lines, string driver, bool timedOut)
    {
        var results = new List<FaultResult>();
        int? open = null;
        var transcript = new List<string>();
        string driverEvent = "";
        bool back = false, panic = false, stuck = false;
        foreach (string line in lines)
        {
            Match start = Start().Match(line);
            if (start.Success)
            {
                (open, driverEvent, back, panic) = (int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture), "", false, false);
                transcript = new List<string>();
                continue;
            }

            if (open is null)
                continue;
            transcript.Add(line);
            if (line.Contains("kernel panic", StringComparison.Ordinal))
                panic = true;
            if (line.Contains("swifiwatch: the injector made no progress", StringComparison.Ordinal))
                stuck = true;
            // RS's line may follow another process's unfinished one on the same console line (the kernel's report
            // of the CPU exception, cut short): it counts wherever it starts.
            if (Said(line, "rs: " + driver + " ") is string rs)
            {
                if (rs.Contains(" is back as endpoint", StringComparison.Ordinal))
                    back = true;
                else if (rs.Contains("missed its heartbeat", StringComparison.Ordinal))
                    driverEvent = "missed its heartbeat";
                else if (driverEvent.Length == 0 && Regex.Match(rs, @"\) (died of a CPU exception|panicked|exited|was killed)") is { Success: true } died)
                    driverEvent = died.Groups[1].Value;
            }

            Match end = End().Match(line);
            if (end.Success && int.Parse(end.Groups[1].Value, CultureInfo.InvariantCulture) == open)
            {
                results.Add(Closed(open.Value, end, driverEvent, back, transcript));
                open = null;
            }
        }

        if (open is not null)
        {
            FaultOutcome outcome = panic ? FaultOutcome.KernelPanic : stuck ? FaultOutcome.ApplicationStuck : timedOut ? FaultOutcome.SystemHang : FaultOutcome.KernelPanic;
            results.Add(new FaultResult(open.Value, outcome, driverEvent, "", "", back, transcript));
        }
        return results;
    }

    /// <summary>The part of <paramref name="line"/> from <paramref name="prefix"/> on, where it starts the line or follows a non-letter.</summary>
    private static string? Said(string line, string prefix)
    {
        int at = line.IndexOf(prefix, StringComparison.Ordinal);
        return at == 0 || (at > 0 && !char.IsLetter(line[at - 1])) ? line[at..] : null;
    }

    private static FaultResult Closed(int number, Match end, string driverEvent, bool back, IReadOnlyList<string> transcript)
    {
        string patch = end.Groups[2].Value, data = end.Groups[4].Value;
        bool restarted = end.Groups[6].Value == "restarted";
        FaultOutcome outcome = patch != "OK" ? FaultOutcome.NotInjected
            : data == "wrong" ? FaultOutcome.WrongData
            : data == "error" ? FaultOutcome.ApplicationError
            : driverEvent == "missed its heartbeat" ? FaultOutcome.Hung
            : restarted || driverEvent.Length > 0 ? FaultOutcome.Crashed
            : FaultOutcome.NoEffect;
        // An error's detail is a status number: its name reads better in the record.
        string detail = data == "error" && int.TryParse(end.Groups[5].Value, CultureInfo.InvariantCulture, out int status) && Enum.IsDefined((Minix.Ipc.Status)status)
            ? ((Minix.Ipc.Status)status).ToString() : end.Groups[5].Value;
        return new FaultResult(number, outcome, driverEvent, end.Groups[3].Value, data + " " + detail, back, transcript);
    }
}
