using System.Text.RegularExpressions;

namespace Minix.DriverKit.Testing;

/// <summary>
/// Reads the driver trace (DriverKit's <c>DriverTrace</c>) out of a console transcript: the simulator's
/// <see cref="SimulatedSystem.Transcript"/> or the serial output of a QEMU boot, where each event is a line
/// <c>name: trace EVENT</c>. Switch the trace on with the boot parameter <c>trace=name,...</c>
/// (<see cref="SimulationOptions.BootParameters"/> on the host, QEMU's <c>-append</c> on the image).
/// </summary>
public static partial class DriverTraceLog
{
    /// <summary>The events one process traced, in order, as written.</summary>
    /// <param name="console">The console lines.</param>
    /// <param name="process">The process's name.</param>
    /// <returns>The events (the text after <c>trace </c>).</returns>
    public static IReadOnlyList<string> Events(IEnumerable<string> console, string process)
    {
        string prefix = process + ": trace ";
        var events = new List<string>();
        foreach (string raw in console)
        {
            string line = raw.TrimEnd('\r', '\n');
            int at = line.IndexOf(prefix, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && line[at - 1] == ' '))
                events.Add(line.Substring(at + prefix.Length));
        }

        return events;
    }

    /// <summary>
    /// The events one process traced, with what legitimately differs between two runs of the same scenario taken
    /// out: endpoint generations (<c>13/2</c> becomes <c>13</c>), which depend on how often a slot was reused.
    /// </summary>
    /// <param name="console">The console lines.</param>
    /// <param name="process">The process's name.</param>
    /// <returns>The normalized events.</returns>
    public static IReadOnlyList<string> Normalized(IEnumerable<string> console, string process) =>
        Events(console, process).Select(Normalize).ToList();

    /// <summary>Normalizes one event (see <see cref="Normalized"/>).</summary>
    /// <param name="traceEvent">The event.</param>
    /// <returns>The event without endpoint generations.</returns>
    public static string Normalize(string traceEvent) => Generation().Replace(traceEvent, "$1");

    /// <summary>Splits a QEMU serial transcript into lines.</summary>
    /// <param name="output">The text.</param>
    /// <returns>Its lines.</returns>
    public static IReadOnlyList<string> Lines(string output) => output.Replace("\r", "", StringComparison.Ordinal).Split('\n');

    [GeneratedRegex(@"(?<=[ =])(\d+)/\d+\b")]
    private static partial Regex Generation();
}
