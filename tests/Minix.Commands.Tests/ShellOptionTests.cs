namespace Minix.Commands.Tests;

/// <summary>set -e, -u, -f and -x as dash has them, in this shell and in the child shells it starts.</summary>
public class ShellOptionTests
{
    [Theory]
    [InlineData("set -e; f() { false; echo in f; }; f && echo ok; f || echo no; if f; then echo yes; fi; ! f; echo end; f; echo not here")]
    [InlineData("set -e; (false; echo not here); echo not here either")]
    [InlineData("set -e; (false; echo x) || echo f; if (false; echo y); then echo t; fi; while (false; echo w); do break; done; echo end")]
    [InlineData("set -e; false | true; echo $?; (exit 3) || echo $?; true && false || echo or; echo end")]
    public void Set_e_ends_the_shell_on_an_untested_failure_only(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("set -u; echo ${x-d} ${x:+a} ${x:=q} $x; echo \"$@\" $# $*; echo $((y+1)); echo $-")]
    [InlineData("set -u; echo $nope; echo not here")]
    [InlineData("set -u; echo ${#nope}; echo not here")]
    [InlineData("set -u; echo ${nope%a}; echo not here")]
    [InlineData("set -u; echo $9; echo not here")]
    [InlineData("set -u; (echo $nope); echo $?; set +u; echo [$nope]")]
    public void Set_u_makes_an_unset_parameter_an_error(string script) => ShellOracle.Same(script);

    [Fact]
    public void Set_f_turns_off_pathname_expansion() =>
        ShellOracle.Same("set -f; echo *; (echo *); echo * | cat; echo $-; set +f; echo *", prepare: box => { box.Write("a", ""); box.Write("b", ""); });

    [Theory]
    [InlineData("set -o errexit -o nounset; echo $-; set +o errexit; echo $-; set -o noglob; echo $- *; set +o noglob +o nounset; echo \"[$-]\"; set -o xtrace; echo x")]
    [InlineData("set -o nounset a b; echo $# $-; echo $nope; echo not here")]
    [InlineData("set -o nope; echo not here")]
    public void Set_o_names_an_option(string script) => ShellOracle.Same(script, compareErrors: false);

    [Fact]
    public void Options_are_listed_in_dashs_order() => ShellOracle.Same("set -eufx; echo $-; set +eufx; echo \"[$-]\"", compareErrors: false);
}
