namespace Minix.Commands.Tests;

/// <summary>
/// ls -L (--dereference), -H (--dereference-command-line) and --dereference-command-line-symlink-to-dir beside GNU
/// ls: which symbolic links are followed, how a link that cannot be followed is listed, and -R's loops through
/// links. (The image's file system has no symbolic links: there the options change nothing.)
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class LsFollowLinkTests
{
    private static readonly DateTime Old = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    /// <summary>A file, an executable, a directory and links to each, and a link to nothing; whole-second times.</summary>
    private static void Populate(Sandbox box)
    {
        box.Write("f", "hello\n");
        box.Write("run", "#!/bin/sh\n");
        File.SetUnixFileMode(Path.Combine(box.Path, "run"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        box.Write("d/x", "x\n");
        box.Write("d/e/y", "y\n");
        File.CreateSymbolicLink(Path.Combine(box.Path, "link"), "d");
        File.CreateSymbolicLink(Path.Combine(box.Path, "lf"), "f");
        File.CreateSymbolicLink(Path.Combine(box.Path, "lrun"), "run");
        File.CreateSymbolicLink(Path.Combine(box.Path, "dangling"), "nowhere");
        int day = 0;
        foreach (string name in new[] { "f", "run", "d/x", "d/e/y", "d/e", "d" })
            File.SetLastWriteTimeUtc(Path.Combine(box.Path, name), Old.AddDays(day++));
    }

    private static void Same(Sandbox box, params string[][] cases)
    {
        foreach (string[] arguments in cases)
            Oracle.Same("ls", box.Path, arguments);
    }

    [Fact]
    public void Dereference_L_lists_what_each_link_leads_to_and_a_dangling_one_with_question_marks()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["-L"], ["-1L"], ["-lL"], ["-lLi"], ["-sL"], ["-iL"], ["-FL"], ["-pL"], ["-L", "-m", "-s"], ["-L", "-C", "-i"], ["-lLF"], ["-lL", "-g"], ["-lL", "-o"],
            ["-lLn"], ["-lLh"], ["--dereference", "-l", "--time-style=long-iso"], ["-lL", "--full-time"], ["-lL", "lf", "link", "lrun"], ["-L", "dangling"],
            ["-L", "--group-directories-first"], ["-tL"], ["-SL"], ["-L", "-d", "link", "lf"], ["-lL", "d"]);
    }

    [Fact]
    public void Dereference_L_with_R_walks_into_links_to_directories_and_refuses_a_loop_back_up()
    {
        using var box = new Sandbox();
        Populate(box);
        File.CreateSymbolicLink(Path.Combine(box.Path, "d", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(box.Path, "self"), ".");
        Same(box, ["-RL"], ["-RLl"], ["-RL", "d"], ["-RL", "link"], ["-RL", "self"], ["-R", "self"], ["-R"], ["-RL", "d/e", "link"]);
    }

    [Fact]
    public void Dereference_command_line_H_follows_only_the_links_named_on_the_command_line()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["-H"], ["-lH"], ["-H", "lf", "link", "dangling"], ["-lH", "lf", "link", "lrun"], ["-H", "-d", "link"], ["-H", "-F", "link", "lrun"],
            ["--dereference-command-line", "-l", "link"], ["-lHR", "link"], ["-lH", "dangling", "f"]);
    }

    [Fact]
    public void Symlink_to_dir_follows_operand_links_to_directories_even_with_l_d_or_F()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["--dereference-command-line-symlink-to-dir", "-l", "link", "lf"], ["--dereference-command-line-symlink-to-dir", "-F", "link", "dangling"],
            ["--dereference-command-line-symlink-to-dir", "-d", "link"], ["-l", "link"], ["-d", "link"], ["-F", "link"]);
    }

    [Fact]
    public void The_last_of_L_H_and_symlink_to_dir_wins()
    {
        using var box = new Sandbox();
        Populate(box);
        Same(box,
            ["-L", "-H", "-l"], ["-H", "-L", "-l"], ["-L", "--dereference-command-line-symlink-to-dir", "-l", "link"],
            ["--dereference-command-line-symlink-to-dir", "-L", "-l", "link"], ["-H", "--dereference-command-line-symlink-to-dir", "-l", "lf"]);
    }

    [Fact]
    public void A_loop_of_links_cannot_be_accessed_when_followed_and_is_listed_as_a_link_otherwise()
    {
        using var box = new Sandbox();
        Populate(box);
        File.CreateSymbolicLink(Path.Combine(box.Path, "loop"), "loop");
        Same(box,
            ["loop"], ["loop", "f"], ["-l", "loop"], ["-d", "loop"], ["-L", "loop"], ["-H", "loop"], ["--dereference-command-line-symlink-to-dir", "loop"], ["-L"], ["-lL"],
            ["-FL"], ["-RL"]);
    }
}
