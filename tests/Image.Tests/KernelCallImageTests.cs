using System.Text.RegularExpressions;

namespace Image.Tests;

/// <summary>
/// Every kernel call in the image: allowed use works and each refusal returns its own status code. The lines come
/// from ring-3 processes with least privilege (tests/Image.Programs/calls.conf), one boot for the whole class.
/// </summary>
public class KernelCallImageTests(KernelCallImageFixture fixture) : IClassFixture<KernelCallImageFixture>
{
    private void Saw(params string[] lines)
    {
        foreach (string line in lines)
        {
            if (!fixture.Lines.Contains(line))
                Assert.Fail("missing line: " + line + "\n--- transcript ---\n" + fixture.Run.Output);
        }
    }

    [Fact]
    public void Every_checker_ends_and_the_manager_shuts_the_machine_down_cleanly()
    {
        Saw("manager: all 10 processes ended", "kernel: shutdown requested by manager, status 0");
        Assert.DoesNotContain("kernel panic", fixture.Run.Output);
        // The one fault is the ordinary driver's unhandled refusal, on purpose (see below).
        Assert.Equal(["ordinary"], fixture.Lines.Where(l => l.Contains(" fault ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]));
        Assert.Equal(0, fixture.Run.GuestStatus);
    }

    [Fact]
    public void A_driver_refusal_it_does_not_handle_prints_the_call_the_status_the_system_conf_line_and_the_csharp_line()
    {
        string source = RepositoryRoot.Combine("tests", "Image.Programs", "Checks", "OrdinaryDriverChecks.cs");
        int line = Array.FindIndex(File.ReadAllLines(source), l => l.Contains("DevIo.OutByte(UnallowedPort", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, "the unhandled DevIo call is in " + source);
        Saw($"ordinary: unhandled refusal at OrdinaryDriverChecks.cs:{line}: SYS_DEVIO out b 0x80 0x5a -> EPORTDENIED (I/O port outside the caller's ranges)",
            "ordinary:   system.conf would allow it with: io 80:1;");
        Assert.Matches(@"kernel: ordinary \(endpoint 5\) panicked: runtime fault Exception at ip 0x[0-9a-f]+", fixture.Run.Output);
    }

    [Fact]
    public void A_second_build_with_nothing_changed_links_nothing_yet_still_knows_the_linked_processes()
    {
        // Twice in a row, no other build between: what the first finds changed (the fixture's build may have come from
        // another toolchain folder, say) it links, and the second finds nothing to do.
        var again = ImageBuilds.Exclusive(() =>
        {
            ImageBuilds.BuildProject("tests/Image.Calls/Image.Calls.csproj", "minix-kernel-call-image");
            return ImageBuilds.BuildProject("tests/Image.Calls/Image.Calls.csproj", "minix-kernel-call-image");
        });

        Assert.False(again.Linked);
        Assert.Equal(8, again.Modules.Count);
        Assert.Contains(again.Modules.Single(m => m.Name == "ordinary").Image.Symbols.Entries, e => e.Name.Contains("OrdinaryDriverChecks", StringComparison.Ordinal));
    }

    [Fact]
    public void Devio_inside_the_driver_port_range_reads_and_writes_the_device()
    {
        Saw("uart: check devio-in-range: status 0 OK, scratch register 165",
            "uart: check devio-long-in-range: status 0 OK",
            "ordinary: check devio-own-port: status 0 OK");
    }

    [Fact]
    public void Devio_outside_the_range_or_misaligned_is_refused_each_with_its_own_code()
    {
        Saw("uart: check devio-out-of-range: status -300 EPORTDENIED",
            "uart: check devio-just-past-range: status -300 EPORTDENIED",
            "ordinary: check devio-port-of-another-driver: status -300 EPORTDENIED",
            "uart: check devio-misaligned-word: status -301 EPORTALIGN",
            "uart: check devio-misaligned-long: status -301 EPORTALIGN",
            "uart: check devio-bad-access-type: status -22 EINVAL");
    }

    [Fact]
    public void Vdevio_checks_every_port_before_touching_any_and_bounds_the_vector()
    {
        Saw("uart: check vdevio-in-range: status 0 OK, scratch register 34",
            "uart: check vdevio-one-port-out-of-range: status -300 EPORTDENIED, scratch register still 34",
            "uart: check vdevio-16-pairs: status 0 OK",
            "uart: check vdevio-17-pairs: status -7 E2BIG",
            "uart: check vdevio-empty: status -22 EINVAL",
            "uart: check vdevio-misaligned-word: status -301 EPORTALIGN",
            "uart: check vdevio-vector-at-null: status -14 EFAULT",
            "uart: check vdevio-vector-in-kernel: status -14 EFAULT");
    }

    [Fact]
    public void Irqctl_binds_only_lines_the_driver_owns_and_only_the_owner_may_use_a_hook()
    {
        Saw("uart: check irqctl-set-policy: status 0 OK, hook 1",
            "uart: check irqctl-line-not-owned: status -302 EIRQDENIED",
            "uart: check irqctl-clock-line: status -302 EIRQDENIED",
            "uart: check irqctl-no-such-line: status -22 EINVAL",
            "uart: check irqctl-notify-id-too-big: status -22 EINVAL",
            "uart: check irqctl-no-such-hook: status -22 EINVAL",
            "ordinary: check irqctl-line-of-another-driver: status -302 EIRQDENIED",
            "ordinary: check irqctl-enable-foreign-hook: status -302 EIRQDENIED",
            "ordinary: check irqctl-disable-foreign-hook: status -302 EIRQDENIED",
            "ordinary: check irqctl-remove-foreign-hook: status -302 EIRQDENIED",
            "ordinary: check irqctl-own-line: status 0 OK");
    }

    [Fact]
    public void A_uart_interrupt_arrives_as_a_hardware_notification_carrying_the_notify_id_bit()
    {
        // Notify id 5: bit 5 (32) of the notification's interrupt mask.
        Saw("uart: check irq-notification: status 0 OK, interrupt bits 32");
        // Each interrupt after the first was provoked by a byte sent through COM2.
        Assert.Equal("******", fixture.Com2);
    }

    [Fact]
    public void Irq_enable_disable_reenable_and_remove_each_have_their_effect()
    {
        Saw("uart: check irq-masked-until-enable: status -60 ETIMEDOUT, notified 0",
            "uart: check irqctl-enable: status 0 OK, pending interrupt delivered 32",
            "uart: check irqctl-disable: status 0 OK, notified while disabled 0",
            "uart: check irqctl-enable-after-disable: status 0 OK, pending interrupt delivered 32",
            "uart: check irq-reenable-policy: status 0 OK, same hook 1, interrupts without enable 3",
            "uart: check irqctl-remove: status 0 OK",
            "uart: check irq-after-remove: status -60 ETIMEDOUT, notified 0",
            "uart: check irqctl-removed-hook: status -22 EINVAL");
    }

    [Fact]
    public void Kernel_calls_outside_the_call_mask_are_refused_with_ecalldenied()
    {
        Saw("ordinary: check vdevio-not-in-call-mask: status -210 ECALLDENIED",
            "ordinary: check spawn-not-in-call-mask: status -210 ECALLDENIED",
            "ordinary: check kill-not-in-call-mask: status -210 ECALLDENIED",
            "ordinary: check abort-not-in-call-mask: status -210 ECALLDENIED",
            "info: check call-not-in-mask-devio: status -210 ECALLDENIED",
            "info: check call-not-in-mask-abort: status -210 ECALLDENIED",
            "userprog: check user-setalarm: status -210 ECALLDENIED",
            "userprog: check user-safecopy: status -210 ECALLDENIED");
    }

    [Fact]
    public void Privctl_from_an_ordinary_driver_is_refused_by_its_call_mask_and_without_the_manager_flag()
    {
        // system.conf cannot give PRIVCTL to a driver (the build refuses it), so a booted driver meets its call mask.
        Saw("ordinary: check privctl-not-in-call-mask: status -210 ECALLDENIED");
        // A driver the manager started with PRIVCTL and SPAWN in its call mask, but without the manager flag.
        Saw("ordinary: check spawned-driver-privileges: status 0 OK, PRIVCTL in call mask 1, privilege manager 0",
            "ordinary: check privctl-from-driver-holding-privctl: status -304 ENOTPRIVMGR",
            "ordinary: check spawn-from-driver-holding-spawn: status -304 ENOTPRIVMGR",
            "manager: ended: ordinary exited 7");
    }

    [Fact]
    public void The_privilege_manager_spawns_sets_privileges_allows_and_kills()
    {
        Saw("manager: check getinfo-boot-image: status 0 OK, entries 8",
            "manager: check spawn: status 0 OK, slot 32, generation 1",
            "manager: check spawn-no-such-module: status -22 EINVAL",
            "manager: check spawn-into-a-used-slot: status -16 EBUSY",
            "manager: check privctl-set-system: status 0 OK",
            "manager: check privctl-restrict-wider: status -1 EPERM",
            "manager: check privctl-query-memory-outside: status -303 EMEMDENIED",
            "manager: check privctl-on-a-kernel-task: status -22 EINVAL",
            "manager: check privctl-no-such-request: status -22 EINVAL",
            "manager: check privctl-allow: status 0 OK",
            "manager: check privctl-set-system-on-a-running-process: status -16 EBUSY",
            "manager: check kill-spawned-process: status 0 OK",
            "manager: ended: ordinary killed 2",
            "manager: check kill-dead-endpoint: status -202 EDEADSRCDST",
            "manager: check kill-kernel-task: status -22 EINVAL",
            "manager: check kill-bad-endpoint: status -216 EBADEPT",
            "manager: check getinfo-others-privileges-as-manager: status 0 OK, io ranges 1, irq mask 8",
            "manager: check getinfo-others-entry-as-manager: status 0 OK");
    }

    [Fact]
    public void A_spawned_process_without_privileges_yet_is_refused_as_an_ipc_partner_instead_of_panicking_the_kernel()
    {
        Saw("manager: check sendnb-to-process-without-privileges: status -201 ENOTREADY",
            "manager: check notify-process-without-privileges: status -201 ENOTREADY",
            "manager: check getinfo-privileges-of-process-without-privileges: status -2 ENOENT");
    }

    [Fact]
    public void A_driver_maps_the_boot_data_module_and_the_device_memory_its_mem_entry_grants_and_nothing_else()
    {
        Saw("granter: check mapphys-boot-data-module: status 0 OK, text A boot data module: bytes the image carries for a service, mapped with SYS_MAPPHYS.",
            "granter: check mapphys-vga-text-memory: status 0 OK",
            "granter: check mapphys-outside-mem: status -303 EMEMDENIED",
            "granter: check mapphys-unaligned: status -22 EINVAL",
            "granter: check mapphys-kernel-memory: status -303 EMEMDENIED");
    }

    [Fact]
    public void Safecopy_and_vsafecopy_move_bytes_both_ways_through_grants()
    {
        Saw("granter: check setgrant: status 0 OK",
            "grantee: check safecopyfrom: status 0 OK, bytes matching 64",
            "grantee: check safecopyto: status 0 OK",
            "grantee: check safecopy-reissued-grant: status 0 OK, bytes matching 64",
            "grantee: check vsafecopy-many-pieces: status 0 OK, pieces done 8, bytes matching 32",
            "granter: check copies-landed-in-granter: status 0 OK, bytes as written 64");
    }

    [Fact]
    public void An_indirect_grant_is_followed_back_to_the_original_never_past_its_range_or_access_and_never_round_a_cycle_for_ever()
    {
        // The granter passes on a grant the grantee made to it; the kernel re-checks every link of the chain.
        Saw("grantee: check setgrant-grantee: status 0 OK",
            "grantee: check safecopy-through-indirect-grant: status 0 OK, bytes matching 16",
            "grantee: check safecopy-indirect-past-the-original: status -314 EGRANTRANGE",
            "grantee: check safecopy-indirect-wider-than-the-original: status -315 EGRANTACCESS",
            "grantee: check safecopy-indirect-cycle: status -62 ELOOP");
    }

    [Fact]
    public void Each_grant_refusal_returns_its_own_code()
    {
        Saw("grantee: check safecopy-grant-for-someone-else: status -313 EGRANTEE",
            "grantee: check safecopy-past-the-grant: status -314 EGRANTRANGE",
            "grantee: check safecopy-one-byte-too-many: status -314 EGRANTRANGE",
            "grantee: check safecopy-revoked-grant: status -312 EGRANTREVOKED",
            "grantee: check safecopy-write-through-read-grant: status -315 EGRANTACCESS",
            "grantee: check safecopy-read-through-write-grant: status -315 EGRANTACCESS",
            "grantee: check safecopy-no-such-grant: status -311 EGRANTID",
            "grantee: check safecopy-negative-grant-id: status -311 EGRANTID",
            "grantee: check safecopy-granter-without-table: status -310 EGRANTNOTABLE",
            "grantee: check safecopy-dead-granter: status -202 EDEADSRCDST",
            "grantee: check safecopy-into-null: status -14 EFAULT",
            "grantee: check safecopy-into-own-code: status -14 EFAULT",
            "granter: check setgrant-table-at-null: status -14 EFAULT",
            "granter: check setgrant-negative-size: status -22 EINVAL");
    }

    [Fact]
    public void Vsafecopy_stops_at_the_first_bad_piece_and_bounds_the_vector()
    {
        Saw("grantee: check vsafecopy-stops-at-the-bad-piece: status -313 EGRANTEE, pieces done 3",
            "grantee: check vsafecopy-piece-without-direction: status -22 EINVAL",
            "grantee: check vsafecopy-65-pieces: status -7 E2BIG",
            "grantee: check vsafecopy-no-pieces: status -22 EINVAL",
            "grantee: check vsafecopy-vector-at-null: status -14 EFAULT");
    }

    [Fact]
    public void Getinfo_answers_about_the_caller_and_another_process_entry_but_refuses_everybody_elses_privileges()
    {
        Saw("info: check getinfo-whoami: status 0 OK, endpoint 8, name info, privilege id 12",
            "info: check getinfo-kernel: status 0 OK, version 100, hz 100, slots 128, boot processes 8",
            "info: check getinfo-own-privileges: status 0 OK, basic calls only 1, io ranges 0, send mask 0",
            "info: check getinfo-own-entry: status 0 OK",
            "info: check getinfo-others-entry: status 0 OK",
            "info: check getinfo-others-privileges: status -1 EPERM",
            "info: check getinfo-boot-image-not-manager: status -1 EPERM",
            "info: check getinfo-exit-report-not-manager: status -1 EPERM",
            "info: check getinfo-buffer-too-small: status -7 E2BIG",
            "info: check getinfo-buffer-in-kernel: status -14 EFAULT",
            "info: check getinfo-no-such-request: status -22 EINVAL",
            "info: check getinfo-bad-endpoint: status -216 EBADEPT");
        Assert.Matches(@"info: check getinfo-boot-parameters: status 0 OK, bytes [1-9]\d*\n", fixture.Run.Output);
    }

    [Fact]
    public void Times_diagctl_and_nop_work_and_refuse_bad_arguments()
    {
        Saw("info: check times-own: status 0 OK, uptime above zero 1",
            "info: check times-other: status 0 OK",
            "info: check times-dead-endpoint: status -202 EDEADSRCDST",
            "info: check times-bad-endpoint: status -216 EBADEPT",
            "info: check diagctl-text: this line came through SYS_DIAGCTL",
            "info: check diagctl: status 0 OK",
            "info: check diagctl-empty: status -22 EINVAL",
            "info: check diagctl-257-bytes: status -22 EINVAL",
            "info: check diagctl-text-at-null: status -14 EFAULT",
            "info: check nop: status 0 OK",
            "userprog: check user-times: status 0 OK");
    }

    [Fact]
    public void A_user_programs_diagctl_text_stays_on_its_own_line_so_it_cannot_speak_for_the_kernel()
    {
        Saw("userprog: check forged:\\nkernel: panic: forged by a user program",
            "userprog: check user-diagctl-forging-a-line: status 0 OK");
        Assert.DoesNotContain(fixture.Lines, l => l.StartsWith("kernel: panic: forged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_process_without_diagctl_reaches_the_console_neither_by_the_kernel_call_nor_by_the_runtimes_debug_trap()
    {
        Saw("manager: check privctl-start-without-diagctl: status 0 OK",
            "manager: ended: ordinary exited 9");
        Assert.DoesNotContain("reached the console", fixture.Run.Output);
    }

    [Fact]
    public void A_user_program_may_ask_who_it_is_but_not_about_the_system()
    {
        // GETINFO is in the user call mask so that programs read their boot parameters and identity; the rest of
        // what it answers (the boot image, others' privileges and entries, exit reports) stays with system processes.
        Saw("userprog: check user-getinfo: status 0 OK",
            "userprog: check user-getinfo-boot-image: status -1 EPERM",
            "userprog: check user-getinfo-others-entry: status -1 EPERM");
    }

    [Fact]
    public void Unknown_call_numbers_and_bad_message_buffers_are_refused()
    {
        Saw("info: check call-number-63: status -212 EBADREQUEST",
            "info: check call-number-64: status -212 EBADREQUEST",
            "info: check call-number-minus-1: status -212 EBADREQUEST",
            "info: check call-message-at-null: status -14 EFAULT",
            "info: check call-message-in-own-code: status -14 EFAULT",
            "info: check call-message-at-odd-address: status 0 OK");
    }

    [Fact]
    public void Ipc_refusals_each_have_their_own_code()
    {
        Saw("info: check ipc-send-outside-mask: status -210 ECALLDENIED",
            "info: check ipc-notify-kernel-task: status -211 ETRAPDENIED",
            "info: check ipc-sendrec-to-self: status -208 ELOCKED",
            "info: check ipc-send-to-dead-endpoint: status -202 EDEADSRCDST",
            "info: check ipc-send-to-any: status -22 EINVAL",
            "info: check ipc-no-such-primitive: status -209 EBADCALL",
            "info: check ipc-message-at-null: status -14 EFAULT",
            "info: check ipc-receive-from-self: status -208 ELOCKED",
            "userprog: check user-send: status -211 ETRAPDENIED",
            "userprog: check user-notify: status -211 ETRAPDENIED",
            "userprog: check user-sendrec-dead-endpoint: status -202 EDEADSRCDST");
    }

    [Fact]
    public void Two_processes_sending_to_each_other_do_not_deadlock_the_send_that_closes_the_cycle_is_refused()
    {
        // Which of the two sends second is up to the scheduler; exactly one is refused, and the other's send completes.
        Match refused = Regex.Match(fixture.Run.Output, @"(granter|grantee): check send-cycle-refused: status -208 ELOCKED\n");
        Assert.True(refused.Success, fixture.Run.Output);
        string other = refused.Groups[1].Value == "granter" ? "grantee" : "granter";
        Saw($"{refused.Groups[1].Value}: check send-cycle-partner-released: status 0 OK",
            $"{other}: check send-cycle-sent: status 0 OK");
        Assert.Single(Regex.Matches(fixture.Run.Output, "check send-cycle-refused"));
    }

    [Fact]
    public void A_process_that_keeps_using_its_whole_quantum_sinks_a_queue_per_quantum_and_blocking_restores_its_priority()
    {
        Match m = Regex.Match(fixture.Run.Output,
            @"alarm: check scheduler-spinning-sinks-blocking-restores: status 0 OK, queue at start (\d+), after spinning (\d+) ticks (\d+), after blocking (\d+), its own queue (\d+)\n");
        Assert.True(m.Success, fixture.Run.Output);
        int start = int.Parse(m.Groups[1].Value), sunk = int.Parse(m.Groups[3].Value), restored = int.Parse(m.Groups[4].Value), own = int.Parse(m.Groups[5].Value);
        Assert.True(sunk >= start + 1, $"queue {start} -> {sunk}");
        Assert.Equal(own, restored);
    }

    [Fact]
    public void An_alarm_fires_within_its_period_and_the_process_does_not_run_before_it()
    {
        Match m = Regex.Match(fixture.Run.Output,
            @"alarm: check setalarm-fires-in-period: status 0 OK, set 10 ticks, previous alarm none, first message from CLOCK, after (\d+) ticks, ticks run while waiting (\d+)\n");
        Assert.True(m.Success, fixture.Run.Output);
        Assert.InRange(int.Parse(m.Groups[1].Value), 10, 11);
        // Blocked in RECEIVE, the process is charged no tick (one, if a tick lands between its TIMES and its RECEIVE).
        Assert.InRange(int.Parse(m.Groups[2].Value), 0, 1);
    }

    [Fact]
    public void Setalarm_reports_the_time_left_cancels_and_takes_absolute_times()
    {
        // A clock tick may fall between two calls: a tick less left, a tick more elapsed.
        Assert.Matches(@"alarm: check setalarm-rearm-reports-time-left: status 0 OK, ticks left of the 50 (49|50)\n", fixture.Run.Output);
        Assert.Matches(@"alarm: check setalarm-cancel: status 0 OK, ticks left of the 20 (19|20)\n", fixture.Run.Output);
        Assert.Matches(@"alarm: check setalarm-cancelled-alarm-stays-silent: status 0 OK, first notification after (30|31)\n", fixture.Run.Output);
        Saw("alarm: check setalarm-absolute: status 0 OK, fired at the set uptime 1",
            "alarm: check setalarm-overflow: status -22 EINVAL");
    }
}
