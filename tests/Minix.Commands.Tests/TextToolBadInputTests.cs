using System.Text;

namespace Minix.Commands.Tests;

/// <summary>
/// Bad input to the text tools (issue 15, item 5) on their standard input, as a pipe gives it: random bytes with NULs,
/// bytes that are not UTF-8, a 64 KiB line, a 1 MiB line without a newline; grep, wc, sort, head, tail and uniq print
/// what GNU's print and end with the same status.
/// </summary>
public class TextToolBadInputTests
{
    public static TheoryData<string, string[]> Tools => new()
    {
        { "grep", ["-F", "a"] }, { "grep", ["-F", "-c", "needle"] }, { "grep", ["-F", "-v", "-n", "x"] },
        { "wc", [] }, { "wc", ["-L"] }, { "sort", [] }, { "sort", ["-n", "-r"] }, { "head", ["-n", "2"] }, { "head", ["-c", "100"] },
        { "tail", ["-n", "2"] }, { "tail", ["-c", "100"] }, { "uniq", ["-c"] },
    };

    private static IEnumerable<(string Name, byte[] Bytes)> BadInputs()
    {
        yield return ("random bytes", Inputs.Binary(7, 20000));
        yield return ("not UTF-8", [0x61, 0xFF, 0xFE, 0x0A, 0xC3, 0x28, 0x0A, 0x61, 0x0A, 0xE2, 0x82, 0x0A, 0x00, 0x61, 0x00, 0x0A]);
        yield return ("a 64 KiB line", Encoding.ASCII.GetBytes(Inputs.LongLine()));
        yield return ("a 1 MiB line without a newline", Encoding.ASCII.GetBytes(new string('a', 1 << 20) + "needle"));
        yield return ("carriage returns", Encoding.ASCII.GetBytes("b\r\na\r\na\r\n\r\nlast"));
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public void Bad_input_on_the_standard_input_gives_what_gnu_gives(string tool, string[] arguments)
    {
        using var box = new Sandbox();
        foreach (var (name, bytes) in BadInputs())
        {
            CommandRun theirs = Oracle.Theirs(tool, box.Path, arguments, bytes);
            CommandRun ours = Oracle.Ours(tool, box.Path, arguments, bytes);
            Oracle.AssertSame(tool + " " + string.Join(' ', arguments) + " on " + name, theirs, ours);
        }
    }
}
