using System.Globalization;

namespace Minix.Bench.Guest;

/// <summary>The figures one boot of the benchmark image printed, as <c>bench: name value</c> lines.</summary>
public sealed class GuestResults
{
    /// <summary>Every figure the guest must print; a boot missing one failed.</summary>
    public static readonly string[] Names =
    [
        "ipc-round-trip-cycles", "notify-cycles", "null-kernel-call-cycles",
        "ramdisk-user-cycles", "ramdisk-kernel-cycles", "serial-user-cycles", "serial-kernel-cycles",
        "ramdisk-kib", "serial-bytes", "services-up-cycles", "services-up-ticks",
    ];

    private readonly Dictionary<string, long> _values;

    private GuestResults(Dictionary<string, long> values) => _values = values;

    /// <summary>A figure by name.</summary>
    public long this[string name] => _values[name];

    /// <summary>Reads the figures from a boot's serial output.</summary>
    /// <param name="serial">What the guest printed.</param>
    /// <param name="missing">The figures that did not appear (then the result is null).</param>
    /// <returns>The figures, or null.</returns>
    public static GuestResults? Parse(string serial, out IReadOnlyList<string> missing)
    {
        Dictionary<string, long> values = Values(serial);
        missing = Names.Where(n => !values.ContainsKey(n)).ToList();
        return missing.Count == 0 ? new GuestResults(values) : null;
    }

    /// <summary>Every <c>bench: name value</c> line of a boot's serial output.</summary>
    /// <param name="serial">What the guest printed.</param>
    /// <returns>The values by name.</returns>
    public static Dictionary<string, long> Values(string serial)
    {
        var values = new Dictionary<string, long>();
        foreach (string line in serial.Split('\n'))
        {
            // A line is "program: bench: name value", and a program may itself be called ...bench.
            int at = line.LastIndexOf("bench: ", StringComparison.Ordinal);
            if (at < 0)
                continue;
            string[] parts = line[(at + "bench: ".Length)..].Trim().Split(' ');
            if (parts.Length == 2 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
                values[parts[0]] = value;
        }

        return values;
    }
}
