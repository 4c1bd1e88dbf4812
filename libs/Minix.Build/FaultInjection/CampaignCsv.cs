using System.Globalization;
using System.Text;

namespace Minix.Build.FaultInjection;

/// <summary>
/// The campaign's record: one CSV row per fault (RFC 4180 quoting), appended as each round ends so a stopped
/// campaign resumes where it was; <see cref="Read"/> gives the rows back by column name.
/// </summary>
public static class CampaignCsv
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["fault", "type", "outcome", "address", "function", "source", "original", "replacement", "before", "after", "driver_event", "recovered", "data", "replaced"];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(",", Columns);

    /// <summary>One fault's row.</summary>
    /// <param name="fault">The planned fault.</param>
    /// <param name="result">What happened.</param>
    /// <returns>The CSV line.</returns>
    public static string Row(PlannedFault fault, FaultResult result) => string.Join(",", new[]
    {
        fault.Number.ToString(CultureInfo.InvariantCulture), fault.Type.ToString(), result.Outcome.ToString(), "0x" + fault.Address.ToString("x", CultureInfo.InvariantCulture),
        fault.Function, fault.Source, Hex(fault.Original), Hex(fault.Replacement), InstructionCode.Text(fault.Original, fault.Address),
        InstructionCode.Text(fault.Replacement, fault.Address), result.DriverEvent, result.Recovered ? "yes" : "no", result.Data, result.Replaced,
    }.Select(Quote));

    /// <summary>Reads a campaign file's rows, each as column name to value; none if the file does not exist.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="FormatException">The file's header is not <see cref="Header"/>, or a row has the wrong number of fields or no fault number (it names the file and line).</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        if (!File.Exists(path))
            return [];
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
            throw new FormatException($"{path}:1: not a campaign file of this version (its header should be: {Header})");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
                continue;
            List<string> fields = Split(lines[i]);
            if (fields.Count != Columns.Count)
                throw new FormatException($"{path}:{i + 1}: {fields.Count} fields, expected {Columns.Count}");
            // The fault number is what a resumed campaign goes by: a row without one would be neither done nor redone.
            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                throw new FormatException($"{path}:{i + 1}: fault '{fields[0]}' is not a fault number");
            rows.Add(Columns.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
