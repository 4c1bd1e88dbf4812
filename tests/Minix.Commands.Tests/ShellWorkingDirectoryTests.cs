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

    /// <summary>real/sub, a link to real, and cdpath/zz for CDPATH.</summary>
    private static void LinkedTree(Sandbox box)
    {
        box.Write("real/sub/f", "");
        box.Write("cdpath/zz/f", "");
        File.CreateSymbolicLink(Path.Combine(box.Path, "link"), "real");
    }

    [Theory]
    [InlineData("cd link/sub; pwd; echo \"$PWD\"; cd ..; pwd; cd ..; pwd")]
    [InlineData("cd link; pwd -L; pwd -P; pwd -LP; pwd -PL; cd -P .; pwd")]
    [InlineData("cd -P link/sub; pwd; cd ..; pwd; cd -LP ../link; pwd; cd -PL ../link; pwd")]
    [InlineData("cd link/sub/..; pwd; cd ../real/../link/./sub//; pwd")]
    [InlineData("cd link; PWD=/elsewhere; pwd; cd ..; pwd")]
    [InlineData("cd link; env | grep PWD= | sed \"s|$OLDPWD|OLD|\"; (pwd); echo $(pwd); sh -c pwd")]
    [InlineData("cd link; cd -; cd -; echo \"$OLDPWD\"")]
    [InlineData("unset OLDPWD; cd -; echo $?")]
    [InlineData("cd -- link; pwd; cd /; cd ..; pwd; cd //; pwd; cd ///; pwd")]
    public void Cd_and_pwd_keep_the_path_a_directory_was_reached_by_and_P_uses_the_real_one(string script) =>
        ShellOracle.Same(script, prepare: LinkedTree);

    [Theory]
    [InlineData("CDPATH=$PWD/cdpath; cd zz; pwd")]
    [InlineData("CDPATH=:$PWD/cdpath; cd zz; cd ../..; cd zz; pwd")]
    [InlineData("CDPATH=/nowhere:$PWD/cdpath; cd real; pwd")]
    public void Cd_looks_a_relative_name_up_in_CDPATH_and_prints_where_it_went(string script) =>
        ShellOracle.Same(script, prepare: LinkedTree);

    [Theory]
    [InlineData("cd nosuch; echo $?", "sh: cd: can't cd to nosuch: No such file or directory\n")]
    [InlineData("cd real/sub/f; echo $?", "sh: cd: can't cd to real/sub/f: Not a directory\n")]
    [InlineData("CDPATH=/nowhere; cd nosuch; echo $?", "sh: cd: can't cd to nosuch: No such file or directory\n")]
    [InlineData("CDPATH=$PWD/cdpath; cd ./zz; echo $?", "sh: cd: can't cd to ./zz: No such file or directory\n")]
    public void Cd_that_cannot_enter_a_directory_says_why_and_stays_where_it_was(string script, string message)
    {
        // dash's message stops at the name; ours adds the reason, so only the output and status are dash's.
        ShellRuns runs = ShellOracle.Same(script, prepare: LinkedTree, compareErrors: false);
        Assert.Equal(message, runs.Ours.ErrorText);
    }

    [Theory]
    [InlineData("cd -x; echo $?")]
    [InlineData("pwd -x; echo $?")]
    [InlineData("cd real extra; pwd; pwd extra")]
    [InlineData("HOME=; cd; echo $?; pwd")]
    [InlineData("unset HOME; cd; echo $?")]
    [InlineData("cd link; cd nosuch 2>/dev/null; pwd; echo \"$OLDPWD\" | sed \"s|$PWD|HERE|\"")]
    public void Cd_with_a_wrong_option_or_no_HOME_does_as_dash_does(string script) =>
        ShellOracle.Same(script, prepare: LinkedTree);
}
