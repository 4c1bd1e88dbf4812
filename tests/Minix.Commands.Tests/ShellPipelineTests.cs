using System.Text;

namespace Minix.Commands.Tests;

/// <summary>sh runs pipelines of real utilities, redirections, and-or lists and background jobs as dash does.</summary>
public class ShellPipelineTests
{
    private static readonly string[] Filters =
    [
        "sort", "sort -r", "uniq", "grep -v e", "grep a", "head -n 7", "tail -n 5", "tr a-z A-Z", "cut -c 1-4", "wc -l", "cat -n", "sed s/a/A/g", "rev",
    ];

    /// <summary>A pipeline of <paramref name="stages"/> stages: a producer, then filters chosen by <paramref name="seed"/>.</summary>
    private static string GeneratedPipeline(int seed, int stages)
    {
        var random = new Random(seed);
        var text = new StringBuilder(random.Next(2) == 0 ? "cat input" : "cat < input");
        for (int i = 1; i < stages; i++)
            text.Append(" | ").Append(Filters[random.Next(Filters.Length)]);
        return text.ToString();
    }

    public static TheoryData<int, int> Pipelines()
    {
        var data = new TheoryData<int, int>();
        for (int stages = 1; stages <= 6; stages++)
        {
            for (int seed = 1; seed <= 3; seed++)
                data.Add(stages, seed * 10 + stages);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Generated_pipelines_of_1_to_6_utilities_match_dash(int stages, int seed)
    {
        string pipeline = GeneratedPipeline(seed, stages);
        ShellOracle.Same(pipeline + "; echo status $?; " + pipeline + " > out; wc -c < out", prepare: box => box.Write("input", Inputs.Text(seed)));
    }

    [Theory]
    [InlineData("seq 1 100000 | head -n 2; echo $?")]
    [InlineData("seq 1 5 | false; echo $?; false | true; echo $?; ! true | true; echo $?; ! false; echo $?")]
    [InlineData("pwd | cat; cd / | cat; pwd; export X=1 | cat; echo [$X]")]
    [InlineData("printf 'b\\na\\n' |\nsort |\n\ncat -n")]
    public void Pipeline_edge_cases_match_dash(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("echo a > f; echo b >> f; cat < f > g; cat g; cat f")]
    [InlineData("ls nosuch 2> err; echo $?; cat err; ls nosuch f > out 2>&1; cat out")]
    [InlineData("ls nosuch 2>&1 >f | tr a-z A-Z; cat f")]
    [InlineData("exec 3> three; echo x >&3; ls -d . 1>&3; exec 3>&-; cat three")]
    [InlineData("> empty; >> empty2; X=1 > withassign; ls; wc -c empty")]
    [InlineData("echo 1 >f 2>g >h; cat f h; cat < f; echo $?")]
    [InlineData("cat <> rw; echo hi 1<>rw2; cat rw2")]
    [InlineData("exec > all; echo one; ls nosuch; exec 2>&1; ls nosuch")]
    [InlineData("echo $HOME > \"a file\"; cat 'a file' | wc -l; N=name; echo x > $N.out; cat name.out")]
    public void Redirections_into_files_match_dash(string script) => ShellOracle.Same(script, prepare: box => box.Write("f0", "zero\n"));

    [Fact]
    public void A_redirection_from_a_closed_descriptor_is_refused_naming_it()
    {
        ShellRuns runs = ShellOracle.Same("exec 3> three; exec 3>&-; echo z >&3; echo $?", compareErrors: false);
        Assert.Equal("sh: redirection to descriptor 3: Bad file descriptor\n", runs.Ours.ErrorText);
        using var box = new Sandbox();
        CommandRun run = Oracle.Ours("sh", box.Path, ["-c", "ls >&x; echo $?"]);
        Assert.Equal("2\n", run.OutputText);
        Assert.Equal("sh: redirection to \"x\": not a descriptor number (0-9 or -)\n", run.ErrorText);
    }

    [Theory]
    [InlineData("false || echo a && echo b; true && false || echo c; false && echo no; echo $?")]
    [InlineData("true || echo no; echo $?; false || false; echo $?; true &&\n echo continued")]
    [InlineData("exit 7")]
    [InlineData("false; exit")]
    [InlineData("sh -c 'exit 3'; exit")]
    [InlineData("sh -c 'exit 5'; echo $?; sh -c 'kill -9 $$'; echo $?")]
    [InlineData("exit 256")]
    [InlineData("nosuch; echo $?; exit")]
    public void And_or_lists_and_exit_statuses_match_dash(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("sleep 0.3 & echo started; wait; echo waited $?")]
    [InlineData("sh -c 'exit 3' & wait $!; echo $?; false & true & wait; echo $?")]
    [InlineData("echo bg > f & wait; cat f; sleep 0.1 && echo late & wait")]
    [InlineData("sleep 0.2 && echo after & echo first; wait; echo $!x | grep -c '^[0-9]*x$'")]
    [InlineData("cat & wait; echo stdin was /dev/null $?")]
    [InlineData("printf 'a\\nb\\n' | sort -r & wait; echo done")]
    [InlineData("wait 12345; echo $?; wait; echo $?")]
    public void Background_jobs_and_wait_match_dash(string script) => ShellOracle.Same(script);

    [Fact]
    public void Jobs_lists_running_and_finished_background_jobs()
    {
        using var box = new Sandbox();
        CommandRun run = Oracle.Ours("sh", box.Path, ["-c", "sleep 2 & P=$!; sleep 0.1 & sleep 0.5; jobs; echo --; jobs; kill $P; wait; jobs"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "[1] - Running                    sleep 2\n" +
            "[2] + Done                       sleep 0.1\n" +
            "--\n" +
            "[1] + Running                    sleep 2\n",
            run.OutputText);
    }

    [Theory]
    [InlineData(ShellMode.CommandString)]
    [InlineData(ShellMode.ScriptFile)]
    public void Scripts_and_command_strings_get_their_name_and_arguments(ShellMode mode) =>
        ShellOracle.Same("echo $0 $# $1; printf '[%s]' \"$@\"; echo\nX=1\necho $X\n\n# done\nexit 4\necho not reached", mode);

    [Fact]
    public void A_script_without_hash_bang_runs_in_the_shell()
    {
        ShellOracle.Same("./plain a b; echo $?", prepare: box =>
        {
            string script = box.Write("plain", "echo plain $0 $1 $#\nexit 3\n");
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }, compareErrors: false);
    }
}
