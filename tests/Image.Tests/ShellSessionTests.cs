using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Image.Tests;

/// <summary>
/// The sample system used through its serial console: the shell prompts after boot, pipelines and redirections into
/// files on MFS print what dash and GNU coreutils print for the same lines, background jobs, ^C, device files, bad
/// input, the PC console's own shell, and halt.
/// </summary>
public class ShellSessionTests(ShellSessionFixture session) : IClassFixture<ShellSessionFixture>
{
    [Theory]
    [InlineData("echo one two three | wc -w")]
    [InlineData("cat /etc/words | sort | uniq | sort -r | head -n 3")]
    [InlineData("cat /etc/words | sort | uniq -c | sort -n -r | head -n 2")]
    [InlineData("echo first > /notes.txt; echo second >> /notes.txt; wc -l < /notes.txt")]
    [InlineData("grep -c e /etc/words > /count.txt 2>&1 && cat /count.txt")]
    [InlineData("false || echo recovered")]
    public void A_command_line_typed_at_the_serial_console_prints_and_exits_as_under_dash_with_coreutils(string command)
    {
        Assert.True(session.Prompted, "no shell prompt after boot\n" + session.Transcript);
        ShellSessionFixture.SessionStep step = session[command];
        var (output, status) = OnTheHost(command);
        Assert.True(output == step.Output, $"`{command}` printed\n{step.Output}\non the image, and\n{output}\nunder dash\n" + session.Transcript);
        Assert.Equal(status, step.Status);
    }

    [Fact]
    public void A_file_written_by_redirection_stays_on_mfs_for_the_next_command()
    {
        Assert.Equal("first\nsecond\n", session["cat /notes.txt"].Output);
        Assert.Equal(0, session["cat /notes.txt"].Status);
    }

    [Fact]
    public void Standard_error_redirected_into_a_file_holds_the_failing_commands_message()
    {
        ShellSessionFixture.SessionStep ls = session["ls /nodir 2> /errors.txt"];
        Assert.Equal("", ls.Output);
        Assert.Equal(2, ls.Status); // GNU ls: a missing operand is status 2
        Assert.Contains("/nodir", session["cat /errors.txt"].Output);
    }

    [Fact]
    public void A_missing_command_is_reported_with_status_127_and_the_shell_goes_on()
    {
        Assert.Contains("nosuchcommand: not found", session["nosuchcommand"].Output);
        Assert.Equal(127, session["nosuchcommand"].Status);
        Assert.Contains("nosuchcommand: not found", session["cat /etc/words | nosuchcommand"].Output);
        Assert.Equal(127, session["cat /etc/words | nosuchcommand"].Status);
    }

    [Fact]
    public void An_unterminated_quote_is_named_with_its_line_and_status_2()
    {
        ShellSessionFixture.SessionStep step = session["sh -c \"echo 'oops\""];
        Assert.Contains("unterminated quoted string", step.Output);
        Assert.Equal(2, step.Status);
    }

    [Fact]
    public void A_background_job_runs_while_the_shell_prompts_and_wait_collects_it()
    {
        Assert.Matches(@"^\[1\] (\d+)\nstarted \1\n$", session["sleep 3 & echo started $!"].Output);
        Assert.Contains("Running", session["jobs"].Output);
        Assert.Equal("waited\n", session["wait; echo waited"].Output);
        Assert.Equal(0, session["wait; echo waited"].Status);
    }

    [Fact]
    public void Control_c_ends_sleep_100_at_once_and_the_shell_prompts_again()
    {
        Assert.NotNull(session.Interrupted);
        Assert.True(session.Interrupted!.Output is not null, "no prompt after ^C\n" + session.Transcript);
        Assert.Equal(130, session.Interrupted.Status); // 128 + SIGINT
        Assert.True(session.SecondsToPromptAfterInterrupt < 30, $"the prompt came {session.SecondsToPromptAfterInterrupt:F1} s after ^C");
    }

    [Fact]
    public void Reading_the_ram_disk_device_file_shows_the_root_file_systems_superblock()
    {
        // The MINIX v3 superblock is the disk's second 1 KiB block; its magic number 0x4d5a is at byte 24.
        string od = session["dd if=/dev/ram bs=1024 skip=1 count=1 status=none | od -A d -t x1 | head -n 2"].Output!;
        string second = od.Split('\n')[1];
        Assert.StartsWith("0000016", second);
        Assert.Equal("5a 4d", string.Join(' ', second.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(9).Take(2)));
    }

    [Fact]
    public void Writing_to_dev_lp_prints_through_vfs_and_the_printer_driver()
    {
        Assert.Equal(0, session["echo printed through /dev/lp > /dev/lp"].Status);
        Assert.Contains("printed through /dev/lp", session.Printed);
    }

    [Fact]
    public void The_pc_console_has_its_own_shell_whose_prompt_and_answers_are_on_the_vga_screen()
    {
        string screen = string.Join("\n", session.Screen);
        Assert.Contains(session.Screen, r => r.StartsWith("# echo typed on the PC keyboard | wc -c", StringComparison.Ordinal));
        Assert.Contains(session.Screen, r => r.Trim() == "25");
        Assert.DoesNotContain("typed on the PC keyboard", session.Output); // the serial console's shell saw none of it
        Assert.True(screen.Length > 0);
    }

    [Fact]
    public void Halt_typed_at_the_shell_syncs_the_file_systems_and_stops_the_machine()
    {
        Assert.True(session.Halted, "the machine did not stop\n" + session.Transcript);
        Assert.Contains("file systems synced and unmounted", session.Output);
        Assert.Equal(0, session.GuestStatus);
    }

    [Fact]
    public void Lpr_prints_a_file_through_vfs_and_the_printer_driver_and_names_a_missing_one()
    {
        ShellSessionFixture.SessionStep motd = session[ShellSessionFixture.LprMotd];
        Assert.Equal(("", 0), (ShellSessionFixture.WithoutLog(motd.Output), motd.Status));
        string text = File.ReadAllText(RepositoryRoot.Combine("samples", "Image", "etc", "motd"));
        Assert.Contains(text, session.Printed);
        ShellSessionFixture.SessionStep missing = session["lpr /nofile"];
        Assert.Equal("lpr: cannot open '/nofile': No such file or directory\n", ShellSessionFixture.WithoutLog(missing.Output));
        Assert.Equal(1, missing.Status);
    }

    [Fact]
    public void Service_asks_rs_about_the_printer_restarts_it_and_printing_goes_on_through_the_new_driver()
    {
        const string Heading = @"^LABEL +STATE +ENDPOINT RESTARTS +PERIOD\n";
        ShellSessionFixture.SessionStep before = session["service status printer"];
        Match status = Regex.Match(ShellSessionFixture.WithoutLog(before.Output), Heading + @"printer +active +(8/\d+) +0 +50\n$");
        Assert.True(status.Success, before.Output + "\n" + session.Transcript);
        Assert.Equal(0, before.Status);

        ShellSessionFixture.SessionStep restart = session["service restart printer"];
        Match restarted = Regex.Match(ShellSessionFixture.WithoutLog(restart.Output), @"^printer restarted at endpoint (8/\d+) \(was (8/\d+)\)\n$");
        Assert.True(restarted.Success, restart.Output);
        Assert.Equal(status.Groups[1].Value, restarted.Groups[2].Value);
        Assert.NotEqual(restarted.Groups[2].Value, restarted.Groups[1].Value);
        Assert.Equal(0, restart.Status);
        Assert.Contains("rs: printer is back as endpoint " + restarted.Groups[1].Value, restart.Output); // RS's own word for it

        Assert.Equal(0, session["echo printed after the restart | lpr"].Status);
        Assert.Contains("printed after the restart\n", session.Printed);
        ShellSessionFixture.SessionStep after = session["service status printer rtc"];
        Assert.Matches(Heading + "printer +active +" + restarted.Groups[1].Value + @" +1 +50\nrtc +active +11/\d+ +0 +100\n$", ShellSessionFixture.WithoutLog(after.Output));

        // ata's system.conf entry has no control line: RS refuses, service names the service and why.
        ShellSessionFixture.SessionStep refused = session["service down ata"];
        Assert.Equal("service: down 'ata': not allowed (its control list in system.conf does not name user programs)\n", ShellSessionFixture.WithoutLog(refused.Output));
        Assert.Equal(1, refused.Status);
    }

    [Fact]
    public void Ps_on_the_image_lists_the_shell_and_itself_with_their_pids()
    {
        string[] lines = ShellSessionFixture.WithoutLog(session["echo $$; ps"].Output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string shell = lines[0];
        Assert.Equal("  PID  PPID  PGRP   UID S     TIME CMD", lines[1]);
        string[][] rows = lines.Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.Contains(rows, r => r[0] == shell && r[^1] == "sh");
        string[] ps = Assert.Single(rows, r => r[^1] == "ps");
        Assert.Equal(shell, ps[1]); // ps's parent is the shell that ran it
        Assert.Contains(rows, r => r[0] == "1" && r[^1] == "init");
        Assert.Equal(rows.Select(r => int.Parse(r[0])).Order(), rows.Select(r => int.Parse(r[0])));
    }

    [Fact]
    public void Df_on_the_image_counts_the_root_file_systems_blocks_and_a_new_file_takes_its_size_from_the_free_ones()
    {
        string shown = ShellSessionFixture.WithoutLog(session["df /; cat /bin/ls > /big.bin; ls -l /big.bin; df /"].Output);
        string[] lines = shown.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 5, shown);
        Assert.Matches(@"^Filesystem\s+1K-blocks\s+Used\s+Available\s+Use%\s+Mounted on$", lines[0]);
        string[] before = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] after = lines[4].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["/dev/ram", "16384"], before[..2]); // MinixRootSize 16M, 1 KiB blocks
        Assert.Equal("/", before[5]);
        Assert.Equal(16384, long.Parse(before[2]) + long.Parse(before[3]));
        long size = long.Parse(lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[4]);
        long taken = long.Parse(after[2]) - long.Parse(before[2]);
        // the file's blocks, plus the indirect blocks that map them (7 direct zones, 256 to an indirect block)
        long blocks = (size + 1023) / 1024;
        long indirect = blocks <= 7 ? 0 : blocks <= 7 + 256 ? 1 : 2 + ((blocks - 7 - 256 + 255) / 256);
        Assert.Equal(blocks + indirect, taken);
        Assert.Equal(long.Parse(before[3]) - taken, long.Parse(after[3]));
    }

    [Fact]
    public void Uptime_on_the_image_shows_the_clock_and_how_long_the_system_has_been_up()
    {
        ShellSessionFixture.SessionStep uptime = session["uptime"];
        Assert.Matches(@"^ \d\d:\d\d:\d\d up( +\d+ min|  ?\d+:\d\d)\n$", ShellSessionFixture.WithoutLog(uptime.Output));
        Assert.Equal(0, uptime.Status);
    }

    [Fact]
    public void Mount_lists_the_root_and_a_disk_mounted_read_only_and_a_redirection_into_it_is_refused_by_name()
    {
        ShellSessionFixture.SessionStep mount = session["mount -r /dev/c0d0 /mnt && mount"];
        Assert.Equal("/dev/ram on / (rw)\n/dev/c0d0 on /mnt (ro)\n", ShellSessionFixture.WithoutLog(mount.Output));
        Assert.Equal(0, mount.Status);
        ShellSessionFixture.SessionStep readOnly = session["echo x > /mnt/f"];
        Assert.Equal("sh: cannot create /mnt/f: Read-only file system\n", ShellSessionFixture.WithoutLog(readOnly.Output));
        Assert.Equal(2, readOnly.Status);
    }

    [Fact]
    public void A_redirection_into_a_missing_directory_names_the_path_and_the_shell_goes_on()
    {
        ShellSessionFixture.SessionStep missing = session["echo x > /nodir/f"];
        Assert.Equal("sh: cannot create /nodir/f: Directory nonexistent\n", ShellSessionFixture.WithoutLog(missing.Output));
        Assert.Equal(2, missing.Status);
        Assert.True(session.Halted, session.Transcript); // the shell went on: it took `halt` afterwards
    }

    [Fact]
    public void Touch_sets_a_files_time_to_now_through_utime_without_changing_its_content()
    {
        ShellSessionFixture.SessionStep touch = session[ShellSessionFixture.Touch];
        string shown = ShellSessionFixture.WithoutLog(touch.Output);
        string[] lines = shown.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 7, shown);
        long made = long.Parse(lines[0]), touched = long.Parse(lines[2]), now = long.Parse(lines[3]);
        Assert.Equal("0", lines[1]); // a directory too: utime needs no open for writing
        Assert.True(touched > made, shown); // the file was written at the session's start, minutes before
        Assert.InRange(now - touched, -2, 2);
        Assert.Equal(["first", "second"], lines[4..6]);
        string minute = DateTimeOffset.FromUnixTimeSeconds(touched).UtcDateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        // the minute, not the year: PM's clock and the file server's count from the same boot time, so the file is not
        // ahead of ls's clock (GNU ls shows the year for a time in the future)
        Assert.Matches(@"^-rw-\S+ 1 \S+ \S+ 13 \w{3} [ \d]\d " + minute + " /notes.txt$", lines[6]);
        Assert.Equal(0, touch.Status);
    }

    // The same line under dash with GNU coreutils, its files in a folder of its own and /etc/words the image's.
    private static (string Output, int Status) OnTheHost(string command)
    {
        string folder = Directory.CreateTempSubdirectory("minix-shell-host-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "etc"));
            File.Copy(RepositoryRoot.Combine("samples", "Image", "etc", "words"), Path.Combine(folder, "etc", "words"));
            string line = command.Replace(" /", " " + folder + "/", StringComparison.Ordinal);
            var start = new ProcessStartInfo("dash", ["-c", line]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            start.Environment["LC_ALL"] = "C";
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (output, process.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
