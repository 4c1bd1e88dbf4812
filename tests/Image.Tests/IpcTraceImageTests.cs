using Minix.Bench.Guest;
using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>
/// The IPC trace (Minix.Bench.Guest trace) single-steps the guest benchmark image through QEMU's gdbstub, so that the
/// per-function figures in bench/README.md can be made again.
/// </summary>
public class IpcTraceImageTests
{
    [Fact]
    public void A_traced_SENDREC_round_trip_runs_through_the_kernels_IPC_code_and_the_server_and_costs_more_than_a_null_call()
    {
        var project = ImageProject.Read(RepositoryRoot.Combine("bench", "Minix.Bench.Guest", "Image", "Image.csproj"));
        SystemImage image = ImageBuilds.Build(project.Spec, "minix-guest-bench-image");

        var traces = IpcTrace.Trace(image, Path.GetDirectoryName(image.MultibootFile)!, project.QemuArguments, out string output);

        Assert.True(traces is not null, output);
        Assert.Equal(IpcTrace.OperationNames.Count, traces.Count);
        var (roundTrip, notify, nop) = (traces[0], traces[1], traces[2]);
        // The IPC code (IpcTrap with its checks, the copy and the switch) is inlined into the trap handler; a trap
        // runs the three instructions of its vector's entry, so the round trip is two kernel entries (the client's
        // SENDREC and the echo server's REPLYRECEIVE, its reply and its next receive in one trap), the null call one.
        const int EntryInstructions = 3;
        Assert.Contains("kernel KernelImage.Trap", roundTrip.Keys);
        Assert.Equal(2 * EntryInstructions, roundTrip["kernel minix_trap_entries"]);
        Assert.Contains(roundTrip.Keys, k => k.StartsWith("server ", StringComparison.Ordinal));
        Assert.Contains("kernel Microkernel.KernelCallTrap", nop.Keys);
        Assert.DoesNotContain(nop.Keys, k => k.StartsWith("server ", StringComparison.Ordinal));
        // The NOTIFY is delivered (the benchmark is a system process; a user's trap mask would refuse it): the kernel
        // writes the notification into the waiting echo server's buffer, and the server, of a higher priority than
        // the client, runs at once and receives again: the client's trap and the server's.
        Assert.Equal(2 * EntryInstructions, notify["kernel minix_trap_entries"]);
        Assert.Contains("kernel KernelImage.Trap", notify.Keys);
        Assert.Contains("kernel Microkernel.WriteNotification", notify.Keys);
        Assert.Contains(notify.Keys, k => k.StartsWith("server ", StringComparison.Ordinal));
        static int Total(Dictionary<string, int> trace) => trace.Where(p => p.Key != IpcTrace.RepeatKey).Sum(p => p.Value);
        Assert.True(Total(roundTrip) > Total(nop), $"round trip {Total(roundTrip)}, null call {Total(nop)}");
    }
}
