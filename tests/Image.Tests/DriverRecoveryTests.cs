namespace Image.Tests;

/// <summary>
/// The paper's headline in QEMU: a driver bug no longer takes the system down. lpr prints a document through the
/// printer driver while the driver is made to fail; the kernel ends only the driver, RS restarts it, lpr retries
/// and its job completes, and the system stays up until lpr is done.
/// </summary>
[Collection(SampleImageCollection.Name)]
public class DriverRecoveryTests(SystemImageFixture system)
{
    private const string Document = "Minix# print test\n" +
        "A driver is an ordinary process. When it fails, the reincarnation server starts it again,\n" +
        "and the program that was printing carries on where it stopped.\n" +
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\n" +
        "-- end of document --\n";

    [Fact]
    public void Without_a_failure_lpr_prints_the_document_and_the_machine_halts_when_it_is_done()
    {
        var (run, printed) = system.Boot("console=com1 halt.after=lpr");
        Assert.Contains("log: lpr: done, 256 bytes, 0 retries", run.Output);
        Assert.Equal(Document, printed);
        Assert.Equal(0, run.GuestStatus);
    }

    [Theory]
    [InlineData("null", "killed by page fault", "died of a CPU exception", null)]
    [InlineData("wild", "killed by page fault", "died of a CPU exception", null)]
    [InlineData("illegal", "killed by invalid opcode", "died of a CPU exception", null)]
    [InlineData("panic", "panicked: runtime fault InvalidOperation", "panicked: invalid operation", "printer: panic: a misbehaviour was requested")]
    public void A_failing_printer_driver_is_restarted_and_the_print_job_completes(string misbehaviour, string kernelSays, string rsSays, string? driverSays)
    {
        var (run, printed) = system.Boot("console=com1 halt.after=lpr lpr.misbehave=" + misbehaviour);
        if (driverSays is not null)
            Assert.Contains(driverSays, run.Output); // the unhandled exception's message, through the fault hook
        Assert.Contains("kernel: printer (endpoint 8) " + kernelSays, run.Output);
        Assert.Contains("rs: printer (endpoint 8/0) " + rsSays, run.Output);
        Assert.Contains("rs: printer is back as endpoint 8/1 (restart 1)", run.Output);
        Assert.Contains("log: lpr: done, 256 bytes, 1 retries", run.Output);
        Assert.DoesNotContain("kernel panic", run.Output);
        Assert.Equal(Document, printed);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void A_printer_driver_in_an_endless_loop_is_caught_by_missed_heartbeats_and_restarted()
    {
        var (run, printed) = system.Boot("console=com1 halt.after=lpr lpr.misbehave=loop");
        Assert.Contains("rs: printer missed its heartbeat for two periods; killing it", run.Output);
        Assert.Contains("kernel: printer (endpoint 8) killed", run.Output);
        Assert.Contains("rs: printer is back as endpoint 8/1 (restart 1)", run.Output);
        Assert.Contains("log: lpr: done, 256 bytes", run.Output);
        Assert.Equal(Document, printed);
        Assert.Equal(0, run.GuestStatus);
    }
}
