namespace Minix.Commands.Tests;

/// <summary>
/// trap: actions for INT, TERM and EXIT run as dash runs them (a caught signal's action between commands, EXIT's when
/// the shell ends, exit inside an action ends the shell with its status), trap - restores the default action.
/// </summary>
public class ShellTrapTests
{
    [Theory]
    [InlineData("trap 'echo caught' INT TERM; trap 'echo bye' EXIT; trap; trap - INT; trap; trap -- - TERM; trap")]
    [InlineData("trap 'echo $?; exit 5' EXIT; exit 3")]
    [InlineData("trap 'echo at exit $?' EXIT; false")]
    [InlineData("trap 'echo at exit' 0; echo body; trap - EXIT; echo no trap")]
    [InlineData("f() { trap 'echo in trap' EXIT; return 2; }; f; echo end $?")]
    [InlineData("trap 'echo caught; exit 4' TERM; kill -TERM $$; sleep 1; echo not reached")]
    [InlineData("trap 'echo caught $?' INT; false; kill -INT $$; sleep 0.5; echo after $?; trap - INT; kill -INT $$; sleep 0.5; echo not reached")]
    [InlineData("trap '' INT; trap; kill -INT $$; sleep 0.3; echo survived; trap 2; kill -INT $$; sleep 0.5; echo not reached")]
    [InlineData("trap 'echo term; trap - TERM' TERM; kill -TERM $$; sleep 0.5; echo once; kill -TERM $$; sleep 0.5; echo not reached")]
    [InlineData("trap 'echo exit trap' EXIT; trap 'exit 7' INT; kill -INT $$; sleep 1; echo not reached")]
    public void Traps_run_as_in_dash(string script)
    {
        ShellOracle.Same(script);
        ShellOracle.Same(script, ShellMode.ScriptFile);
    }

    [Theory]
    [InlineData("trap 'echo x' BAD; echo status $?", "sh: trap: BAD: bad trap\n")]
    [InlineData("trap 'echo x' 99; echo status $?", "sh: trap: 99: bad trap\n")]
    public void A_bad_condition_is_named_with_status_1_and_the_script_goes_on(string script, string message)
    {
        ShellRuns runs = ShellOracle.Same(script, compareErrors: false);
        Assert.Equal(message, runs.Ours.ErrorText);
        Assert.Equal("status 1\n", runs.Ours.OutputText);
    }

    [Theory]
    [InlineData("trap 'echo (' EXIT; echo body")]
    [InlineData("trap 'echo (' INT; kill -INT $$; sleep 0.5; echo not reached")]
    public void A_trap_action_with_a_syntax_error_is_named_and_ends_the_script_with_status_2(string script)
    {
        ShellRuns runs = ShellOracle.SameFault(script);
        Assert.Equal(2, runs.Ours.ExitCode);
        Assert.Contains("trap action \"echo (\": syntax error on its line 1", runs.Ours.ErrorText);
    }

    [Fact]
    public void An_interactive_shell_goes_on_after_a_bad_trap_and_runs_its_exit_trap()
    {
        CommandRun run = ShellOracle.Interactive("trap 'echo x' NOSUCH\necho after $?\ntrap 'echo leaving' EXIT\n");
        Assert.Equal("after 1\nleaving\n", run.OutputText);
        Assert.Contains("sh: trap: NOSUCH: bad trap", run.ErrorText);
        Assert.Equal(0, run.ExitCode);
    }
}
