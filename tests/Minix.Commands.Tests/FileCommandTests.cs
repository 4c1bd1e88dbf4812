namespace Minix.Commands.Tests;

/// <summary>
/// mkdir, rmdir, rm, ln, mv, cp and pwd beside coreutils': each case runs in two copies of one small tree, and the
/// output, errors, exit status and the tree left behind must match.
/// </summary>
public class FileCommandTests
{
    /// <summary>Files, a nested directory, empty directories and a chain of them, a symbolic link to a directory.</summary>
    private static void Populate(Sandbox box)
    {
        box.Write("f", "hello\n");
        box.Write("g", "other text\n");
        box.Write("d/x", "x\n");
        box.Write("d/e/y", "y\n");
        foreach (string folder in new[] { "empty", "p/q/r", "d/e/hollow" })
            Directory.CreateDirectory(Path.Combine(box.Path, folder));
        File.CreateSymbolicLink(Path.Combine(box.Path, "link"), "d");
    }

    private static void Compare(string tool, params string[][] cases) => Compare(tool, fixedTimes: false, times: false, cases);

    /// <summary>
    /// Runs each case in two fresh copies of the tree; with <paramref name="fixedTimes"/> every file in them first
    /// gets a fixed time of its own (and f and d/e modes of their own), and with <paramref name="times"/> the times
    /// left behind are compared too (so no case may give a file the time of the copy).
    /// </summary>
    private static void Compare(string tool, bool fixedTimes, bool times, params string[][] cases)
    {
        foreach (string[] arguments in cases)
        {
            using var theirs = new Sandbox();
            using var ours = new Sandbox();
            foreach (Sandbox box in new[] { theirs, ours })
            {
                Populate(box);
                if (fixedTimes)
                    FixTimesAndModes(box);
            }

            CommandRun expected = Oracle.Theirs(tool, theirs.Path, arguments);
            CommandRun actual = Oracle.Ours(tool, ours.Path, arguments);
            string what = tool + " " + string.Join(' ', arguments);
            Oracle.AssertSame(what, expected, actual);
            string theirTree = Tree.Snapshot(theirs.Path, times), ourTree = Tree.Snapshot(ours.Path, times);
            Assert.True(theirTree == ourTree, what + ": the trees differ\n--- coreutils ---\n" + theirTree + "--- ours ---\n" + ourTree);
        }
    }

    private static void FixTimesAndModes(Sandbox box)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(box.Path, "f"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead | UnixFileMode.SetUser);
            File.SetUnixFileMode(Path.Combine(box.Path, "d", "e"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }

        Tree.FixTimes(box.Path);
    }

    [Fact]
    public void Mkdir_makes_what_coreutils_makes() => Compare("mkdir",
        ["new"], ["-p", "a/b/c"], ["-pv", "a/b", "d/e/z"], ["-v", "n1", "n2"], ["f"], ["-p", "f/x"], ["nosuch/x"], [], ["d"], ["-p", "d"],
        ["-x"], ["--parents", "s//t/"], ["d/x/y"], ["-p", "link/new"]);

    [Fact]
    public void Mkdir_gives_the_mode_coreutils_gives() => Compare("mkdir",
        ["-m", "700", "new"], ["-m", "0755", "new"], ["-m", "7777", "new"], ["--mode=u=rwx,g=rx,o=", "new"], ["-m", "g-w", "new"], ["-m", "-w", "new"],
        ["-m", "=rx", "new"], ["-m", "=", "new"], ["-m", "+t", "new"], ["-m", "a+t,a+w", "new"], ["-m", "u+s", "new"], ["-m", "g+s,o-rx", "new"],
        ["-m", "g=u,o-w", "new"], ["-m", "u=r=w", "new"], ["-m", "+755", "new"], ["-m", "=X", "new"], ["-m", "o=g-w", "new"], ["-m", "+rwxXst", "new"],
        ["-pm", "700", "a/b/c"], ["-p", "-m", "u=rx", "a/b", "d/e/z"], ["-vm", "711", "n1", "n2"], ["-m", "700", "d"], ["-pm", "700", "d"],
        ["--mode", "go=", "new"]);

    [Fact]
    public void Mkdir_refuses_a_mode_as_coreutils_does() => Compare("mkdir",
        ["-m", "u=rwu", "new"], ["-m", "", "new"], ["-m", ",", "new"], ["-m", "u=r,,g=r", "new"], ["-m", "u+rg", "new"], ["-m", "17777", "new"],
        ["-m", "8", "new"], ["-m", "u=rw,", "new"], ["-m", "u+7", "new"], ["-m", "xyz"], ["-m"], ["-m", "q", "-p", "a/b"]);

    [Fact]
    public void Rmdir_removes_what_coreutils_removes() => Compare("rmdir",
        ["empty"], ["d"], ["f"], ["nosuch"], [], ["-p", "p/q/r"], ["-pv", "p/q/r/"], ["--ignore-fail-on-non-empty", "d"], ["-p", "d/e/hollow"],
        ["-p", "--ignore-fail-on-non-empty", "d/e/hollow"], ["empty", "nosuch", "p/q/r"], ["link"], ["-q"]);

    [Fact]
    public void Rm_removes_what_coreutils_removes() => Compare("rm",
        ["f"], ["nosuch"], ["-f", "nosuch"], [], ["-f"], ["d"], ["-r", "d"], ["-rf", "d", "f", "nosuch"], ["-d", "empty"], ["-dv", "empty", "f"],
        ["-r", "."], ["-r", "d/.."], ["-v", "f", "g"], ["empty"], ["-rv", "p"], ["-d", "d"], ["link"], ["-r", "link"], ["-R", "p/q/"], ["-z"]);

    [Fact]
    public void Rm_refuses_to_remove_the_root_directory_recursively()
    {
        // a broken guard would empty this machine: run our rm on "/" only once the guard is known to see it
        foreach (string root in new[] { "/", "//", "///" })
            Assert.True(Minix.Commands.Rm.RootDirectory.Is(root), root + " is not recognised as the root directory");
        Assert.False(Minix.Commands.Rm.RootDirectory.Is("/tmp"));
        Compare("rm",
            ["-r", "/", "f"], ["-rf", "//", "nosuch", "g"], ["-R", "///", "d"], ["-rv", "/////", "p"], ["-r", "--preserve-root", "/"],
            ["-r", "/.", "f"], ["-r", "/tmp/..", "f"], ["-r", "--no-preserve-root", "--preserve-root", "/"], ["-r", "--no-preserve-root", "d"],
            ["--no-preserve-root=x", "f"]);
    }

    [Fact]
    public void Ln_links_as_coreutils_links() => Compare("ln",
        ["f", "h"], ["f", "g"], ["-f", "f", "g"], ["-s", "f", "h"], ["-sv", "f", "h"], ["-v", "f", "d"], ["nosuch", "q"], ["d", "dd"], [], ["f"],
        ["d/x"], ["f", "g", "nosuchdir"], ["f", "g", "f"], ["-s", "f", "d"], ["-sf", "g", "f"], ["-s", "nosuch", "dangling"], ["f", "g", "empty"],
        ["-v", "f", "link"], ["-f", "f", "f"]);

    [Fact]
    public void Mv_moves_as_coreutils_moves() => Compare("mv",
        [], ["f"], ["nosuch", "x"], ["f", "h"], ["-v", "f", "d"], ["f", "g"], ["-n", "f", "g"], ["d", "d/e"], ["f", "f"], ["f", "g", "d"],
        ["f", "g", "h"], ["-v", "d", "newd"], ["f", "empty"], ["-v", "f", "g", "p/q"], ["link", "l2"], ["p", "empty"], ["f", "nosuch/x"]);

    [Fact]
    public void Cp_copies_as_coreutils_copies() => Compare("cp",
        [], ["f"], ["d", "x"], ["-r", "d", "x"], ["-v", "f", "f2"], ["nosuch", "y"], ["f", "f"], ["f", "g"], ["-n", "f", "g"], ["f", "g", "d"],
        ["-rv", "p", "pp"], ["-r", "d", "d/e"], ["f", "empty"], ["-r", "d", "f"], ["-R", "p", "empty"], ["f", "nosuch/x"], ["-v", "link", "l2"],
        ["f", "g", "h"], ["d/x", "d/e/y", "."], ["f", "new/"], ["f", "d/nosuch/"], ["f", "f/"], ["f", "empty/"]);

    [Fact]
    public void Cp_keeps_modes_and_times_as_coreutils_does() => Compare("cp", fixedTimes: true, times: true,
        ["-p", "f", "h"], ["-p", "f", "g"], ["--preserve", "f", "h"], ["--preserve=mode", "f", "h"], ["--preserve=timestamps", "f", "h"],
        ["--preserve=mode,timestamps,ownership", "f", "h"], ["--preserve=t,m", "f", "h"], ["--preserve=links,xattr", "f", "h"], ["-pr", "d", "dd"],
        ["-a", "d", "dd"], ["-a", "p", "empty"], ["-a", "link", "l2"], ["--archive", "-v", "f", "g", "d"], ["-rp", "d", "d/e"], ["-pv", "f", "d/x"],
        ["-P", "link", "l2"]);

    [Fact]
    public void Cp_updates_forces_links_and_asks_as_coreutils_does() => Compare("cp", fixedTimes: true, times: false,
        ["-u", "f", "g"], ["-u", "g", "f"], ["-uv", "g", "f", "h"], ["-ru", "d", "p", "empty"], ["-f", "f", "g"], ["--force", "f", "h"],
        ["-l", "f", "h"], ["-l", "f", "g"], ["-lf", "f", "g"], ["-rl", "d", "dd"], ["-l", "d", "dd"], ["--link", "-v", "f", "g", "empty"],
        ["-i", "f", "g"], ["-i", "f", "h"], ["-ni", "f", "g"], ["-in", "f", "g"], ["-r", "d", "d/e"], ["-r", "d", "d/e/new"]);

    [Fact]
    public void Cp_takes_a_target_directory_or_none_as_coreutils_does() => Compare("cp",
        ["-t", "d", "f", "g"], ["--target-directory=empty", "f"], ["-t", "empty/", "f"], ["-rt", "empty", "d", "p"], ["-T", "f", "g"], ["-T", "f", "h"],
        ["-rT", "d", "empty"], ["-rT", "p", "new"], ["--no-target-directory", "f", "empty"], ["-t", "nosuch", "f"], ["-t", "f", "g"], ["-t", "d"],
        ["-t", "nosuch"], ["-T", "f"], ["-T"], ["-T", "f", "g", "h"], ["-t", "d", "-T", "f"], ["-T", "d", "e"], ["-t"]);

    [Fact]
    public void Cp_refuses_a_bad_preserve_list_as_coreutils_does() => Compare("cp",
        ["--preserve=xyz", "f", "h"], ["--preserve=", "f", "h"], ["--preserve=mode,bad", "f", "h"], ["--preserve=mode,", "f", "h"]);

    [Fact]
    public void Mv_updates_and_takes_a_target_directory_as_coreutils_does() => Compare("mv", fixedTimes: true, times: true,
        ["-u", "f", "g"], ["-u", "g", "f"], ["-uv", "g", "f", "h"], ["--update", "g", "p", "empty"], ["-t", "d", "f", "g"], ["--target-directory=empty", "f", "p"],
        ["-t", "nosuch", "f"], ["-t", "f", "g"], ["-t", "d"], ["-t", "nosuch"], ["-T", "f"], ["-T", "f", "g", "h"], ["-T", "f", "empty"], ["-T", "p", "empty"],
        ["-T", "empty", "d"], ["-T", "g", "h"], ["-t", "d", "-T", "f"], ["--no-target-directory", "-v", "d", "empty"]);

    [Fact]
    public void Ln_takes_a_target_directory_or_none_as_coreutils_does() => Compare("ln",
        ["-t", "d", "f", "g"], ["--target-directory=empty", "f"], ["-t", "nosuch", "f"], ["-t", "f", "g"], ["-t", "d"], ["-t", "nosuch"], ["-t", "f"],
        ["-t", "f/", "g"], ["-t", "d/x", "f"], ["-T", "f", "empty"], ["-Tf", "f", "empty"], ["-T", "f", "h"], ["-T", "f"], ["-T", "f", "g", "h"],
        ["-t", "d", "-T", "f"], ["-n", "f", "link"], ["-sn", "g", "link"], ["-snf", "g", "link"], ["-s", "g", "link"], ["--no-dereference", "-v", "f", "h"]);

    [Fact]
    public void Touch_makes_the_files_coreutils_makes() => Compare("touch",
        ["new"], ["f", "new"], ["-c", "new"], ["nosuch/x"], [], ["d"], ["-c", "f"], ["new", "nosuch/y", "g"], ["-z"], ["d/"], ["f/"], ["--no-create", "a", "b"]);

    [Fact]
    public void Sleep_reads_its_intervals_as_coreutils_does()
    {
        using var box = new Sandbox();
        foreach (string[] arguments in new[] { new[] { "0.05" }, ["0.02", ".02s", "0.0001m"], ["x", "y"], [], ["1x"], ["."], ["--", "-1"], ["-1"], ["0"], ["0d"], ["0h", "z"] })
            Oracle.Same("sleep", box.Path, arguments);
    }

    [Fact]
    public void Date_formats_a_files_time_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        File.SetLastWriteTimeUtc(Path.Combine(box.Path, "g"), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(box.Path, "f"), new DateTime(2024, 12, 31, 23, 59, 58, DateTimeKind.Utc));
        foreach (string[] arguments in new[]
        {
            new[] { "-r", "g" }, ["-u", "-r", "f"], ["-r", "g", "+%Y-%m-%d %H:%M:%S %j %a %A %^b %_d %-m %s %Z %z %% %q"], ["--reference=f", "+%c|%D|%F|%T|%r|%R|%e|%k|%l|%p|%P|%u|%w|%y|%C|%I|%x|%X"],
            ["-r", "nosuch"], ["x"], ["+a", "+b"], ["-z"], ["-r"], ["-r", "f", "+"], ["-r", "d", "+%s%n%t%"],
        })
        {
            Oracle.Same("date", box.Path, arguments);
        }

        CommandRun now = Oracle.Ours("date", box.Path, ["-u", "+%s"]);
        Assert.InRange(long.Parse(now.OutputText), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
    }

    [Fact]
    public void Sync_reports_what_coreutils_reports() => Compare("sync", [], ["f"], ["nosuch", "f", "nosuch/x"], ["d"], ["-z"]);

    [Fact]
    public void Ls_lists_what_coreutils_lists_when_not_on_a_terminal()
    {
        // never -la of the sandbox itself: its .. is the shared temporary folder, whose link count others change
        using var box = new Sandbox();
        Populate(box);
        box.Write(".hidden", "h\n");
        box.Write("p/q/big", new byte[70000]);
        File.SetLastWriteTimeUtc(Path.Combine(box.Path, "g"), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(box.Path, "d", "x"), DateTime.UtcNow.AddDays(400));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(box.Path, "f"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.SetUser | UnixFileMode.OtherExecute);
        foreach (string[] arguments in new[]
        {
            Array.Empty<string>(), ["-a"], ["-A"], ["-l"], ["-la", "d"], ["-lA", "p/q"], ["-d", "d"], ["-ld", "d", "f"], ["d"], ["f", "d", "empty"], ["nosuch"],
            ["nosuch", "f"], ["-r"], ["-1"], ["link"], ["-l", "link"], ["-lr", "d"], ["-z"], ["d/e", "p"], ["-l", "d", "g"], ["--all", "empty"],
        })
        {
            Oracle.Same("ls", box.Path, arguments);
        }
    }

    [Fact]
    public void Ls_long_lists_a_device_with_its_major_and_minor_numbers_as_coreutils_does()
    {
        // the host's own special files: character devices, a block device if there is one, a minor number past 255
        using var box = new Sandbox();
        Populate(box);
        box.Write("big", new byte[70000]);
        string[] devices = new[] { "/dev/null", "/dev/zero", "/dev/full", "/dev/loop0", "/dev/cpu_dma_latency" }.Where(File.Exists).ToArray();
        Assert.Contains("/dev/null", devices);
        foreach (string[] arguments in new[]
        {
            new[] { "-l", "/dev/null" }, ["-l", "/dev/null", "f"], ["-l", "/dev/null", "big"], ["-l", .. devices], ["-l", .. devices, "big", "f"], ["-ld", "/dev/null", "d"],
            ["/dev/null"],
        })
        {
            Oracle.Same("ls", box.Path, arguments);
        }
    }

    [Fact]
    public void Pwd_prints_the_working_directory_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        string inside = Path.Combine(box.Path, "d");
        string viaLink = Path.Combine(box.Path, "link");
        var environment = new Dictionary<string, string> { ["PWD"] = viaLink };
        foreach (string[] arguments in new[] { Array.Empty<string>(), ["-P"], ["-L"], ["-LP"], ["-PL"], ["x"], ["-z"], ["--logical"] })
            Oracle.Same("pwd", inside, arguments, environment: environment);
        Oracle.Same("pwd", inside, ["-L"], environment: new Dictionary<string, string> { ["PWD"] = viaLink + "/../link" });
        Oracle.Same("pwd", inside, ["-L"], environment: new Dictionary<string, string> { ["PWD"] = box.Path });
    }
}
