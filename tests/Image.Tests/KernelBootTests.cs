using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>The microkernel boots in QEMU and runs isolated ring-3 processes that talk only through IPC.</summary>
public class KernelBootTests(KernelImageFixture fixture) : IClassFixture<KernelImageFixture>
{
    private QemuRun Boot(bool disk = false) =>
        Qemu.Boot(File.ReadAllBytes(disk ? fixture.Image.DiskFile : fixture.Image.MultibootFile), rawDisk: disk, timeoutSeconds: 90);

    [Fact]
    public void Two_ring3_processes_exchange_a_thousand_sendrec_round_trips_and_print_the_checksum()
    {
        QemuRun run = Boot();
        // pong answers 2i + 1 for each i in 0..999: the sum is 2 * 499500 + 1000.
        Assert.Contains("ping: round trips 1000, checksum 1000000", run.Output);
        Assert.Contains("ping: done", run.Output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void A_null_dereference_kills_only_that_process_while_the_others_finish()
    {
        QemuRun run = Boot();
        Assert.Contains("kernel: nullref (endpoint 6) killed by page fault", run.Output);
        Assert.Contains("address 0x0", run.Output);
        Assert.DoesNotContain("still alive", run.Output);
        Assert.Contains("ping: round trips 1000, checksum 1000000", run.Output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void Sending_outside_the_send_mask_returns_the_error_code_not_a_crash()
    {
        QemuRun run = Boot();
        Assert.Contains("intruder: send outside my mask: status -210", run.Output);
        Assert.Contains("kernel: intruder (endpoint 7) exited with status 0", run.Output);
    }

    [Fact]
    public void A_process_in_an_endless_loop_does_not_stop_the_others()
    {
        QemuRun run = Boot();
        Assert.Contains("looper: looping for ever", run.Output);
        Assert.Contains("ping: done", run.Output);
        Assert.DoesNotContain("kernel panic", run.Output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void The_same_image_boots_from_the_raw_disk_image()
    {
        QemuRun run = Boot(disk: true);
        Assert.Contains("Minix# kernel starting", run.Output);
        Assert.Contains("ping: round trips 1000, checksum 1000000", run.Output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void A_loader_command_line_longer_than_the_kernel_takes_stops_the_boot_with_a_line_that_says_so_instead_of_being_cut()
    {
        string tooLong = string.Join(' ', Enumerable.Range(0, 150).Select(i => "word" + i + "=x")) + " last.word=lost";
        QemuRun run = Qemu.Boot(File.ReadAllBytes(fixture.Image.MultibootFile), rawDisk: false, timeoutSeconds: 90, extra: ["-append", tooLong]);
        Assert.Contains("kernel panic: the loader's command line is longer than the kernel takes (Limits.BootCommandLineLength, 1024 bytes)", run.Output);
        Assert.DoesNotContain("kernel: command line:", run.Output);
        Assert.Equal(Minix.Kernel.Core.Microkernel.PanicStatus, run.GuestStatus);
    }
}
