namespace Minix.Commands.Tests;

/// <summary>Here-documents: &lt;&lt;EOF expands $ ` and \, &lt;&lt;'EOF' keeps the text, &lt;&lt;-EOF strips leading tabs, as in dash.</summary>
public class ShellHereDocumentTests
{
    [Theory]
    [InlineData("X=1; cat <<EOF\nhello $1 $(echo sub) \\$x ${X:+set} $((X+1)) `echo bq` \"q\" 'q' \\\\ \\a\nEOF\necho done")]
    [InlineData("cat <<'EOF'\nraw $1 $(echo no) \\$x\nEOF\ncat <<\"E2\"\n$X\nE2\ncat <<E\\3\n$1\nE3")]
    [InlineData("\tcat <<-T\n\ttabbed\n\t\ttwo\n  spaces stay\n\tT\ncat <<T\n\tnot stripped\nT")]
    [InlineData("cat <<A; cat <<B\na\nA\nb\nB\ncat <<A | tr a-z A-Z; echo between\nlower\nA")]
    [InlineData("while read a b; do echo \"<$a|$b>\"; done <<EOF | sort -r\none 1\ntwo 2\nEOF\necho after")]
    [InlineData("f() { cat <<EOF\nin f: $1\nEOF\n}; f arg; read x <<EOF\nread me\nEOF\necho $x; cat 3<<EOF <&3\nfd three\nEOF")]
    [InlineData("cat <<EOF > out\nto a file\nEOF\ncat out; cat <<EOF\nline with continuation \\\nhere\n\nEOF\nx=$(cat <<EOF\ninside substitution\nEOF\n); echo $x")]
    [InlineData("if true; then\n  cat <<EOF\n  indented body\nEOF\nfi; cat <<EOF\nEOF\necho empty body above")]
    public void Here_documents_feed_commands_as_in_dash(string script)
    {
        ShellOracle.Same(script);
        ShellOracle.Same(script, ShellMode.ScriptFile);
    }

    [Fact]
    public void A_large_here_document_reaches_the_command_whole()
    {
        string body = string.Concat(Enumerable.Range(0, 3000).Select(i => "line " + i + " $1\n"));
        ShellOracle.Same("cat <<EOF | wc\n" + body + "EOF\ncat <<'EOF' | tail -2\n" + body + "EOF", ShellMode.ScriptFile);
    }

    [Theory]
    [InlineData("cat <<EOF\nabc")]
    [InlineData("cat <<EOF\nabc\n")]
    [InlineData("echo first\ncat <<EOF")]
    public void An_unterminated_here_document_takes_the_rest_of_the_input_as_dash_does_and_is_named(string script)
    {
        foreach (ShellMode mode in new[] { ShellMode.CommandString, ShellMode.ScriptFile })
        {
            ShellRuns runs = ShellOracle.Same(script, mode, compareErrors: false);
            Assert.Contains("here-document <<EOF opened on line", runs.Ours.ErrorText);
            Assert.Contains("has no line \"EOF\" to end it", runs.Ours.ErrorText);
        }
    }

    [Fact]
    public void An_interactive_shell_asks_for_the_here_document_lines()
    {
        CommandRun run = ShellOracle.Interactive("cat <<EOF\none\ntwo\nEOF\necho after\n");
        Assert.Equal("one\ntwo\nafter\n", run.OutputText);
        Assert.Equal("$ > > > $ $ ", run.ErrorText);
    }
}
