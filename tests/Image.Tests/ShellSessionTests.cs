using System.Diagnostics;

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
