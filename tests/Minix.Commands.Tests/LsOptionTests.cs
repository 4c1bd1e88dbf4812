namespace Minix.Commands.Tests;

/// <summary>
/// ls's options beyond the plain listing beside GNU ls's, each case in the C locale and UTC with the output not a
/// terminal: -R and how it goes with the others, the orders (-t, -S, -X, -U, -f, -r, --sort,
/// --group-directories-first) and times (-u, -c), the marks (-F, -p, --file-type), -i, -s, -h and --si, the long
/// format's variants (-n, -g, -o, -G) and --color. Times are set to whole seconds, as the image's file system keeps
/// them: GNU breaks ties of -t on the host's nanoseconds.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class LsOptionTests
{
    private static readonly DateTime Old = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    /// <summary>Files, nested directories, an empty one, a symbolic link to a directory and a dangling one.</summary>
    private static void Populate(Sandbox box)
    {
        box.Write("f", "hello\n");
        box.Write("g", "other text\n");
        box.Write(".hidden", "h\n");
        box.Write("d/x", "x\n");
        box.Write("d/.dot", "dot\n");
        box.Write("d/e/y", "y\n");
        foreach (string folder in new[] { "empty", "p/q/r", "d/e/hollow", "a:b" })
            Directory.CreateDirectory(Path.Combine(box.Path, folder));
        File.CreateSymbolicLink(Path.Combine(box.Path, "link"), "d");
        File.CreateSymbolicLink(Path.Combine(box.Path, "dangling"), "nowhere");
    }

    private static void Same(Sandbox box, params string[][] cases)
    {
        foreach (string[] arguments in cases)
            Oracle.Same("ls", box.Path, arguments);
    }

    private static void Run(string program, params string[] arguments) =>
        Assert.Equal(0, CommandRun.Start(program, arguments, Path.GetTempPath()).ExitCode);

    [Fact]
    public void Ls_R_lists_each_directory_below_under_a_heading_with_a_blank_line_between_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["-R"], ["-R", "."], ["-R", "d"], ["--recursive", "p"], ["-R", "d/"], ["-R", "d", "p", "empty"], ["-R", "f", "d"], ["-R", "f", "g"],
            ["-R", "nosuch", "d/e"], ["-R", "nosuch"], ["-R1", "p"], ["-Rr", "d"], ["-R", "empty"], ["-R", "d/e/hollow", "f"]);
    }

    [Fact]
    public void Ls_R_follows_a_link_named_on_the_command_line_but_no_link_below_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box, ["-R", "link"], ["-lR", "link"], ["-R", "link", "f"], ["-RF", "link"], ["-R", "dangling"]);
    }

    [Fact]
    public void Ls_R_combines_with_a_A_d_l_and_s_as_coreutils_does()
    {
        // never -la of the sandbox itself: its .. is the shared temporary folder, whose link count others change
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["-Ra", "d"], ["-RA"], ["-RA", "d"], ["-lR"], ["-lR", "d"], ["-lRa", "d"], ["-lR", "f", "d/e"], ["-dR", "d", "f"], ["-dR"], ["-Rs", "d"], ["-Rsh", "p"],
            ["-Ri", "d"], ["-RF"], ["-Rp", "d"]);
    }

    [Fact]
    public void Ls_R_walks_a_tree_deeper_than_a_recursive_listing_would_go_on_the_images_stack()
    {
        using var box = new Sandbox();
        string path = Path.Combine(box.Path, "deep");
        for (int level = 0; level < 1500; level++)
            path = Path.Combine(path, level % 2 == 0 ? "a" : "b");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "leaf"), "leaf\n");
        Same(box, ["-R"], ["-R", "deep/a/b/a"], ["-lR", "deep/a/b"]);
    }

    [Fact]
    public void Ls_R_reports_a_directory_it_cannot_open_without_its_heading_and_goes_on_as_coreutils_does()
    {
        // root opens any directory: then both run as nobody, through util-linux's setpriv
        bool root = Environment.UserName == "root";
        Assert.True(!root || File.Exists("/usr/bin/setpriv"), "run as root, this test needs /usr/bin/setpriv (util-linux) to run both ls as nobody, who cannot open the directory");
        string[] prefix = root ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
        using var box = new Sandbox();
        Populate(box);
        box.Write("p/q/r/s", "s\n");
        File.SetUnixFileMode(Path.Combine(box.Path, "p", "q"), UnixFileMode.UserWrite);
        foreach (string[] arguments in new[] { ["-R"], ["-R", "p"], ["-R", "p/q"], ["-R", "p/q", "d"], ["-lR", "p", "f"], ["p/q"], new[] { "-R", "p", "nosuch" } })
        {
            CommandRun theirs = Prefixed(prefix, "ls", arguments, box.Path);
            CommandRun ours = Prefixed(prefix, "dotnet", [Path.Combine(AppContext.BaseDirectory, "ls.dll"), .. arguments], box.Path);
            Oracle.AssertSame("ls " + string.Join(' ', arguments), theirs, ours);
        }
    }

    private static CommandRun Prefixed(string[] prefix, string program, string[] arguments, string folder) =>
        prefix.Length == 0 ? CommandRun.Start(program, arguments, folder) : CommandRun.Start(prefix[0], [.. prefix[1..], program, .. arguments], folder);

    /// <summary>Files of several sizes and whole-second times, with ties broken by name, and extensions.</summary>
    private static void PopulateForSorting(Sandbox box)
    {
        (string Name, int Size, int Day)[] files =
        [
            ("b.txt", 300, 5), ("a.c", 70000, 2), ("c", 300, 9), ("z.c", 12, 5), (".h.a", 1, 1), ("big.tar.gz", 1500, 3), ("m", 0, 7), ("d/x.c", 5, 4),
            ("d/y", 50, 6),
        ];
        foreach (var (name, size, day) in files)
        {
            string file = box.Write(name, new byte[size]);
            File.SetLastWriteTimeUtc(file, Old.AddDays(day));
            File.SetLastAccessTimeUtc(file, Old.AddDays(30 - day * 3 % 11));
        }

        foreach (var (name, day) in new[] { ("d", 8), ("e", 5) })
        {
            Directory.CreateDirectory(Path.Combine(box.Path, name));
            Directory.SetLastWriteTimeUtc(Path.Combine(box.Path, name), Old.AddDays(day));
            Directory.SetLastAccessTimeUtc(Path.Combine(box.Path, name), Old.AddDays(day));
        }

        File.CreateSymbolicLink(Path.Combine(box.Path, "ld"), "d");
        File.CreateSymbolicLink(Path.Combine(box.Path, "lf"), "c");
        foreach (string link in new[] { "ld", "lf" })
            Run("touch", "-h", "-d", "2001-02-06 00:00:00", Path.Combine(box.Path, link));
    }

    [Fact]
    public void Ls_sorts_by_time_size_extension_or_not_at_all_ties_by_name_as_coreutils_does()
    {
        using var box = new Sandbox();
        PopulateForSorting(box);
        Same(box,
            ["-t"], ["-tr"], ["-S"], ["-Sr"], ["-X"], ["-Xr"], ["-U"], ["-Ur"], ["-f"], ["-f", "d"], ["-fl", "d"], ["-lf", "d"], ["-tA"], ["-lt"], ["-lS"], ["-lSr", "d"],
            ["-t", "c", "a.c", "b.txt", "d", "e"], ["-S", "c", "b.txt", "d", "a.c"], ["-U", "c", "b.txt", "e", "a.c", "d"], ["-tR"], ["-SR"], ["-St"], ["-tS"],
            ["--sort=size"], ["--sort=time", "-r"], ["--sort=extension"], ["--sort=none", "d"], ["--sort=width"], ["--sort=ti"], ["--sort=t", "-l"]);
    }

    [Fact]
    public void Ls_u_and_c_choose_the_time_shown_and_sorted_by_as_coreutils_does()
    {
        using var box = new Sandbox();
        PopulateForSorting(box);

        // reading a link (ls -l) sets its access time, so the second ls would see another one than the first
        File.Delete(Path.Combine(box.Path, "ld"));
        File.Delete(Path.Combine(box.Path, "lf"));
        Same(box, ["-u"], ["-ur"], ["-lu"], ["-ltu"], ["-lu", "-t", "c", "m", "a.c"], ["--time=atime", "-t"], ["--time=use", "-l"], ["-uS"], ["-c", "c"], ["-1c", "m"]);
    }

    [Fact]
    public void Ls_puts_directories_and_links_to_them_first_with_group_directories_first_as_coreutils_does()
    {
        using var box = new Sandbox();
        PopulateForSorting(box);
        Same(box, ["--group-directories-first"], ["--group-directories-first", "-r"], ["--group-directories-first", "-S"], ["--group-directories-first", "-l"],
            ["--group-directories-first", "-U"], ["--group-directories-first", "-d", "d", "c", "e", "a.c"]);
    }

    [Fact]
    public void Ls_refuses_a_wrong_word_for_sort_time_color_classify_or_indicator_style_as_coreutils_does()
    {
        using var box = new Sandbox();
        PopulateForSorting(box);
        Same(box, ["--sort=bad"], ["--sort="], ["--time=c"], ["--time=x", "c"], ["--color=sometimes"], ["--classify=al"], ["--indicator-style=x"], ["--indicator-style"],
            ["--sort"]);
    }

    [Fact]
    public void Ls_a_and_A_whichever_comes_last_wins_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box, ["-aA", "d"], ["-Aa", "d"], ["-a", "-A", "d"], ["--almost-all", "--all", "d"]);
    }

    /// <summary>Every kind of file the marks tell apart: a FIFO, an executable, links to a directory, a file, an executable and nothing.</summary>
    private static void PopulateForMarks(Sandbox box)
    {
        Populate(box);
        box.Write("run", "#!/bin/sh\n");
        File.SetUnixFileMode(Path.Combine(box.Path, "run"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute);
        File.CreateSymbolicLink(Path.Combine(box.Path, "lrun"), "run");
        File.CreateSymbolicLink(Path.Combine(box.Path, "lf"), "f");
        Run("mkfifo", Path.Combine(box.Path, "pipe"));
    }

    [Fact]
    public void Ls_F_and_p_mark_each_name_with_its_kind_as_coreutils_does()
    {
        using var box = new Sandbox();
        PopulateForMarks(box);
        Same(box,
            ["-F"], ["-p"], ["--file-type"], ["--classify"], ["--classify=always"], ["--classify=never"], ["--classify=auto"], ["-pF"], ["-Fp"],
            ["--indicator-style=classify"], ["--indicator-style=slash"], ["--indicator-style=file-type"], ["--indicator-style=none", "-F"],
            ["-lF"], ["-lp"], ["-l", "--file-type"], ["-F", "link", "lrun", "dangling", "pipe", "d"], ["-p", "link", "lrun", "d", "run"], ["-lF", "link", "lrun", "lf", "dangling"],
            ["-dF", "d", "link", "."], ["-RF", "d"]);
    }

    [Fact]
    public void Ls_i_s_h_and_si_show_inodes_and_sizes_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        box.Write("big", new byte[70000]);
        box.Write("mid", new byte[1500]);
        box.Write("k", new byte[1024]);
        using (var sparse = new FileStream(Path.Combine(box.Path, "sparse"), FileMode.Create))
            sparse.SetLength(5L << 30);
        Same(box,
            ["-i"], ["-i", "d"], ["-i", "f", "d"], ["-s"], ["-s", "d"], ["-s", "f", "big", "d"], ["-sh"], ["-lh"], ["-lsh"], ["--si", "-s"], ["--si", "-l"], ["-lis"],
            ["-lis", "f", "big"], ["-si", "big", "f"], ["-h", "-s", "big", "mid", "k", "sparse", "empty"], ["-hl", "--si", "big"], ["--si", "-hl", "big"], ["-ksh"],
            ["--size", "--inode", "--human-readable", "d"], ["-sf", "d"], ["-fs", "d"]);
    }

    [Fact]
    public void Ls_n_g_o_and_G_change_the_long_formats_owner_and_group_columns_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        if (Environment.UserName == "root")
        {
            // ids with no name in /etc/passwd and /etc/group are numbers, set to the right of their column
            Run("chown", "4242:4343", Path.Combine(box.Path, "g"));
            Run("chown", "65534:65534", Path.Combine(box.Path, "d"));
        }

        Same(box, ["-n"], ["-g"], ["-o"], ["-lG"], ["-go"], ["-n", "f", "g"], ["-l", "f", "g", "d"], ["-og", "d"], ["-Gn"], ["--numeric-uid-gid", "--no-group", "f"], ["-n1", "f"], ["-1n", "f"]);
    }

    [Fact]
    public void Ls_accepts_color_and_never_colours_when_not_on_a_terminal_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box, ["--color=never"], ["--color=auto"], ["--color=none", "d"], ["--col=tty", "-l", "f"], ["--color=if-tty", "-F"]);
    }

    [Fact]
    public void Ls_C_x_and_m_fill_the_lines_width_with_columns_rows_or_commas_as_coreutils_does()
    {
        using var box = new Sandbox();
        Populate(box);
        foreach (string name in new[] { "alpha", "b", "charlie.txt", "delta-delta-delta", "echo", "fox", "golf.tar.gz", "h", "india", "juliet", "kilo", "lima-lima", "mike", "nov" })
            box.Write(name, name);
        Same(box,
            ["-C"], ["-x"], ["-m"], ["-w", "30", "-C"], ["-w30", "-x"], ["-w", "20", "-m"], ["-Ci"], ["-Cs"], ["-mis"], ["-xsh"], ["-w0", "-C"], ["-w0", "-x"], ["-w0", "-T8", "-C"], ["-w0", "-m"], ["-w", "5", "-C"],
            ["-w1", "-x"], ["-T0", "-C"], ["-T", "3", "-C"], ["-CF"], ["-mp"], ["-Cl", "f"], ["-lC", "f"], ["-C1"], ["-1C"], ["-C", "d", "empty", "f", "g"], ["-m", "empty"],
            ["-CR", "d"], ["-Cf", "d"], ["--format=commas"], ["--format=across", "-w", "40"], ["--format=vertical"], ["--format=long", "f"], ["--format=verbose", "f"],
            ["--format=single-column"], ["--width=40", "-C"], ["-w", "0x20", "-C"], ["-w", "010", "-C"], ["-w", "x"], ["-T", "x"], ["-w", "-1"], ["--format=x"]);
        foreach (string columns in new[] { "40", "bad", "0" })
        {
            var environment = new Dictionary<string, string> { ["COLUMNS"] = columns };
            foreach (string[] arguments in new[] { ["-C"], ["-m"], Array.Empty<string>(), ["-w", "60", "-x"] })
                Oracle.Same("ls", box.Path, arguments, environment: environment);
        }
    }

    [Fact]
    public void Ls_time_style_and_full_time_write_the_long_formats_times_as_coreutils_does()
    {
        using var box = new Sandbox();
        PopulateForSorting(box);
        string recent = box.Write("recent", "r\n");
        DateTime yesterday = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(recent, yesterday.AddTicks(-(yesterday.Ticks % TimeSpan.TicksPerSecond)));
        Same(box,
            ["--time-style=long-iso", "-l"], ["--time-style=iso", "-l"], ["--time-style=full-iso", "-l"], ["--time-style=locale", "-l"], ["--full-time"], ["--full-time", "d"],
            ["--time-style=iso", "--full-time"], ["--full-time", "--time-style=iso"], ["--time-style=x", "-l"], ["--time-style=x"], ["--time-style=l", "-l"],
            ["--time-style=long", "-l"], ["--time-style=posix-iso", "-l"], ["--time-style=+%s %Y", "-l"], ["--time-style=+%Y\n%H:%M", "-l"], ["--time-style=+<%b>", "-go"],
            ["--time-style=long-iso", "-lu"], ["--full-time", "-f"]);
        foreach (string style in new[] { "long-iso", "iso", "bad", "+%Y" })
        {
            var environment = new Dictionary<string, string> { ["TIME_STYLE"] = style };
            foreach (string[] arguments in new[] { ["-l"], ["c"], new[] { "--time-style=full-iso", "-l" } })
                Oracle.Same("ls", box.Path, arguments, environment: environment);
        }
    }
}
