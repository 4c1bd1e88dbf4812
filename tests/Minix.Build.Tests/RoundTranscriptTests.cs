using Minix.Build.FaultInjection;

namespace Minix.Build.Tests;

public class RoundTranscriptTests
{
    private static readonly string[] Console =
    [
        "swifi: target ramdisk warm-up ok 0",
        "swifi: fault 0 start",
        "swifi: fault 0 end patch OK was 488bdf data ok 0 same",
        "swifi: fault 1 start",
        "kernel: ramdisk (endpoint 10) killed by general protection fault (vector 13) at ip 0x40aac0",
        "rs: ramdisk (endpoint 10/0) died of a CPU exception",
        "rs: ramdisk is back as endpoint 10/1 (restart 1)",
        "swifi: fault 1 end patch OK was 5541 data ok 0 restarted",
        "swifi: fault 2 start",
        "rs: ramdisk missed its heartbeat for two periods; killing it",
        "rs: ramdisk (endpoint 10/1) was killed",
        "rs: ramdisk is back as endpoint 10/2 (restart 2)",
        "swifi: fault 2 end patch OK was 90 data ok 0 restarted",
        "swifi: fault 3 start",
        "swifi: fault 3 end patch OK was 0f1145b0 data wrong 1037 same",
        "swifi: fault 4 start",
        "swifi: fault 4 end patch OK was 488bfb data error -212 same",
        "swifi: fault 5 start",
        "swifi: fault 5 end patch PermissionDenied was  data ok 0 same",
    ];

    [Fact]
    public void Each_fault_is_classed_from_the_injectors_lines_and_what_rs_said_about_the_driver()
    {
        var results = RoundTranscript.Read(Console, "ramdisk", timedOut: false);
        Assert.Equal(
            [FaultOutcome.NoEffect, FaultOutcome.Crashed, FaultOutcome.Hung, FaultOutcome.WrongData, FaultOutcome.ApplicationError, FaultOutcome.NotInjected],
            results.Select(r => r.Outcome));
        Assert.Equal("died of a CPU exception", results[1].DriverEvent);
        Assert.True(results[1].Recovered);
        Assert.False(results[0].Recovered);
        Assert.Equal("5541", results[1].Replaced);
        Assert.Equal("wrong 1037", results[3].Data);
        Assert.Equal("error BadRequest", results[4].Data);
    }

    [Fact]
    public void A_fault_that_never_ends_is_a_system_hang_under_the_watchdog_and_a_kernel_panic_otherwise()
    {
        string[] hang = ["swifi: fault 7 start", "rs: ramdisk (endpoint 10/0) died of a CPU exception"];
        Assert.Equal(FaultOutcome.SystemHang, RoundTranscript.Read(hang, "ramdisk", timedOut: true).Single().Outcome);
        string[] panic = ["swifi: fault 7 start", "kernel panic: page fault in ring 0 at rip 0xffff800000101234"];
        FaultResult result = RoundTranscript.Read(panic, "ramdisk", timedOut: false).Single();
        Assert.Equal(FaultOutcome.KernelPanic, result.Outcome);
        Assert.Equal(7, result.Number);
        Assert.Contains(panic[1], result.Transcript);
    }

    [Fact]
    public void A_fault_the_injectors_watchdog_stopped_is_the_application_stuck()
    {
        string[] lines = ["swifi: fault 3 start", "swifiwatch: the injector made no progress; stopping the machine", "kernel: shutdown requested by swifiwatch, status 3"];
        Assert.Equal(FaultOutcome.ApplicationStuck, RoundTranscript.Read(lines, "ramdisk", timedOut: false).Single().Outcome);
    }

    [Fact]
    public void Rs_s_line_counts_where_it_follows_the_kernels_unfinished_report_on_the_same_console_line()
    {
        string[] lines =
        [
            "swifi: fault 773 start",
            "kernel: rtc (endpoint 11) killed by general protection fault (vector 13) at ip 0x40bd42, address 0x0 in Minix.Ipc.Message.Create (Message.cs:83rs: rtc (endpoint 11/0) died of a CPU exception",
            "rs: rtc is back as endpoint 11/1 (restart 1)",
            "swifi: fault 773 end patch OK was 488d1424 data ok 0 restarted",
        ];
        FaultResult result = RoundTranscript.Read(lines, "rtc", timedOut: false).Single();
        Assert.Equal((FaultOutcome.Crashed, "died of a CPU exception", true), (result.Outcome, result.DriverEvent, result.Recovered));
    }

    [Fact]
    public void Lines_about_other_drivers_do_not_count()
    {
        string[] lines = ["swifi: fault 0 start", "rs: rtc (endpoint 11/0) died of a CPU exception", "swifi: fault 0 end patch OK was 90 data ok 0 same"];
        Assert.Equal(FaultOutcome.NoEffect, RoundTranscript.Read(lines, "ramdisk", timedOut: false).Single().Outcome);
    }

    [Fact]
    public void A_printer_fault_whose_line_is_not_on_paper_is_wrong_data_though_the_driver_took_every_byte()
    {
        string[] lines = ["swifi: fault 4 start", "swifi: fault 4 end patch OK was 90 data ok 0 same", "swifi: fault 5 start", "swifi: fault 5 end patch OK was 90 data ok 0 same"];
        var results = RoundTranscript.Read(lines, "printer", timedOut: false);
        string paper = PrinterOutputCheck.Job(4) + "\n" + PrinterOutputCheck.Job(5).Replace('a', 'b') + "\n";
        Assert.Equal([FaultOutcome.NoEffect, FaultOutcome.WrongData], PrinterOutputCheck.Apply(results, paper).Select(r => r.Outcome));
        Assert.Matches("^swifi job 4 [a-z]{32}$", PrinterOutputCheck.Job(4));
    }
}
