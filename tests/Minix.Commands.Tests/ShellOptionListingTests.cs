namespace Minix.Commands.Tests;

/// <summary>set -o and set +o alone list the options as dash does: a table, or the set commands that restore them.</summary>
public class ShellOptionListingTests
{
    [Theory]
    [InlineData("set -o")]
    [InlineData("set -efux; set -o 2>/dev/null")]
    [InlineData("set -o errexit -o nounset; set -o; set +o errexit; set -o")]
    [InlineData("set -eo")]
    [InlineData("set -e -o; echo $-")]
    public void Set_o_alone_prints_a_table_of_the_options_on_and_off(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("set +o")]
    [InlineData("set -fu; set +o")]
    [InlineData("set -x; set +o 2>/dev/null")]
    [InlineData("set +eo; echo \"[$-]\"")]
    [InlineData("set -ef; saved=$(set +o); set +ef; eval \"$saved\"; echo $-")]
    public void Set_plus_o_alone_prints_the_commands_that_set_the_options_again(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("set -o")]
    [InlineData("set +o")]
    public void A_script_file_lists_the_same_options(string script) => ShellOracle.Same(script, ShellMode.ScriptFile);

    [Theory]
    [InlineData("set +o noclobber +o vi +o monitor; echo $?")]
    [InlineData("set +o nosuch; echo not here")]
    [InlineData("set +eo nosuch; echo not here")]
    public void Set_plus_o_accepts_the_options_it_lists_and_names_an_unknown_one_as_dash(string script) => ShellOracle.Same(script);
}
