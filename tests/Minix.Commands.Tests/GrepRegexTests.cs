namespace Minix.Commands.Tests;

/// <summary>grep's basic (-G, the default) and extended (-E) regular expressions select the lines GNU grep selects.</summary>
public class GrepRegexTests
{
    private static readonly string[] Lines =
    [
        "a", "ab", "abc", "a{", "a)", "*a", "+a", "{1}a", "", "foo bar", "x*y", "a{1", "ad", "a|b", "a\\b", "Hello World", "hello_world",
        "HELLO", "123 456", "abcabc", "aaa", "aaaa", "b", "tab\there", "foo-bar foobar", "xfoo foo", "aa_b ab", "The quick brown fox", "x.y",
        "[x]", "a^b", "a$b", "-dash", "under_score", "^a", "**a", "ba", "a*b", "x:y",
    ];

    private static void Compare(params string[][] cases)
    {
        using var box = new Sandbox();
        box.Write("lines", string.Join('\n', Lines) + "\n");
        foreach (string[] arguments in cases)
            Oracle.Same("grep", box.Path, [.. arguments, "lines"]);
    }

    [Fact]
    public void Grep_matches_basic_regular_expressions_as_gnu_grep() => Compare(
        ["^a"], ["a$"], ["a|b"], ["a\\{2\\}"], ["^a\\{1,2\\}$"], ["a\\+"], ["a\\?b"], ["a\\|foo"], ["\\(ab\\)*c"], ["."], ["^$"], ["^.*$"],
        ["x\\.y"], ["x.y"], ["\\[x\\]"], ["a^b"], ["a$b"], ["*a"], ["\\{1\\}a"], ["\\(*a\\)"], ["^*"], ["a\\{,\\}"], ["\\(^a\\)"], ["a\\(b$\\)"],
        ["-e", "^a", "-e", "b$"], ["-G", "a\\{1,2\\}\\{2\\}"], ["\\`a"], ["a\\'"],
        ["^^a"], ["x*^a"], ["\\<*a"], ["\\B*a"], ["a\\<*b"], ["\\(^*a\\)"], ["a**"], ["a\\+*"], ["a*\\+"]);

    [Fact]
    public void Grep_matches_extended_regular_expressions_as_gnu_grep() => Compare(
        ["-E", "a|b"], ["-E", "^(a|b)+$"], ["-E", "a+"], ["-E", "a?b"], ["-E", "a{2}"], ["-E", "a{2,3}"], ["-E", "^a{2,}$"], ["-E", "^a{,2}$"],
        ["-E", "(ab)*c"], ["-E", "((a|b)c)?"], ["-E", "x\\.y"], ["-E", "a\\^b"], ["-E", "a\\$b"], ["-E", "()"], ["-E", "a||b"], ["-E", "(|a)"],
        ["-E", "a{,}"], ["-E", "a{1,2"], ["-E", "a{"], ["-E", "{1"], ["-E", "*a"], ["-E", "+a"], ["-E", "{1}a"], ["-E", "a)"], ["-E", "^*a"],
        ["-E", "^{1}a"], ["-E", "a|*b"], ["-E", "^(foo|bar)( |$)"], ["-E", "(a|ab)(c|bcd)"], ["-E", "[[:alpha:]]+_[[:alpha:]]+"], ["-E", "a**"],
        ["-E", "(a*)*b"], ["-E", "(a*)+$"], ["-E", "a{1}{2}"], ["-E", "a{32767}"], ["-E", "a{1x}"], ["-E", "a{,}"], ["-E", "a+?b"], ["-cE", "a|o"], ["-nE", "o+"], ["-vE", "^[a-z]+$"]);

    [Fact]
    public void Grep_matches_bracket_expressions_as_gnu_grep() => Compare(
        ["[[:upper:]]"], ["[[:digit:]]\\+"], ["[[:space:]]"], ["[[:punct:]]"], ["[[:alnum:]_]\\{5\\}"], ["[[:xdigit:]]\\{3\\}"], ["[[:blank:]]"],
        ["[[:cntrl:]]"], ["[[:print:]]"], ["[[:graph:]]"], ["[[:lower:]][[:upper:]]"], ["[^a-z]"], ["^[^a-z]*$"], ["[]x]"], ["[^]a]"], ["[a-]"],
        ["[[.-.]]"], ["[[=a=]]"], ["-E", "[\\]"], ["[a\\]"]);

    [Fact]
    public void Grep_reads_bracket_expression_edge_cases_as_gnu_grep() => Compare(
        ["[a-z-9]"], ["[a-z--]"], ["[a-z-]"], ["[a-m-z]"], ["[z-a-9]"], ["[%---]"], ["[--@]"], ["[!--]"], ["[[=a=]-z]"], ["[a-[=z=]]"], ["[[=a=]-]"],
        ["[[.a.]-z]"], ["[a-[.z.]]"], ["[[.-.]-9]"], ["[a-[:alpha:]]"], ["[[=ab=]]"], ["[[==]]"], ["[[.ab.]]"], ["[[.space.]]"], ["[[=]=]]"],
        ["[[.].]]"], ["[[=a=]b]"], ["-E", "[a-z-9]"], ["-E", "[[=a=]-z]"]);

    [Fact]
    public void Grep_checks_a_range_under_i_by_its_upper_case_ends_as_gnu_grep() => Compare(
        ["-i", "[Z-a]"], ["-i", "[a-Z]"], ["-i", "[A-z]"], ["-i", "[Z-_]"], ["-i", "[@-Z]"], ["-i", "[a-_]"], ["-i", "[_-a]"], ["-i", "[`-c]"],
        ["-i", "[[-c]"], ["-i", "[C-[]"], ["-i", "[^a-Z]"], ["-i", "[[.Z.]-a]"], ["-i", "[Z-[.a.]]"], ["[Z-a]"], ["[a-Z]"], ["-iE", "[Z-a]"]);

    [Fact]
    public void Grep_refuses_only_a_class_without_its_outer_brackets_as_gnu_grep() => Compare(
        ["[::]"], ["[:]"], ["[:a-z:]"], ["-i", "[:a-z:]"], ["[:a:]"], ["[^:a:]"], ["[^::]"], ["[:x]"], ["[x:]"], ["[:[:alpha:]:]"], ["[:[.a.]:]"],
        ["[:[=a=]:]"], ["[:a]:]"], ["[:a:]x]"], ["[::a:]"], ["[:a::]"], ["[:-:]"], ["[:a-:]"], ["[:--:]"], ["[:z-a:]"], ["[:alpha:]"], ["-E", "[:digit:]"],
        ["[:a:]\\("], ["[:a:]x[z-a]"], ["[:a:][:b:]"], ["-e", "[:a:]", "-e", "\\("], ["-e", "[:a:]", "-e", "b"], ["-E", "[:a:]("]);

    [Fact]
    public void Grep_applies_w_x_and_i_to_regular_expressions_as_gnu_grep() => Compare(
        ["-x", "a*"], ["-xE", "a+|b"], ["-w", "foo"], ["-w", "a."], ["-w", "a*b"], ["-wE", "fo+"], ["-i", "hello"], ["-i", "[^a]"], ["-i", "^[A-C]"],
        ["-iE", "HEL+O"], ["-iw", "HELLO"], ["-x", ""], ["-w", ""], ["-wx", "a"], ["\\<foo"], ["foo\\>"], ["\\bfoo\\b"], ["\\Bo\\B"], ["\\w\\+"],
        ["\\W"], ["\\s"], ["\\S\\+ \\S\\+"]);

    [Fact]
    public void Grep_rejects_an_invalid_regular_expression_as_gnu_grep() => Compare(
        ["-E", "a{2,1}"], ["-E", "(a"], ["\\(a"], ["a\\)"], ["a\\{1"], ["a\\{x\\}"], ["a\\"], ["[a"], ["[[:foo:]]"], ["[:space:]"], ["[z-a]"],
        ["[[:alpha:]-z]"], ["-E", "a{32768}"], ["\\1"], ["-e", "a", "-e", "\\("], ["-E", "-F", "a"], ["[[:alpha:]"], ["[a-"],
        ["-E", "a{}"], ["-E", "a{1,2,3}"]);

    [Fact]
    public void Grep_refuses_back_references_with_a_clear_error()
    {
        using var box = new Sandbox();
        box.Write("lines", "aa\n");
        CommandRun run = Oracle.Ours("grep", box.Path, ["\\(a\\)\\1", "lines"]);
        Assert.Equal("grep: back-references are not supported\n", run.ErrorText);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void A_pattern_too_big_or_nested_too_deep_is_an_error_with_status_2_not_a_crash()
    {
        using var box = new Sandbox();
        box.Write("lines", "ab\n");
        foreach (string pattern in new[] { "a|(b{1,32767}){32}", new string('(', 150) + "a" + new string(')', 150), "a" + string.Concat(Enumerable.Repeat("{1}", 150)) })
        {
            CommandRun run = Oracle.Ours("grep", box.Path, ["-E", pattern, "lines"]);
            Assert.Equal("grep: Regular expression too big\n", run.ErrorText);
            Assert.Equal(2, run.ExitCode);
        }

        // Nesting within the bound still matches as GNU grep does.
        Oracle.Same("grep", box.Path, ["-E", new string('(', 90) + "a" + new string(')', 90), "lines"]);
        Oracle.Same("grep", box.Path, ["a" + new string('*', 500), "lines"]);
    }
}
