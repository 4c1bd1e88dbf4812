namespace Image.Tests;

/// <summary>
/// Processes as a user sees them, on the image: init starts proctest from /bin, which forks and execs itself; the
/// process manager keeps pids, parents, zombies and signals; the kernel copies and replaces address spaces.
/// </summary>
public class ProcessImageTests(ProcessImageFixture boot) : IClassFixture<ProcessImageFixture>
{
    private void Saw(params string[] lines)
    {
        foreach (string line in lines)
            Assert.True(boot.Lines.Contains(line), "missing line: " + line + "\n--- transcript ---\n" + boot.Run.Output);
    }

    [Fact]
    public void A_fork_exec_wait_tree_three_levels_deep_passes_every_exit_status_up()
    {
        Saw("proctest: check tree-level: 1 child 1 status 10",
            "proctest: check tree-level: 2 child 1 status 11",
            "proctest: check tree-level: 3 child 1 status 12",
            "proctest: check tree-top: 3 status 12 expected 12");
    }

    [Fact]
    public void A_sigint_handler_runs_sigkill_cannot_be_caught_sigchld_arrives_and_sigalrm_ends_a_sleep()
    {
        Saw("proctest: check sigint-handler-ran: 1 signal 2 pid 1",
            "proctest: check sigkill-handler-refused: 1 ignore-refused 1 x 0",
            "proctest: check sigkill-ends-child: 1 signal 9 x 0",
            "proctest: check sigchld-arrives: 1 signal 20 x 0",
            "proctest: check sigalrm-ends-sleep: 1 signal 14 eintr 1");
    }

    [Fact]
    public void A_signal_entry_in_the_kernels_half_is_refused_at_sigaction_with_efault_and_the_program_carries_on()
    {
        Saw("proctest: check sigaction-kernel-entry: -14 efault 1 x 0",
            "proctest: check sigkill-ends-child: 1 signal 9 x 0");
    }

    [Fact]
    public void A_null_dereference_in_a_user_program_ends_it_with_sigsegv_and_its_c_sharp_line_while_its_parents_wait_sees_the_signal()
    {
        // A line of the dereference in the program's source (the null pointer's or the load's: the optimised code's line
        // table may give either), as the source map the program carries names it.
        string[] source = File.ReadAllLines(RepositoryRoot.Combine("tests", "Image.Processes.Programs", "ProcessCheck.cs"));
        int pointer = Array.FindIndex(source, l => l.Trim() == "int* nothing = null;") + 1, load = Array.FindIndex(source, l => l.Trim() == "return *nothing;") + 1;
        Assert.True(pointer > 0 && load == pointer + 1, "ProcessCheck.Null is not 'int* nothing = null; return *nothing;'");
        string[] endings = [$", address 0x0) in Image.Processes.Programs.ProcessCheck.Null (ProcessCheck.cs:{pointer})", $", address 0x0) in Image.Processes.Programs.ProcessCheck.Null (ProcessCheck.cs:{load})"];
        Assert.True(boot.Lines.Any(l => l.StartsWith("pm: proctest (pid ", StringComparison.Ordinal) && l.Contains(") killed by SIGSEGV (page fault at ip 0x", StringComparison.Ordinal) && endings.Any(e => l.EndsWith(e, StringComparison.Ordinal))),
            "missing PM's report ending '" + endings[1] + "'\n--- transcript ---\n" + boot.Run.Output);
        Saw("proctest: check null-child: 1 signal 11 core 1");
    }

    [Fact]
    public void Exec_failures_leave_the_caller_running_with_enoent_eacces_and_e2big()
    {
        Saw("proctest: check exec-missing: 2 x 0 x 0",
            "proctest: check exec-not-elf: 13 x 0 x 0",
            "proctest: check exec-directory: 13 x 0 x 0",
            "proctest: check exec-too-big: 7 x 0 x 0",
            "proctest: check still-running: 1 x 0 x 0");
    }

    [Fact]
    public void Exec_of_a_text_file_a_truncated_elf_file_another_machines_one_an_oversized_or_overlapping_segment_gives_enoexec_and_the_caller_carries_on()
    {
        Saw("proctest: check enoexec-text: 8 x 0 x 0",
            "proctest: check enoexec-truncated: 8 x 0 x 0",
            "proctest: check enoexec-machine: 8 x 0 x 0",
            "proctest: check enoexec-oversized: 8 x 0 x 0",
            "proctest: check enoexec-overlap: 8 x 0 x 0",
            "proctest: check still-running-after-enoexec: 1 x 0 x 0");
        // PM says why, which ENOEXEC alone does not.
        foreach (var (file, reason) in new[]
                 {
                     ("/tmp/text", "not an ELF file"),
                     ("/tmp/truncated", "a segment's bytes lie beyond the end of the file"),
                     ("/tmp/arm", "built for another machine than x86-64"),
                     ("/tmp/oversized", "its segments need more memory than a program may have"),
                     ("/tmp/overlap", "two segments overlap"),
                 })
        {
            Assert.True(boot.Lines.Any(l => l.StartsWith($"pm: exec of {file} by pid ", StringComparison.Ordinal) && l.EndsWith(" refused: " + reason, StringComparison.Ordinal)),
                $"missing PM's line for {file} ({reason})\n--- transcript ---\n" + boot.Run.Output);
        }
    }

    [Fact]
    public void A_zombie_stays_in_the_process_table_until_its_parent_waits_and_init_adopts_and_reaps_orphans()
    {
        Saw("proctest: check zombie-until-reaped: 1 gone-after 1 status 7",
            "proctest: check orphan-adopted-by-init: 1 x 0 x 0",
            "proctest: check no-zombies-left: 1 listed 1 x 0");
    }

    [Fact]
    public void A_fork_bomb_by_an_ordinary_user_stops_at_its_limit_and_root_can_still_fork_and_kill_it()
    {
        Saw("proctest: check bomb-stopped: 24 errno 35 x 0",
            "proctest: check bomb-root-forks: 1 kill 0 x 0",
            "proctest: check bomb-killed: 9 x 0 x 0");
    }

    [Fact]
    public void Halt_goes_through_the_process_manager_which_syncs_the_file_systems_first()
    {
        Assert.Contains(boot.Lines, l => l.StartsWith("pm: halt by pid ") && l.EndsWith(": file systems synced and unmounted"));
        Assert.Equal(0, boot.Run.GuestStatus);
    }
}
