namespace Minix.Commands.Tests;

/// <summary>PWD at start-up, as dash sets it: kept only when it names the working directory, else the real path; exported.</summary>
public class ShellWorkingDirectoryTests
{
    [Fact]
    public void PWD_names_the_working_directory_the_shell_started_in()
    {
        // The test host's PWD is not the folder the shells start in: dash replaces it, and so must we.
        ShellRuns runs = ShellOracle.Same("echo \"$PWD\"; [ \"$PWD\" = \"$(pwd)\" ] && echo same; env | grep -c '^PWD='; sh -c 'echo \"$PWD\"' | wc -l");
        Assert.Contains("same\n1\n1\n", runs.Ours.OutputText);
    }

    [Fact]
    public void PWD_names_the_working_directory_in_a_script_too() =>
        ShellOracle.Same("echo \"$PWD\"; cd sub; echo \"$PWD\"; cd ..; echo \"$PWD $OLDPWD\"", ShellMode.ScriptFile, box => box.Write("sub/f", ""));
}
