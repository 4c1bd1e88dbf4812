using System.Text;

namespace Minix.Commands.Tests;

/// <summary>
/// grep's output options (-o, -b, -A/-B/-C/-NUM, -m, -Z, -T, --label, binary files) and its recursive search print
/// what GNU grep prints, byte for byte, with its messages and exit status for bad arguments.
/// </summary>
public class GrepOutputTests
{
    private const string Lines = "abc\nxbb\nfoo\nbar\nbaz\nqux\nabab\nab ab\n\nfoo bar\nlast a\n";

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6 };

    private static void Compare(params string[][] cases)
    {
        using var box = new Sandbox();
        box.Write("lines", Lines);
        box.Write("other", "a\nb\na\nc\na\n");
        box.Write("nonl", "x ab\nab");
        box.Write("bin", "abc\nx\0yab\nzzz\nab\n"u8.ToArray());
        foreach (string[] arguments in cases)
            Oracle.Same("grep", box.Path, arguments, Encoding.UTF8.GetBytes("in ab\nput\nab\n"));
    }

    [Fact]
    public void Grep_o_prints_each_match_on_its_own_line_as_gnu_grep() => Compare(
        ["-o", "ab", "lines"], ["-o", "b*", "lines"], ["-o", "-E", "a|ab|abab", "lines"], ["-o", "^a", "lines"], ["-o", "a$", "lines"],
        ["-on", "b", "lines"], ["-ob", "b", "lines"], ["-oH", "ab", "lines"], ["-o", "-i", "AB", "lines"], ["-o", "-x", "abc", "lines"],
        ["-ow", "ab", "lines"], ["-ow", "o*", "lines"], ["-o", "-F", "-e", "ab", "-e", "aba", "-e", "b a", "lines"], ["-oF", "", "lines"],
        ["-o", "", "lines"], ["-o", "-v", "ab", "lines"], ["-oc", "b", "lines"], ["-o", "\\<b", "lines"], ["-o", "ab", "nonl"], ["-ol", "ab", "lines"],
        ["-o", "-e", "a", "-e", "b", "lines"], ["-o", "[a-z]*", "lines"], ["-o", "x*", "lines"], ["-Fw", "", "lines"], ["-Fwn", "-e", "", "-e", "ab", "lines"],
        ["-ioF", "-e", "A", "-e", "AB", "lines"]);

    [Fact]
    public void Grep_prints_context_lines_and_separators_as_gnu_grep() => Compare(
        ["-A1", "foo", "lines"], ["-B2", "ba", "lines"], ["-C1", "-n", "x", "lines"], ["-2", "qux", "lines"], ["-1", "-3", "qux", "lines"],
        ["-12n", "foo", "lines"], ["-A0", "a", "lines"], ["-C0", "foo", "lines"], ["--context=1", "foo", "lines"], ["--after-context", "1", "foo", "lines"],
        ["--before-context=1", "foo", "lines"], ["-A1", "-C3", "qux", "lines"], ["-C1", "-v", "a", "lines"], ["-A1", "a", "lines", "other"],
        ["-B1", "-H", "-n", "c", "other", "lines"], ["--group-separator=XX", "-A1", "foo", "lines"], ["--group-separator=", "-A1", "foo", "lines"],
        ["--no-group-separator", "-A1", "foo", "lines"], ["-o", "-C1", "qux", "lines"], ["-o", "-v", "-C1", "-n", "b", "lines"], ["-c", "-A2", "a", "lines"],
        ["-l", "-C1", "a", "lines"], ["-A1", "ab", "nonl"], ["-nb", "-C1", "foo", "lines"], ["-A1", "ab", "-"]);

    [Fact]
    public void Grep_m_stops_after_the_count_as_gnu_grep() => Compare(
        ["-m1", "a", "lines"], ["-m2", "-n", "a", "lines"], ["-m", "2", "-c", "a", "lines"], ["-m2", "-v", "a", "lines"], ["-m2", "-cv", "a", "lines"],
        ["-m1", "-A3", "-n", "a", "other"], ["-m2", "-A5", "a", "other"], ["-m1", "-B2", "qux", "lines"], ["-m1", "-o", "b", "lines"], ["-m0", "a", "lines"],
        ["-m0", "-c", "a", "lines"], ["-m", "-1", "a", "lines"], ["--max-count=1", "a", "lines", "other"], ["-m1", "-l", "a", "lines"], ["-m1", "-A1", "-v", "a", "other"],
        ["-m", "99999999999999999999999", "a", "lines"]);

    [Fact]
    public void Grep_prints_byte_offsets_names_and_tabs_as_gnu_grep() => Compare(
        ["-b", "a", "lines"], ["-bn", "a", "lines"], ["-b", "-o", "a", "lines"], ["--byte-offset", "ab", "nonl"], ["-T", "-n", "a", "lines"],
        ["-T", "-H", "a", "lines"], ["-T", "-nbH", "a", "lines"], ["-T", "a", "lines"], ["-T", "-n", "", "lines"], ["-T", "-c", "a", "lines", "other"],
        ["-T", "-n", "ab", "-"], ["--initial-tab", "-C1", "-H", "qux", "lines"], ["-Z", "-H", "a", "lines"], ["-Zl", "a", "lines", "other"],
        ["-ZL", "zzz", "lines"], ["-Zc", "a", "lines", "other"], ["--null", "-n", "-H", "a", "other"], ["--label=in", "-H", "ab", "-"],
        ["--label=in", "-c", "ab", "-", "lines"], ["--label", "in", "-l", "ab", "-"], ["-H", "a", "-"],
        ["--exclude=*", "ab", "-"], ["--include=x", "--label=y", "-H", "ab", "-"]);

    [Fact]
    public void Grep_reports_binary_files_as_gnu_grep() => Compare(
        ["ab", "bin"], ["-c", "ab", "bin"], ["-o", "ab", "bin"], ["-n", "-A1", "zzz", "bin"], ["-v", "ab", "bin"], ["-cv", "ab", "bin"], ["-a", "ab", "bin"],
        ["--text", "-o", "b", "bin"], ["-a", "-b", "y", "bin"], ["-l", "ab", "bin"], ["-q", "ab", "bin"], ["-m1", "-c", "ab", "bin"], ["-H", "ab", "bin", "lines"],
        ["-I", "ab", "bin"], ["-I", "-c", "ab", "bin"], ["-I", "-L", "ab", "bin"], ["--binary-files=without-match", "ab", "bin"],
        ["--binary-files=text", "ab", "bin"], ["--binary-files=binary", "ab", "bin"], ["-U", "ab", "bin"], ["--binary", "a", "lines"], ["zzz", "bin", "lines"]);

    [Fact]
    public void Grep_accepts_color_never_and_auto_as_gnu_grep() => Compare(
        ["--color=never", "a", "lines"], ["--color=auto", "a", "lines"], ["--colour=never", "-o", "b", "lines"], ["--color", "-n", "a", "lines"]);

    [Fact]
    public void Grep_rejects_bad_numbers_and_types_as_gnu_grep() => Compare(
        ["-A", "x", "a", "lines"], ["-B", "-1", "a", "lines"], ["-C", "1x", "a", "lines"], ["-A", "", "a", "lines"], ["--context=x", "a", "lines"],
        ["-A", "99999999999999999999999", "a", "lines"], ["-A", "+1", "foo", "lines"], ["-A", " 1", "foo", "lines"], ["-m", "x", "a", "lines"],
        ["-m", "", "a", "lines"], ["--max-count=y", "a", "lines"], ["-m", "1k", "a", "lines"], ["--binary-files=foo", "a", "lines"], ["-A"],
        ["-A", "x", "-m", "y", "a", "lines"], ["-m", "y", "-A", "x", "a", "lines"], ["--group-separator"], ["--label"],
        ["-A", "x", "\\(", "lines"], ["-m0", "\\(", "lines"], ["-m0"], ["-E", "-F", "-m0", "a", "lines"], ["-m0", "-f", "nosuch", "lines"]);

    [Fact]
    public void Grep_r_searches_a_chain_of_directories_as_gnu_grep()
    {
        // one entry per directory: the order a directory gives its entries cannot matter
        using var box = new Sandbox();
        box.Write("top/one/two/file", "ab\nx\n");
        Directory.CreateDirectory(Path.Combine(box.Path, "top/one/two/empty"));
        string only = Path.Combine(box.Path, "only");
        box.Write("only/sub/deep", "x ab\n");
        foreach (string[] arguments in new[]
        {
            new[] { "-r", "ab", "top" }, ["-r", "ab", "top/"], ["-r", "ab", "top//"], ["-rn", "ab", "top"], ["-rh", "ab", "top"], ["-rc", "ab", "top"],
            ["-rl", "ab", "top"], ["-rL", "ab", "top"], ["-R", "ab", "top"], ["--recursive", "-o", "b", "top/one"], ["-r", "ab", "top/one/two/file"],
            ["-r", "zz", "top"], ["ab", "top"], ["-s", "ab", "top"], ["ab", "top", "only/sub/deep"], ["-r", "ab", "nosuch"], ["-rZl", "ab", "top"],
            ["-r", "--exclude-dir=two", "ab", "top"], ["-r", "--exclude-dir=top", "ab", "top"], ["-r", "--include=f*", "ab", "top"],
            ["-r", "--include=x*", "ab", "top"], ["-r", "--exclude=file", "ab", "top"], ["--exclude=file", "ab", "top/one/two/file"],
            ["--exclude=*/two/*", "ab", "top/one/two/file"], ["-r", "ab", "top", "only"],
        })
        {
            Oracle.Same("grep", box.Path, arguments);
        }

        // with no operand, -r searches "." and names what it finds without "./"
        Oracle.Same("grep", only, ["-r", "ab"]);
        Oracle.Same("grep", only, ["-r", "ab", "."]);
        Oracle.Same("grep", only, ["-r", "-H", "-c", "ab"]);
    }

    [Fact]
    public void Grep_r_finds_the_files_gnu_grep_finds_in_a_wide_tree()
    {
        // a directory's entries come in the order it keeps them, which both greps take from readdir; to not depend on
        // that, the lines are compared sorted (each line names its file, so it is the same set either way)
        using var box = new Sandbox();
        box.Write("tree/a", "ab\n");
        box.Write("tree/b.c", "ab ab\nno\n");
        box.Write("tree/sub/c.c", "cab\n");
        box.Write("tree/sub/d", "no\n");
        box.Write("tree/.hidden/e.c", "ab\n");
        box.Write("tree/sub/deeper/f", "ab\n");
        box.Write("tree/bin", "ab\0\n"u8.ToArray());
        File.CreateSymbolicLink(Path.Combine(box.Path, "tree/link"), "a");
        File.CreateSymbolicLink(Path.Combine(box.Path, "tree/sublink"), "sub");
        File.CreateSymbolicLink(Path.Combine(box.Path, "tree/dangling"), "nowhere");
        foreach (string[] arguments in new[]
        {
            new[] { "-r", "ab", "tree" }, ["-R", "ab", "tree"], ["-rn", "ab", "tree"], ["-rc", "ab", "tree"], ["-rl", "ab", "tree"], ["-rL", "ab", "tree"],
            ["-r", "--include=*.c", "ab", "tree"], ["-r", "--exclude=*.c", "ab", "tree"], ["-r", "--exclude-dir=sub", "ab", "tree"],
            ["-r", "--exclude-dir=.*", "ab", "tree"], ["-r", "ab", "tree/sublink"], ["-R", "-c", "ab", "tree"], ["-r", "-o", "-b", "ab", "tree"],
        })
        {
            CommandRun theirs = Oracle.Theirs("grep", box.Path, arguments);
            CommandRun ours = Oracle.Ours("grep", box.Path, arguments);
            Oracle.AssertSame("grep " + string.Join(' ', arguments), Sorted(theirs), Sorted(ours));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Grep_output_options_match_gnu_grep_on_random_texts(int seed)
    {
        var random = new Random(seed);
        using var box = new Sandbox();
        box.Write("one", RandomText(random));
        box.Write("two", RandomText(random));
        string[] atoms = ["a", "b", "c", "ab", "ba", "a*", "b*", ".", "[ab]", "[^a ]", "^", "$", "^a", "b$", "a\\+", "\\(ab\\)*", "c\\?", " ", "\\<a", "b\\>"];
        for (int run = 0; run < 40; run++)
        {
            var arguments = new List<string>();
            foreach (string flag in new[] { "-o", "-n", "-b", "-H", "-v", "-c" })
            {
                if (random.Next(3) == 0)
                    arguments.Add(flag);
            }

            foreach (string context in new[] { "-A", "-B", "-C", "-m" })
            {
                if (random.Next(4) == 0)
                    arguments.Add(context + random.Next(0, 4));
            }

            string pattern = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => atoms[random.Next(atoms.Length)]));
            arguments.Add("-e");
            arguments.Add(pattern);
            arguments.Add("one");
            if (random.Next(3) == 0)
                arguments.Add("two");
            Oracle.Same("grep", box.Path, [.. arguments]);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Grep_o_and_context_match_gnu_grep_under_each_syntax_on_random_texts(int seed)
    {
        var random = new Random(seed + 100);
        using var box = new Sandbox();
        box.Write("one", RandomText(random));
        string[] extended = ["a", "b", "(a|ab)", "(b|)", "a+", "b?", ".", "[ab]", "^a", "c$", "(ab)*", "a{2}", "\\<", "\\>", " "];
        for (int run = 0; run < 25; run++)
        {
            var arguments = new List<string>();
            string syntax = new[] { "-G", "-E", "-F" }[random.Next(3)];
            arguments.Add(syntax);
            foreach (string flag in new[] { "-o", "-n", "-b", "-w", "-i", "-x", "-v", "-c", "-T" })
            {
                if (random.Next(4) == 0)
                    arguments.Add(flag);
            }

            if (random.Next(3) == 0)
                arguments.Add("-C" + random.Next(0, 3));
            int patterns = syntax == "-F" ? random.Next(1, 4) : 1;
            for (int i = 0; i < patterns; i++)
            {
                arguments.Add("-e");
                arguments.Add(syntax == "-F"
                    ? string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => "abc "[random.Next(4)]))
                    : string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => extended[random.Next(extended.Length)])));
            }

            arguments.Add("one");
            Oracle.Same("grep", box.Path, [.. arguments]);
        }
    }

    /// <summary>A text of short lines of a few letters and spaces, so that patterns match often and in many places.</summary>
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        int lines = random.Next(5, 30);
        for (int i = 0; i < lines; i++)
        {
            int length = random.Next(0, 12);
            for (int j = 0; j < length; j++)
                text.Append("aabbc  "[random.Next(7)]);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static CommandRun Sorted(CommandRun run)
    {
        string[] lines = Encoding.UTF8.GetString(run.Output).Split('\n');
        Array.Sort(lines, StringComparer.Ordinal);
        string[] errors = Encoding.UTF8.GetString(run.Error).Split('\n');
        Array.Sort(errors, StringComparer.Ordinal);
        return run with { Output = Encoding.UTF8.GetBytes(string.Join('\n', lines)), Error = Encoding.UTF8.GetBytes(string.Join('\n', errors)) };
    }
}
