namespace Minix.Commands.Tests;

/// <summary>case WORD in pattern|pattern) ... ;; esac runs the first item whose glob pattern matches, as dash does.</summary>
public class ShellCaseTests
{
    [Theory]
    [InlineData("case abc in a*c) echo m1;; *) echo m2;; esac; case x in (y|x) echo yx;; esac; case '' in '') echo empty; esac")]
    [InlineData("for w in apple b.txt 12 '*' '' A; do case $w in\n  a*) echo \"$w: a-word\" ;;\n  *.txt|*.md) echo \"$w: text\" ;;\n  [0-9]*) echo \"$w: number\" ;;\n  '*') echo \"$w: star\" ;;\n  \"\") echo empty ;;\n  [!a-z]) echo \"$w: upper\" ;;\n  *) echo \"$w: other\"\nesac; done")]
    [InlineData("case a in b) echo no;; esac; echo $?; false; case a in a) ;; esac; echo $?; case a in a) false;; esac; echo $?")]
    [InlineData("X=hello; case $X in \"$X\") echo quoted;; esac; P='h*'; case $X in $P) echo pattern from a variable;; esac; case $X in \"$P\") echo no;; *) echo quoted pattern is literal;; esac")]
    [InlineData("case x/y in x*) echo slash matched by star;; esac; case ab in a?) echo q;; esac; case a in [abc]) echo bracket;; esac; case a in [!a]) echo no;; *) echo neg;; esac")]
    [InlineData("for i in 1 2 3; do case $i in 2) continue;; 3) break;; esac; echo $i; done; case x in x) echo in; esac > out; cat out; case y in y) echo piped;; esac | tr a-z A-Z")]
    [InlineData("case in in in) echo in;; esac; case esac in (esac) echo esac;; esac\ncase x\nin\nx)\necho newlines\n;;\nesac")]
    [InlineData("x=$(case a in a) echo A;; b) echo B;; esac); echo $x; echo \"$(case b in (b) echo pb;; esac)\"; echo $(echo case) $(echo esac) $(echo showcase in)")]
    [InlineData("z=$(for i in 1 2; do case $i in 1) echo one;; *) echo other;; esac; done); echo $z; w=$(case x in x) case y in y) echo nested;; esac;; esac); echo $w")]
    public void Case_matches_as_dash_does(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("case x in x) echo a", "end of input inside the \"case\" on line 1 (an \"esac\" is missing)")]
    [InlineData("case x in x echo a;; esac", "\"echo\" unexpected (expecting \")\" after the pattern in the \"case\" on line 1)")]
    [InlineData("case x y", "\"y\" unexpected (expecting \"in\" for the \"case\" on line 1)")]
    [InlineData("echo a\ncase x in x) echo 1;; y) echo 2 esac", "end of input inside the \"case\" on line 2")]
    [InlineData("case x in ;; esac", "\";;\" unexpected (expecting a pattern in the \"case\" on line 1)")]
    [InlineData("echo a;; echo b", "\";;\" unexpected")]
    public void Case_syntax_errors_are_named_with_status_2(string script, string named)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Equal(2, runs.Ours.ExitCode);
        Assert.Contains(named, runs.Ours.ErrorText);
        ShellOracle.SameFault(script, ShellMode.ScriptFile);
    }

    [Fact]
    public void An_interactive_shell_goes_on_after_a_bad_case()
    {
        CommandRun run = ShellOracle.Interactive("case x y\necho after $?\ncase x in\nx) echo continued\nesac\n");
        Assert.Equal("after 2\ncontinued\n", run.OutputText);
        Assert.Contains("sh: syntax error on line 1: \"y\" unexpected", run.ErrorText);
        Assert.Contains("$ > > $ ", run.ErrorText);
    }
}
