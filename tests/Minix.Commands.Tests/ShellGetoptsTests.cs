namespace Minix.Commands.Tests;

/// <summary>getopts OPTSTRING NAME [ARG...]: options read one at a time into NAME, OPTARG and OPTIND, as dash reads them.</summary>
public class ShellGetoptsTests
{
    private const string Loop = "while getopts ab:c opt \"$@\"; do echo \"$opt [${OPTARG-unset}] $OPTIND\"; done; echo \"end $? [$opt] [${OPTARG-unset}] $OPTIND\"; shift $((OPTIND - 1)); echo \"left: $*\"";

    [Theory]
    [InlineData("-a -b x -c y")]
    [InlineData("-ab x")]
    [InlineData("-abx -c")]
    [InlineData("-ca -b -a")]
    [InlineData("a -b")]
    [InlineData("- -a")]
    [InlineData("")]
    public void Getopts_reads_options_their_arguments_and_stops_at_the_first_operand(string arguments) =>
        ShellOracle.Same("set -- " + arguments + "; " + Loop.Replace(" \"$@\"", ""));

    [Theory]
    [InlineData("-a -- -b")]
    [InlineData("-- -a")]
    [InlineData("-a --")]
    public void Getopts_stops_after_a_double_dash_and_counts_it(string arguments) => ShellOracle.Same("set -- " + arguments + "; " + Loop);

    [Theory]
    [InlineData("getopts ab o -x; echo \"$? [$o] [${OPTARG-unset}] $OPTIND\"")]
    [InlineData("while getopts ab o -a -x -b; do echo \"[$o] [${OPTARG-unset}] $OPTIND\"; done")]
    [InlineData("OPTARG=old; getopts '' o -a; echo \"$? [$o] [${OPTARG-unset}]\"")]
    public void Getopts_reports_an_unknown_option_with_a_question_mark_and_a_message(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("getopts ab: o -b; echo \"$? [$o] [${OPTARG-unset}] $OPTIND\"")]
    [InlineData("getopts ab: o -ab; echo \"$? [$o]\"; getopts ab: o -ab; echo \"$? [$o] [${OPTARG-unset}] $OPTIND\"")]
    public void Getopts_reports_a_missing_argument_with_a_question_mark_and_a_message(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("getopts :ab: o -x; echo \"$? [$o] [$OPTARG] $OPTIND\"")]
    [InlineData("getopts :ab: o -b; echo \"$? [$o] [$OPTARG] $OPTIND\"")]
    [InlineData("while getopts :ab: o -xa -b; do echo \"[$o] [$OPTARG] $OPTIND\"; done")]
    public void Getopts_in_silent_mode_puts_the_letter_in_OPTARG_and_prints_nothing(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("getopts a: o -a ''; echo \"$? [$o] [$OPTARG] $OPTIND\"")]
    [InlineData("getopts a:b o -ab; echo \"$? [$o] [$OPTARG] $OPTIND\"; getopts a:b o -ab; echo \"$?\"")]
    [InlineData("getopts a:b o -a -b; echo \"$? [$o] [$OPTARG] $OPTIND\"")]
    public void Getopts_takes_an_argument_from_the_rest_of_the_word_or_the_next_word(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("echo $OPTIND; set | grep ^OPTIND")]
    [InlineData("getopts a o -a -a; echo $OPTIND; OPTIND=1; getopts a o -b -a; echo \"$? [$o] $OPTIND\"")]
    [InlineData("getopts abc o -abc; OPTIND=2; getopts abc o -abc -c; echo \"$? [$o] $OPTIND\"")]
    [InlineData("getopts ab o -ab; getopts ab o -ab; getopts ab o -ab; echo \"$? [$o]\"; OPTIND=1; getopts ab o -ab; echo \"$? [$o] $OPTIND\"")]
    [InlineData("OPTIND=0; getopts a o -a; echo \"$? [$o] $OPTIND\"")]
    [InlineData("OPTIND=9; getopts a o -a; echo \"$? [$o] $OPTIND\"")]
    [InlineData("getopts a o -a; getopts a o -a; getopts a o -a; echo \"$? [$o] $OPTIND\"")]
    public void Getopts_starts_over_when_OPTIND_is_set(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("set -- -a x; getopts ab o -b; echo \"$? [$o] $OPTIND\"; getopts ab o; echo \"$? [$o] $OPTIND\"")]
    [InlineData("set -- -a -b; getopts abc o -c; echo \"$? [$o] $OPTIND\"; getopts abc o; echo \"$? [$o] $OPTIND\"")]
    public void Getopts_reads_the_operands_after_the_name_instead_of_the_positional_parameters(string script) => ShellOracle.Same(script, ShellMode.ScriptFile);

    [Theory]
    [InlineData("set -- -a -b; getopts ab o; set -- -a -b; getopts ab o; echo \"[$o] $OPTIND\"")]
    [InlineData("set -- -a -b -c; getopts abc o; set -e; getopts abc o; echo \"[$o] $OPTIND\"")]
    [InlineData("set -- -ab -c; getopts abc o; shift; getopts abc o; echo \"[$o] $OPTIND\"")]
    [InlineData("getopts ab o -a -b; shift 0; getopts ab o -a -b; echo \"[$o] $OPTIND\"")]
    public void Getopts_starts_over_when_set_or_shift_change_the_positional_parameters(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("f() { getopts a o -a; echo \"in $? $OPTIND\"; }; getopts a o -a -a; f; getopts a o -a -a; echo \"$? [$o] $OPTIND\"")]
    [InlineData("f() { while getopts ab o; do echo \"$o\"; done; }; f -a -b; f -b")]
    [InlineData("f() { local OPTIND; getopts ab o -ab; }; getopts ab o -ab; f; getopts ab o -ab; echo \"[$o] $OPTIND\"")]
    [InlineData("f() { OPTIND=1; getopts ab o -ab; }; getopts ab o -ab; f; getopts ab o -ab; echo \"[$o] $OPTIND\"")]
    public void Getopts_starts_over_in_a_function_and_the_caller_goes_on_after(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("getopts; echo $?")]
    [InlineData("getopts a; echo $?")]
    [InlineData("getopts a 1x -a; echo \"$? $OPTIND\"; getopts a o -a -a; echo \"$? [$o] $OPTIND\"")]
    [InlineData("readonly o; getopts a o -a -a; echo \"$? $OPTIND\"; getopts a o -a -a; echo \"$? $OPTIND\"")]
    [InlineData("readonly OPTARG; getopts a: o -a x; echo \"$? [$o] $OPTIND\"")]
    public void Getopts_with_a_bad_name_or_too_few_operands_fails_with_dashs_message(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("OPTIND=x; echo not reached")]
    [InlineData("unset OPTIND; echo not reached")]
    [InlineData("OPTIND=; echo not reached")]
    [InlineData("OPTIND=-1; echo not reached")]
    [InlineData("OPTIND=2147483648; echo not reached")]
    [InlineData("OPTIND='3 x'; echo not reached")]
    [InlineData("export OPTIND=0x1; echo not reached")]
    [InlineData("f() { local OPTIND=x; echo in; }; f; echo not reached")]
    [InlineData("OPTIND=x true; echo not reached")]
    [InlineData("OPTIND=' +2 '; getopts ab o -a -b; echo \"$? [$o] $OPTIND\"; OPTIND=-0; getopts ab o -a; echo \"$? [$o] $OPTIND\"")]
    [InlineData("OPTIND=2147483647; getopts ab o -a; echo \"$? [$o]\"")]
    public void OPTIND_must_be_a_number_from_zero_up_whenever_it_is_set_or_unset_or_the_script_ends(string script)
    {
        ShellOracle.Same(script, ShellMode.ScriptFile);
        ShellOracle.Same(script);
    }

    [Fact]
    public void An_interactive_shell_keeps_a_refused_OPTIND_and_its_child_shells_still_run()
    {
        // The value stays after the error, as in dash; a builtin in a pipeline and a subshell run in child shells here,
        // which must not refuse it again when they are handed this shell's variables.
        CommandRun run = ShellOracle.Interactive("OPTIND=x\nprintf 'a\\n' | cat\n(echo sub)\necho $OPTIND\n");
        Assert.Equal("a\nsub\nx\n", run.OutputText);
        Assert.Contains("sh: Illegal number: x", run.ErrorText);
    }
}
