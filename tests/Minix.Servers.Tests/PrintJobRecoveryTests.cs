using System.Text;
using Minix.DriverKit;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Samples.Lpr;
using Minix.Samples.Printer;
using Minix.Tests.Shared;
using Xunit.Abstractions;

namespace Minix.Servers.Tests;

/// <summary>
/// The "done when", on the host: a user program prints a document through the printer driver while the
/// driver is made to fail in each way; RS restarts it, the job completes with the whole document printed once, the
/// transcript shows the restart, and the system stays up.
/// </summary>
public class PrintJobRecoveryTests(ITestOutputHelper output)
{
    private static readonly string Document = string.Concat(Enumerable.Range(0, 12).Select(i => $"line {i:00}: the quick brown fox jumps over the lazy dog\n"));

    private sealed record Outcome(SimulatedSystem Sim, ParallelPort Port, int ExitCode, LprJob Job);

    private Outcome Print(Misbehaviour misbehaviour, int at = 3)
    {
        int exitCode = -1;
        LprJob? job = null;
        var sim = SampleSystem.Boot(SampleSystem.ImageConf, null,
            [.. SampleSystem.Servers(),
             SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
             SampleSystem.User(SampleSystem.UserSlot, "lpr", () =>
             {
                 job = new LprJob(Encoding.UTF8.GetBytes(Document), misbehaviour, at);
                 exitCode = job.Run();
             })]);
        var port = sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => exitCode >= 0);
        foreach (string line in sim.Transcript)
            output.WriteLine(line);
        return new Outcome(sim, port, exitCode, job!);
    }

    [Fact]
    public void Lpr_prints_a_document_through_the_printer_driver()
    {
        Outcome o = Print(Misbehaviour.None);
        using SimulatedSystem sim = o.Sim;
        Assert.Equal(0, o.ExitCode);
        Assert.Equal(Document, o.Port.PrintedText);
        Assert.Equal(0, o.Job.Retries);
        Assert.True(sim.Logged("log: lpr: done, " + Document.Length + " bytes, 0 retries"));
    }

    [Theory]
    [InlineData(Misbehaviour.NullDereference, "panicked: runtime fault NullReference")]
    [InlineData(Misbehaviour.WildWrite, "killed by page fault")]
    [InlineData(Misbehaviour.IllegalInstruction, "killed by invalid opcode")]
    [InlineData(Misbehaviour.Panic, "panicked: runtime fault InvalidOperation")]
    public void A_crash_in_the_printer_driver_restarts_it_and_the_job_completes(Misbehaviour misbehaviour, string death)
    {
        Outcome o = Print(misbehaviour);
        using SimulatedSystem sim = o.Sim;
        Assert.Equal(0, o.ExitCode);
        Assert.Equal(Document, o.Port.PrintedText);
        Assert.Equal(1, o.Job.Retries);
        Assert.True(sim.Logged("printer (endpoint 8)", death));
        Assert.True(sim.Logged("rs: printer is back as endpoint 8/1 (restart 1)"));
        Assert.True(sim.Logged("log: lpr: the printer died; waiting for it to come back"));
        Assert.Null(sim.ShutdownStatus);
    }

    [Fact]
    public void An_endless_loop_in_the_printer_driver_is_caught_by_missed_heartbeats_and_the_job_completes()
    {
        Outcome o = Print(Misbehaviour.EndlessLoop);
        using SimulatedSystem sim = o.Sim;
        Assert.Equal(0, o.ExitCode);
        Assert.Equal(Document, o.Port.PrintedText);
        Assert.True(sim.Logged("rs: printer missed its heartbeat for two periods; killing it"));
        Assert.True(sim.Logged("rs: printer is back as endpoint 8/1 (restart 1)"));
        Assert.Null(sim.ShutdownStatus);
    }
}
