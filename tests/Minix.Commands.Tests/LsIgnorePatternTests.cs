namespace Minix.Commands.Tests;

/// <summary>
/// ls -I (--ignore), --hide and -B (--ignore-backups) beside GNU ls: which names a directory's listing leaves out,
/// the patterns matched as fnmatch matches them with FNM_PERIOD.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class LsIgnorePatternTests
{
    /// <summary>Names with dots, tildes, brackets, a backslash and a directory below.</summary>
    private static void Populate(Sandbox box)
    {
        foreach (string name in new[] { "f", "g.c", "h.txt", "a~", ".b~", ".dot", "[a]", "x\\y", "]z", "-m", "A1", "d/x.c", "d/y", "d/.z~" })
            box.Write(name, name);
    }

    private static void Same(Sandbox box, params string[][] cases)
    {
        foreach (string[] arguments in cases)
            Oracle.Same("ls", box.Path, arguments);
    }

    [Fact]
    public void Ignore_patterns_leave_out_matching_names_even_with_a_or_A()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["-I", "*.c"], ["--ignore=*.c", "-R"], ["-I", "f", "-I", "d"], ["-a", "-I", "*.c"], ["-A", "--ignore", "h*"], ["-I*"], ["-a", "-I", "*"],
            ["-I", ""], ["--ignore="], ["-I", "*", "-m"]);
    }

    [Fact]
    public void Hide_patterns_leave_out_matching_names_unless_a_or_A_is_given()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["--hide=*.c"], ["--hide=*.c", "-R"], ["--hide=*.c", "-a"], ["-a", "--hide=*.c"], ["--hide=*.c", "-A"], ["--hide=f", "--hide=g*"], ["-f", "--hide=*"],
            ["--hide=*", "-I", "f"], ["--hide=*.c", "-a", "-I", "f"]);
    }

    [Fact]
    public void Ignore_backups_B_leaves_out_names_ending_in_a_tilde()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box, ["-B"], ["-Ba"], ["-BA"], ["--ignore-backups", "-R", "-a"], ["-B", "-I", "f"]);
    }

    [Fact]
    public void Ignore_patterns_match_as_fnmatch_a_leading_dot_only_by_a_dot_written_in_the_pattern()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["-a", "-I", ".*"], ["-a", "-I", "?dot"], ["-a", "-I", "[.]dot"], ["-a", "-I", "*dot"], ["-a", "-I", "[!a]*"], ["-a", "-I", ".d?t"], ["-I", "[[:alpha:]]"],
            ["-I", "[!d]*"], ["-I", "[^d]*"], ["-I", "[[]a]"], ["-I", "[a"], ["-I", "*["], ["-I", "[][]*"], ["-I", "[]]*"], ["-I", "[[:foo:]]*"], ["-I", "[z-a]*"],
            ["-I", "x\\"], ["-I", "x\\\\y"], ["-I", "\\f"], ["-I", "[a-g]*"], ["-I", "[[:upper:]][[:digit:]]"], ["-I", "[-m]*"], ["-I", "[!-]*"], ["-I", "*.[ct]*"],
            ["-I", "[\\]]z"], ["-I", "?"], ["-I", "**c"], ["-I", "*.c*"]);
    }

    [Fact]
    public void Ignore_and_hide_leave_names_given_on_the_command_line_alone_and_I_needs_a_pattern()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box, ["-I", "f", "f", "g.c"], ["--hide=*.c", "g.c", "d"], ["-d", "-I", "*", "d", "f"], ["-I"], ["--hide"]);
    }
}
