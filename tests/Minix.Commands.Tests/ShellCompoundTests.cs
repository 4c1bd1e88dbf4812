namespace Minix.Commands.Tests;

/// <summary>sh runs if, while, until, for, { } groups, break, continue and read as dash does.</summary>
public class ShellCompoundTests
{
    [Theory]
    [InlineData("if false; then echo no; elif true; then echo elif; else echo else; fi; if true; then echo yes; fi; if false; then :; fi; echo $?")]
    [InlineData("for x in a \"b c\" $(echo d e); do echo \"[$x]\"; done; set -- p 'q r'; for y; do echo $y; done; for z in; do echo no; done; echo $?")]
    [InlineData("while read a b; do echo \"<$a|$b>\"; done < input; echo $?; while read -r line; do echo \"$line\"; done < input")]
    [InlineData("for i in 1 2 3; do for j in a b c; do if [ $j = b ]; then continue 2; fi; echo $i$j; done; done; for i in 1 2 3; do echo $i; break; done")]
    [InlineData("{ echo a; ls nosuch; } > out 2>&1; cat out; { echo x; echo y; } | sort -r; { ls nosuch 2>&1 >f; } | tr a-z A-Z; cat f")]
    [InlineData("n=; while [ \"$n\" != xxx ]; do n=${n}x; echo $n; done; until true; do echo never; done; echo $?")]
    [InlineData("if true; then X=1; fi; echo $X; for f in *; do echo file $f; done | head -3; cat input | while read line; do echo \"L:$line\"; done")]
    [InlineData("set -e; if false; then :; fi; false || true; while false; do :; done; echo alive; false; echo dead")]
    [InlineData("for i in 1 2 3 4; do\n  if [ $i = 2 ]\n  then\n    continue\n  fi\n  echo $i\n  [ $i = 3 ] && break\ndone\necho end $i")]
    [InlineData("read first rest < input; echo \"$first/$rest\"; IFS=: read a b c <<< x 2>/dev/null; echo ok")]
    [InlineData("i=; while true; do i=${i}1; if [ $i = 111 ]; then break; fi; done; echo $i; while break; do echo no; done; echo $?")]
    [InlineData("{ echo in group; exit 3; }; echo not reached")]
    [InlineData("if true; then echo x; fi > f; cat f; for w in a b; do echo $w; done | wc -l")]
    public void Compound_commands_match_dash(string script) =>
        ShellOracle.Same(script, prepare: box => box.Write("input", "one two  three\nfour\n  back\\slash \\\n joined\n"), compareErrors: !script.Contains("<<<"));

    [Theory]
    [InlineData("if true then echo", "end of input inside the \"if\" on line 1 (a \"then\" is missing)")]
    [InlineData("for 1x in a; do :; done", "for needs a variable name, not \"1x\"")]
    [InlineData("while true; do echo a; done fi", "\"fi\" unexpected")]
    [InlineData("if ; then echo; fi", "\";\" unexpected")]
    [InlineData("while true\ndo\n  echo a\n", "end of input inside the \"while\" on line 1 (a \"done\" is missing)")]
    [InlineData("{ echo a", "end of input inside the \"{\" on line 1")]
    public void Compound_syntax_errors_are_named(string script, string named)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Equal(2, runs.Ours.ExitCode);
        Assert.Contains(named, runs.Ours.ErrorText);
    }
}
