using System.Text.RegularExpressions;
using SharedRules = Minix.DriverKit.Analyzers.ImageRules;

namespace Minix.Build.Pipeline;

/// <summary>
/// Names, beside an error of the image build, the analyzer rule that reports the same thing in the IDE. The rules
/// come from the one list the analyzer owns (compiled in as source), so the two can never disagree on an id or a
/// title, and a student who sees a build error learns which warning would have told them first.
/// </summary>
internal static partial class ImageRuleNote
{
    /// <summary>The rule for a framework type or member the image lacks, given by its dotted name.</summary>
    /// <param name="dottedName">A namespace-qualified type (<c>System.Threading.Thread</c>) or member (<c>System.Threading.Monitor.Enter</c>).</param>
    /// <returns>The rule id: the rule that forbids it outright (threads, reflection), else the missing-API rule.</returns>
    public static string ForApi(string dottedName)
    {
        int last = dottedName.LastIndexOf('.');
        if (last > 0)
        {
            string beforeLast = dottedName[..last];
            int second = beforeLast.LastIndexOf('.');
            // Read the name as a type, then as a member of a type: the message does not say which it is.
            string? rule = SharedRules.FindForbidden(beforeLast, dottedName, null)
                ?? (second > 0 ? SharedRules.FindForbidden(beforeLast[..second], beforeLast, dottedName[(last + 1)..]) : null)
                ?? (second > 0 ? SharedRules.FindForbidden(beforeLast[..second], beforeLast, null) : null);
            if (rule is not null)
                return rule;
        }

        return SharedRules.MissingApi;
    }

    /// <summary>The note for a rule (an image rule or a kernel-dependency rule): its id and title, as the analyzer reports it.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The note, starting with a space.</returns>
    public static string Format(string id) => $" [{id}: {SharedRules.Find(id)?.Title ?? Minix.DriverKit.Analyzers.DependencyRules.Title(id) ?? "image rule"}; the Minix.DriverKit analyzer reports this in the IDE]";

    /// <summary>
    /// A C# compiler error line of the image compile, with the rule's note when the error is about an API the image
    /// runtime lacks (the compile runs against Minix.Runtime, so that is how a missing API shows up).
    /// </summary>
    /// <param name="line">The error line as MSBuild printed it.</param>
    /// <returns>The line, with a note if one applies.</returns>
    public static string ForCompileError(string line)
    {
        Match m = MissingApiError().Match(line);
        if (!m.Success)
            return line;
        string name = m.Groups["ns"].Success ? m.Groups["ns"].Value + "." + m.Groups["name"].Value : m.Groups["name"].Value;
        // The note goes before MSBuild's trailing " [project]" so the line still ends as MSBuild ends it.
        int project = line.LastIndexOf(" [", StringComparison.Ordinal);
        string note = Format(ForApi(name));
        return project > 0 && line.EndsWith(']') ? line[..project] + note + line[project..] : line + note;
    }

    // CS0234 (no such type in a namespace), CS0246 (type not found), CS0117 (no such member), CS0518 (predefined
    // type missing), CS0656 (member the compiler needs for a construct, e.g. Monitor.Enter for lock).
    [GeneratedRegex(@"error CS(?:0234: The type or namespace name '(?<name>[\w`]+)' does not exist in the namespace '(?<ns>[\w.]+)'|0246: The type or namespace name '(?<name>[\w`<>,]+)' could not be found|0117: '(?<name>[\w.]+)' does not contain a definition|0518: Predefined type '(?<name>[\w.]+)' is not defined|0656: Missing compiler required member '(?<name>[\w.]+)')")]
    private static partial Regex MissingApiError();
}
