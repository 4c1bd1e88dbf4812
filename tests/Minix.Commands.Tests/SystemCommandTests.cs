using Minix.Commands.Ps;
using Minix.Commands.Uptime;
using Minix.Kernel;
using Minix.Posix;

namespace Minix.Commands.Tests;

/// <summary>
/// The commands that ask the process manager or VFS about the whole system (ps, uptime, halt, reboot, mount, umount).
/// On the host only uptime has the system's answer to compare with (procps' uptime); the others' formatting and
/// errors are checked here and their work on the image.
/// </summary>
public class SystemCommandTests : IDisposable
{
    private readonly Sandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Uptime_prints_the_time_and_how_long_the_system_is_up_as_procps_begins_its_line()
    {
        for (int attempt = 0; ; attempt++)
        {
            string theirs = Oracle.Theirs("uptime", _sandbox.Path, []).OutputText;
            CommandRun ours = Oracle.Ours("uptime", _sandbox.Path, []);
            Assert.Equal(0, ours.ExitCode);
            // procps goes on with users and the load average, which the system does not keep.
            string expected = theirs[..theirs.IndexOf(',')] + "\n";
            if (ours.OutputText == expected || attempt == 2)
            {
                Assert.Equal(expected, ours.OutputText);
                return;
            }
        }
    }

    [Theory]
    [InlineData(1_700_000_000, 59, " 22:13:20 up 0 min")]
    [InlineData(1_700_000_000, 60 * 47, " 22:13:20 up 47 min")]
    [InlineData(1_700_000_001, 3600 * 5 + 60 * 7, " 22:13:21 up  5:07")]
    [InlineData(1_700_000_000, 86400 + 3600 * 11 + 60 * 30, " 22:13:20 up 1 day, 11:30")]
    [InlineData(1_700_000_000, 86400 * 3 + 60 * 2, " 22:13:20 up 3 days, 2 min")]
    public void Uptime_shows_minutes_hours_and_days_as_procps_does(long now, long up, string line)
    {
        Assert.Equal(line, Uptime.Uptime.Format(now, up));
    }

    [Fact]
    public void Ps_lists_every_process_in_pid_order_with_parent_group_owner_state_and_cpu_time()
    {
        ProcessListEntry[] table =
        [
            Entry(12, 1, 12, 100, 'S', 6125, "sh"),
            Entry(1, 0, 1, 0, 'S', 30, "init"),
            Entry(13, 12, 13, 100, 'R', 0, "ps"),
            Entry(9, 1, 9, 0, 'Z', 100, "longprocessname1"),
        ];

        Assert.Equal(
            "  PID  PPID  PGRP   UID S     TIME CMD\n" +
            "    1     0     1     0 S     0:00 init\n" +
            "    9     1     9     0 Z     0:01 longprocessname1\n" +
            "   12     1    12   100 S     1:01 sh\n" +
            "   13    12    13   100 R     0:00 ps\n",
            ProcessStatus.Format(table, 100));
    }

    [Theory]
    [InlineData("ps", "ps: cannot read the process table: Function not implemented\n")]
    [InlineData("halt", "halt: cannot halt: Function not implemented\n")]
    public void A_call_the_host_does_not_have_fails_with_its_reason_and_status_1(string name, string error)
    {
        CommandRun run = Oracle.Ours(name, _sandbox.Path, []);

        Assert.Equal(error, run.ErrorText);
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("ps")]
    [InlineData("uptime")]
    [InlineData("halt")]
    public void Commands_that_take_no_operands_refuse_one_by_name(string name)
    {
        CommandRun run = Oracle.Ours(name, _sandbox.Path, ["now"]);

        Assert.Equal($"{name}: extra operand 'now'\nTry '{name} --help' for more information.\n", run.ErrorText);
        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData("mount", new[] { "/dev/c0d1" }, "mount: missing operand\nUsage: mount [-r] SPECIAL DIRECTORY\n")]
    [InlineData("mount", new[] { "/dev/c0d1", "/mnt", "/usr" }, "mount: extra operand '/usr'\nUsage: mount [-r] SPECIAL DIRECTORY\n")]
    [InlineData("mount", new[] { "-x", "/dev/c0d1", "/mnt" }, "mount: invalid option -- 'x'\nUsage: mount [-r] SPECIAL DIRECTORY\n")]
    [InlineData("umount", new string[0], "umount: missing operand\nUsage: umount PATH...\n")]
    public void Mount_and_umount_name_what_is_wrong_with_their_operands_and_exit_2(string name, string[] arguments, string error)
    {
        CommandRun run = Oracle.Ours(name, _sandbox.Path, arguments);

        Assert.Equal(error + $"Try '{name} --help' for more information.\n", run.ErrorText);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void A_failed_mount_names_the_device_the_directory_and_the_reason()
    {
        CommandRun run = Oracle.Ours("mount", _sandbox.Path, ["-r", "/dev/c0d1", "/mnt"]);

        Assert.Equal("mount: cannot mount '/dev/c0d1' on '/mnt': Function not implemented\n", run.ErrorText);
        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData("-k")]
    [InlineData("-i")]
    public void Df_reports_the_file_system_holding_a_file_as_gnu_df_does(string option)
    {
        _sandbox.Write("sub/file", "x");
        string[] arguments = [option, "sub/file", "/nonexistent file", "."];
        for (int attempt = 0; ; attempt++)
        {
            CommandRun theirs = Oracle.Theirs("df", _sandbox.Path, arguments);
            CommandRun ours = Oracle.Ours("df", _sandbox.Path, arguments);
            Assert.Equal(theirs.ErrorText, ours.ErrorText);
            Assert.Equal(theirs.ExitCode, ours.ExitCode);
            // Other programs write to this disk while the two run: the used and free figures may move between them.
            if (theirs.OutputText == ours.OutputText || attempt == 4)
            {
                Assert.Equal(SteadyColumns(theirs.OutputText), SteadyColumns(ours.OutputText));
                return;
            }
        }
    }

    [Theory]
    [InlineData("df", "/", "/dev", "/")]
    [InlineData("df", "-i", "/", "/dev", "/")]
    [InlineData("mount")]
    public void Df_and_mount_read_dev_once_however_many_file_systems_they_name(string name, params string[] arguments)
    {
        // strace sees the directory opened: one open of /dev names every row's device.
        string trace = Path.Combine(_sandbox.Path, "trace");
        string program = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        CommandRun run = CommandRun.Start("strace", ["-f", "-qq", "-e", "trace=open,openat", "-o", trace, "dotnet", program, .. arguments], _sandbox.Path);

        Assert.True(run.ExitCode == 0, run.ErrorText);
        string[] rows = run.OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(rows.Length >= (name == "df" ? 4 : 2), $"{name} named too few file systems to tell:\n{run.OutputText}");
        string[] devOpens = File.ReadAllLines(trace).Where(line => line.Contains("\"/dev\"", StringComparison.Ordinal) && line.Contains("O_DIRECTORY", StringComparison.Ordinal)).ToArray();
        Assert.True(devOpens.Length == 1, $"{name} opened /dev {devOpens.Length} times for:\n{run.OutputText}");
    }

    [Theory]
    [InlineData(0, 0, "-")]
    [InlineData(1, 199, "1%")]
    [InlineData(2, 198, "1%")]
    [InlineData(3, 197, "2%")]
    [InlineData(100, 0, "100%")]
    public void Df_rounds_its_use_percentage_up_as_gnu_df_does(long used, long available, string shown)
    {
        Assert.Equal(shown, Df.DiskFree.Percent(used, available));
    }

    [Fact]
    public void Df_pads_each_column_to_its_widest_cell_with_gnu_df_minimum_widths()
    {
        string table = Df.Table.Format(["Filesystem", "1K-blocks", "Used", "Available", "Use%", "Mounted on"],
            [["/dev/ram", "16384", "120", "16264", "1%", "/"], ["/dev/c0d0", "4096", "4096", "0", "100%", "/mnt"]]);

        Assert.Equal(
            "Filesystem     1K-blocks  Used Available Use% Mounted on\n" +
            "/dev/ram           16384   120     16264   1% /\n" +
            "/dev/c0d0           4096  4096         0 100% /mnt\n",
            table);
    }

    /// <summary>A df table's steady cells: the device, the size and the mount point of each line.</summary>
    private static string SteadyColumns(string table) => string.Join("\n", table.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(cells => string.Join(" | ", cells[0], cells[1], cells[^1])));

    private static ProcessListEntry Entry(int pid, int parent, int group, int user, char state, long ticks, string name) => new()
    {
        Pid = pid,
        ParentPid = parent,
        ProcessGroup = group,
        UserId = user,
        State = state,
        Ticks = ticks,
        Name = ProcessName.FromUtf8(System.Text.Encoding.UTF8.GetBytes(name)),
    };
}
